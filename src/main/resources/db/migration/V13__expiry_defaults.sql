-- Defaults for when messages expire: a client's expire this long after they are made unless their
-- request says when; a communication's batch may say when its messages expire.
alter table client add column message_lifetime_seconds bigint;
alter table batch add column expires_at timestamp with time zone;
