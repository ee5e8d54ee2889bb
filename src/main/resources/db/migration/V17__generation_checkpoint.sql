-- The position in the population up to which a batch's messages are in the ledger, written with
-- each chunk: a generation taken over from a dead server (or after a restart) goes on after it.
alter table batch add column generated_through integer default 0 not null;
