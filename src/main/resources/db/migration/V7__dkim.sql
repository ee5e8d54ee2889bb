-- DKIM signing per message system: the signing domain and selector, and the RSA private key
-- (PKCS#8, encrypted like the SMTP password). All three or none: a system without them does not
-- sign. Portable between PostgreSQL and H2.
alter table message_system add column dkim_domain varchar(253);
alter table message_system add column dkim_selector varchar(63);
alter table message_system add column dkim_key_cipher varchar(8192);
alter table message_system add constraint message_system_dkim check (
  (dkim_domain is null and dkim_selector is null and dkim_key_cipher is null)
  or (dkim_domain is not null and dkim_selector is not null and dkim_key_cipher is not null));
