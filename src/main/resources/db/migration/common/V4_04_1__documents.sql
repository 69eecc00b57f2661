-- Documents: which pemda stored which bytes. The bytes themselves live in the content-addressed
-- file store (<data-dir>/files/<2 hex>/<sha256>), once however many pemda store them; a pemda may
-- open a file only through its own row here.
create table stored_file (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenant (id),
    version       bigint       not null default 0,
    sha256        varchar(64)  not null,
    size_bytes    bigint       not null,
    media_type    varchar(50)  not null,
    original_name varchar(255) not null,
    uploaded_by   varchar(200) not null,
    uploaded_at   timestamp with time zone not null
);
create unique index stored_file_sha_unique on stored_file (tenant_id, sha256);
