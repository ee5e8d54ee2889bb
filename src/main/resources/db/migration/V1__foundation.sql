-- Foundation schema: clients, message systems, batches, the message ledger, bundles, users.
-- Portable between PostgreSQL and H2.

create sequence client_seq start with 50 increment by 50;
create sequence message_system_seq start with 50 increment by 50;
create sequence batch_seq start with 50 increment by 50;
create sequence message_seq start with 500 increment by 500;
create sequence bundle_seq start with 50 increment by 50;
create sequence app_user_seq start with 50 increment by 50;

create table client (
  id bigint primary key,
  client_key varchar(64) not null unique,
  name varchar(200) not null,
  queue_class varchar(16) not null,
  created_at timestamp with time zone not null
);

create table message_system (
  id bigint primary key,
  client_id bigint not null references client (id),
  system_key varchar(64) not null,
  type varchar(16) not null,
  host varchar(255) not null,
  port integer not null,
  tls varchar(16) not null,
  username varchar(255),
  password_cipher varchar(1024),
  from_address varchar(320) not null,
  rate_per_second double precision,
  created_at timestamp with time zone not null,
  constraint message_system_key unique (client_id, system_key)
);

create table batch (
  id bigint primary key,
  client_id bigint not null references client (id),
  message_system_id bigint not null references message_system (id),
  queue_class varchar(16) not null,
  status varchar(32) not null,
  paused_from varchar(32),
  error_reason varchar(2000),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);
create index batch_status on batch (status);

create table bundle (
  id bigint primary key,
  batch_id bigint not null references batch (id),
  client_id bigint not null,
  queue_class varchar(16) not null,
  status varchar(16) not null,
  owner varchar(255),
  lease_until timestamp with time zone,
  created_at timestamp with time zone not null
);
create index bundle_batch on bundle (batch_id, status);

create table message (
  id bigint primary key,
  batch_id bigint not null references batch (id),
  bundle_id bigint,
  recipient varchar(320) not null,
  recipient_name varchar(500),
  subject varchar(2000) not null,
  html_body varchar(1048576),
  text_body varchar(1048576),
  status varchar(16) not null,
  attempts integer not null,
  max_attempts integer not null,
  not_before timestamp with time zone,
  expires_at timestamp with time zone,
  next_attempt_at timestamp with time zone,
  last_error varchar(2000),
  sent_at timestamp with time zone,
  message_id varchar(320) not null,
  created_at timestamp with time zone not null,
  constraint message_recipient unique (batch_id, recipient),
  constraint message_message_id unique (message_id)
);
create index message_batch_status on message (batch_id, status);
create index message_bundle on message (bundle_id);

create table app_user (
  id bigint primary key,
  username varchar(100) not null unique,
  password_hash varchar(500) not null,
  roles varchar(200) not null,
  created_at timestamp with time zone not null
);
