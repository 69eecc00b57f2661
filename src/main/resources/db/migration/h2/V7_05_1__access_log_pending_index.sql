-- See the PostgreSQL migration of the same version: H2 has no partial indexes, so the pending rows are found
-- through an index that leads with seal_seq (null first).
create index personal_data_access_pending_idx on personal_data_access (seal_seq, tenant_id);
