-- Scheduled tasks (one-off or recurring, in a time zone) and their runs. A run row is unique per
-- task and due time: whichever timer, server or catch-up inserts it first fires that due time,
-- every other attempt finds it taken.
create sequence scheduled_task_seq start with 50 increment by 50;
create sequence task_run_seq start with 50 increment by 50;

create table scheduled_task (
  id bigint primary key,
  communication_id bigint not null references communication (id),
  batch_id bigint references batch (id),
  category varchar(64) not null,
  owner varchar(255) not null,
  enabled boolean not null,
  time_zone varchar(64) not null,
  run_at timestamp with time zone,
  frequency varchar(16),
  time_of_day varchar(5),
  days_of_week varchar(64),
  day_of_month integer,
  expression varchar(200),
  misfire_policy varchar(16) not null,
  grace_seconds bigint not null,
  effective_from timestamp with time zone not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint default 0 not null
);
create index scheduled_task_communication on scheduled_task (communication_id);

create table task_run (
  id bigint primary key,
  task_id bigint not null references scheduled_task (id) on delete cascade,
  due_at timestamp with time zone not null,
  status varchar(16) not null,
  fired_at timestamp with time zone not null,
  instance varchar(255) not null,
  batch_id bigint references batch (id),
  detail varchar(2000),
  constraint task_run_once unique (task_id, due_at)
);
