-- Imports of residents from SIAK exports (API and upload page). One row per import, updated as its
-- batches commit, so the progress page and the API caller see the same figures; the first errors of
-- each import are kept for the result page. Written with plain JDBC: progress updates are not
-- changes to audit one by one, the import itself is audited once (action IMPORT).
create table resident_import_job (
    id             uuid         primary key,
    tenant_id      varchar(40)  not null references tenant (id),
    version        bigint       not null default 0,
    file_name      varchar(255) not null,
    source         varchar(10)  not null,
    status         varchar(20)  not null,
    started_by     varchar(200) not null,
    bytes_total    bigint,
    bytes_read     bigint       not null default 0,
    rows_processed bigint       not null default 0,
    imported       bigint       not null default 0,
    updated        bigint       not null default 0,
    rejected       bigint       not null default 0,
    error_count    bigint       not null default 0,
    failure        varchar(100),
    created_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    updated_at     timestamp with time zone not null
);
create index resident_import_job_tenant_idx on resident_import_job (tenant_id, created_at);

create table resident_import_error (
    job_id      uuid         not null references resident_import_job (id),
    tenant_id   varchar(40)  not null references tenant (id),
    seq         integer      not null,
    row_no      bigint       not null,
    column_name varchar(40),
    message_key varchar(100) not null,
    arguments   varchar(2000),
    primary key (job_id, seq)
);
