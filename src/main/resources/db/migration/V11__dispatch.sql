-- Dispatch (ADR 16): workers choose the next bundle of their class in the database, clients in
-- turn; pinned bundles go only to their server; cluster-wide rates are paced by one row each.
-- Portable between PostgreSQL and H2.

-- How many messages a bundle was made with (the NORMAL backlog that BULK yields to), and the
-- server it must be sent by (PRINTER and DEDICATED classes), if any.
alter table bundle add column message_count integer default 0 not null;
alter table bundle add column server varchar(255);
update bundle set message_count = (select count(*) from message m where m.bundle_id = bundle.id);
create index bundle_claimable on bundle (queue_class, status, client_id, id);

-- When a client was last served in a class: the one served longest ago goes next.
create table queue_turn (
  client_id bigint not null references client (id),
  queue_class varchar(16) not null,
  served_at timestamp with time zone not null,
  primary key (client_id, queue_class)
);

-- A cluster-wide rate (a message system's, the TRICKLE class's): the earliest time, in
-- microseconds since the epoch, at which the next message may go.
create table pace (
  pace_key varchar(64) primary key,
  next_at_micros bigint not null
);

-- The server a DEDICATED client's mail is sent by (none: any server's DEDICATED workers).
alter table client add column server varchar(255);
