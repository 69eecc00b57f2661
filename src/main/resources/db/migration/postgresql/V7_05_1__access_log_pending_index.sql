-- The access-log sealer looks every two seconds for rows not sealed yet (seal_seq is null). The index on
-- (tenant_id, seal_seq) answered that by walking every entry of the tenant, sealed or not, and every earlier
-- version of a sealed row until vacuum removes it: 100 ms at a quarter of a million reads, growing with the log.
-- A partial index holds only the pending rows, a few seconds' worth.
create index personal_data_access_pending_idx on personal_data_access (tenant_id) where seal_seq is null;
