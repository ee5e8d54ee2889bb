-- A client's suppression list: addresses that are skipped, never sent to.
create sequence suppression_seq start with 50 increment by 50;

create table suppression (
  id bigint primary key,
  client_id bigint not null references client (id),
  email varchar(320) not null,
  email_key varchar(320) not null,
  reason varchar(500),
  created_at timestamp with time zone not null,
  constraint suppression_email unique (client_id, email_key)
);
