-- Printer message systems (issue 5): a PRINTER system prints each message as a PDF letter on an
-- IPP printer (printer_uri) or, without one, into a spool directory in the data directory; when
-- it names a server, only that server sends its mail. Its SMTP columns stay empty.
alter table message_system add column printer_uri varchar(1000);
alter table message_system add column server varchar(255);
alter table message_system alter column host drop not null;
alter table message_system alter column port drop not null;
alter table message_system alter column tls drop not null;
alter table message_system alter column from_address drop not null;
