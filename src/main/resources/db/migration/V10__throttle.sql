-- A message system whose SMTP server asked to slow down (421, 454) is paused: no worker of any
-- server starts on its mail before this time. Portable between PostgreSQL and H2.
alter table message_system add column throttled_until timestamp with time zone;
