-- Crash recovery and several servers (issue 6).

-- What happens to a client's message found on the wire after its server stopped (SENDING in a
-- bundle nobody holds): sent again (RESEND, the default: the one duplicate the promise allows) or
-- left for an operator to decide (REVIEW).
alter table client add column on_the_wire varchar(16) default 'RESEND' not null;

-- The server running a batch's background work (its generation or send configuration job), with a
-- lease it renews; another server takes the work over once the lease has run out.
alter table batch add column work_owner varchar(255);
alter table batch add column work_lease_until timestamp with time zone;

-- Every server says it is alive every few seconds: the servers view, and whose work to move.
create table server_seen (
  instance varchar(255) primary key,
  started_at timestamp with time zone not null,
  seen_at timestamp with time zone not null
);
