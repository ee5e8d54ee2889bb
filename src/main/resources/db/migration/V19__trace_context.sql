-- The trace a batch's work belongs to (issue 23, ADR 31): the W3C traceparent of the span the
-- batch was made in, and of the span that cut each bundle. Null when tracing is off.
alter table batch add column trace_context varchar(55);
alter table bundle add column trace_context varchar(55);
