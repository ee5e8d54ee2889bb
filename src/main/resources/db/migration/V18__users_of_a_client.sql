-- A user may be bound to one client: it then sees that client only (issue 7). Null: every client.
alter table app_user add column client_id bigint references client (id);
create index app_user_client on app_user (client_id);

-- An application calls the API with a key (Authorization: Bearer): its SHA-256 is kept, never the
-- key itself. Null for people, who sign in with a password.
alter table app_user add column api_key_hash varchar(64);
create unique index app_user_api_key on app_user (api_key_hash);
