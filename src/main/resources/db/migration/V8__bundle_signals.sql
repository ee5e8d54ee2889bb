-- When a bundle's signal was last put on its queue: a bundle no worker has taken long after its
-- signal (lost to the broker's dead-letter queue, or taken by a server that died) is signalled
-- again.
alter table bundle add column signalled_at timestamp with time zone;
update bundle set signalled_at = created_at;
