-- A user may be bound to one client: it then sees that client only (issue 7). Null: every client.
alter table app_user add column client_id bigint references client (id);
create index app_user_client on app_user (client_id);
