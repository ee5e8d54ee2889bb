-- Every attempt to hand a message to its server: when, how it ended, the server's reply code,
-- enhanced status and text (or the failure), and which server tried. A message sent again by an
-- administrator names the message it repeats.
create sequence attempt_seq start with 50 increment by 50;

create table attempt (
  id bigint primary key,
  message_id bigint not null references message (id) on delete cascade,
  attempt_number integer not null,
  attempted_at timestamp with time zone not null,
  outcome varchar(16) not null,
  reply_code integer,
  enhanced_status varchar(16),
  reply varchar(1000),
  instance varchar(255) not null
);
create index attempt_message on attempt (message_id);

alter table message add column resend_of bigint references message (id);
