-- Populations: a client's named recipient lists, replaced whole by an upload. Members with an
-- invalid address are kept (with the reason) so that generation skips and counts them.
create sequence population_seq start with 50 increment by 50;
create sequence population_member_seq start with 500 increment by 500;

create table population (
  id bigint primary key,
  client_id bigint not null references client (id),
  population_key varchar(64) not null,
  size integer not null,
  invalid integer not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  constraint population_key unique (client_id, population_key)
);

create table population_member (
  id bigint primary key,
  population_id bigint not null references population (id),
  position integer not null,
  email varchar(320) not null,
  name varchar(500),
  data varchar(65536),
  invalid_reason varchar(500)
);
create index population_member_position on population_member (population_id, position);
