-- The orphan sweeper asks, across all pemda, which hashes still have a stored_file row; the unique index
-- starts with tenant_id and cannot answer that without reading the whole table.
create index stored_file_sha_idx on stored_file (sha256);
