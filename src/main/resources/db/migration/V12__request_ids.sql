-- The id of the request (a JMS message id) that made an ad-hoc batch: a request delivered again
-- after a crash finds its batch instead of making a second one.
alter table batch add column request_id varchar(255);
create unique index batch_request_id on batch (request_id);
