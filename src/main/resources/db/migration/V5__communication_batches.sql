-- Batches of communications: which communication a batch sends, when it is due, and the Jakarta
-- Batch job execution working on it. The version lets operator actions (pause, resume, cancel,
-- approve) change a batch without waiting for the row locks of send workers.
alter table batch add column communication_id bigint;
alter table batch add constraint batch_communication
  foreign key (communication_id) references communication (id);
alter table batch add column send_at timestamp with time zone;
alter table batch add column job_execution_id bigint;
alter table batch add column version bigint default 0 not null;
create index batch_communication on batch (communication_id);
