-- Archive digitization: scan batches with their items (one record each), OCR jobs and OCR'd pages.

-- A batch of scans uploaded at once with shared metadata; each item is one record filed through Filing.
create table scan_batch (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    title               varchar(500)  not null,
    classification_code varchar(40)   not null,
    creator_unit        varchar(60)   not null,
    record_date         date          not null,
    media               varchar(20)   not null,
    berkas_id           uuid          references berkas (id),
    one_record          boolean       not null,
    created_by          varchar(100)  not null,
    created_at          timestamp with time zone not null
);
create index scan_batch_created_idx on scan_batch (tenant_id, created_at);

-- qc_state: PENDING until the operator checks the record, then PASSED or RESCAN (a new scan was uploaded and
-- is read again; the item returns to PENDING once its text is back).
create table scan_batch_item (
    id          uuid          primary key,
    tenant_id   varchar(40)   not null references tenant (id),
    version     bigint        not null default 0,
    batch_id    uuid          not null references scan_batch (id),
    record_id   uuid          not null references archive_record (id),
    position    integer       not null,
    file_names  varchar(2000) not null,
    file_count  integer       not null,
    qc_state    varchar(20)   not null,
    qc_by       varchar(100),
    qc_at       timestamp with time zone
);
create index scan_batch_item_batch_idx on scan_batch_item (tenant_id, batch_id, position);
create unique index scan_batch_item_record_unique on scan_batch_item (tenant_id, record_id);

-- One OCR job per record waiting for text. A node claims it by moving it from WAITING (or from a RUNNING claim
-- whose lease ran out) to RUNNING in one conditional update, so several nodes never read the same record twice.
create table ocr_job (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenant (id),
    version         bigint        not null default 0,
    record_id       uuid          not null references archive_record (id),
    state           varchar(20)   not null,
    attempts        integer       not null,
    claimed_by      varchar(100),
    lease_until     timestamp with time zone,
    failure_reason  varchar(1000),
    finished_at     timestamp with time zone
);
create unique index ocr_job_record_unique on ocr_job (tenant_id, record_id);
create index ocr_job_state_idx on ocr_job (tenant_id, state);

-- What OCR read on each page of a record's current scan: mean word confidence (0-100, null without words).
create table ocr_page (
    id               uuid          primary key,
    tenant_id        varchar(40)   not null references tenant (id),
    version          bigint        not null default 0,
    record_id        uuid          not null references archive_record (id),
    original_sha256  varchar(64)   not null,
    page_number      integer       not null,
    page_in_file     integer       not null,
    confidence       double precision,
    word_count       integer       not null,
    unreadable       boolean       not null
);
create index ocr_page_record_idx on ocr_page (tenant_id, record_id, page_number);
