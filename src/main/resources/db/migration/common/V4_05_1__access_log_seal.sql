-- Reads of personal data are no longer appended to the audit chain one by one (that serialized every
-- read of a pemda on the chain's head row). The access row is written in the reader's transaction as
-- before; a background sealer then appends one SEAL_ACCESS_LOG chain entry per batch whose digest covers
-- the batch's rows, and stores that entry's sequence number on each row.
-- seal_seq: null = written, not sealed yet; 0 = written before sealing existed (each such read has its
-- own READ_PERSONAL_DATA chain entry); otherwise the seq of the sealing chain entry.
alter table personal_data_access add column seal_seq bigint;
update personal_data_access set seal_seq = 0;
create index personal_data_access_seal_idx on personal_data_access (tenant_id, seal_seq);
