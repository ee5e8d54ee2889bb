-- Communications: what to send (template), to whom (population), through which message system.
create sequence communication_seq start with 50 increment by 50;

create table communication (
  id bigint primary key,
  client_id bigint not null references client (id),
  communication_key varchar(64) not null,
  message_system_id bigint not null references message_system (id),
  population_id bigint not null references population (id),
  subject varchar(2000) not null,
  html_body varchar(1048576),
  text_body varchar(1048576),
  bypass_approval boolean not null,
  approvers varchar(4000),
  queue_class varchar(16),
  created_at timestamp with time zone not null,
  constraint communication_key unique (client_id, communication_key)
);
