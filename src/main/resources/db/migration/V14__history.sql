-- History (issue 5): how long a client's finished batches are kept, and whether a sent message's
-- content (subject and bodies) is deleted as soon as it is sent; the ledger row stays. Searching
-- across batches by recipient and time.
alter table client add column history_retention_seconds bigint;
alter table client add column delete_on_success boolean default false not null;
alter table message alter column subject drop not null;
create index message_by_recipient on message (recipient);
create index message_by_created_at on message (created_at);
