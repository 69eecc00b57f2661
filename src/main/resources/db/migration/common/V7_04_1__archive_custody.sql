-- Archive custody: fixity runs and what they found, and loans of paper records (peminjaman arsip).

-- One verification of every stored file of a pemda: by the weekly schedule, a person on the page, or the API.
create table fixity_run (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    version      bigint        not null default 0,
    run_trigger  varchar(20)   not null,
    started_by   varchar(100)  not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    checked      bigint        not null default 0,
    mismatches   integer       not null default 0
);
create index fixity_run_started_idx on fixity_run (tenant_id, started_at);

-- A file whose bytes no longer hash to the SHA-256 recorded at ingest (CHANGED) or that is gone (MISSING).
create table fixity_mismatch (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    version      bigint        not null default 0,
    run_id       uuid          not null references fixity_run (id),
    file_id      uuid          not null references archive_file (id),
    record_id    uuid          not null references archive_record (id),
    sha256       varchar(64)   not null,
    status       varchar(20)   not null,
    found_at     timestamp with time zone not null
);
create index fixity_mismatch_run_idx on fixity_mismatch (tenant_id, run_id);

-- A loan of one paper record or of a whole berkas to a staff member. open_item holds the lent record's or
-- berkas's id while the loan is open and is cleared on return: the unique index makes a second loan of the same
-- item at once impossible even when two archivists click together.
create table archive_loan (
    id                 uuid          primary key,
    tenant_id          varchar(40)   not null references tenant (id),
    version            bigint        not null default 0,
    record_id          uuid          references archive_record (id),
    berkas_id          uuid          not null references berkas (id),
    open_item          uuid,
    borrower_username  varchar(100),
    borrower_nip       varchar(30),
    borrower_name      varchar(200)  not null,
    borrower_email     varchar(200),
    purpose            varchar(500)  not null,
    lent_on            date          not null,
    due_on             date          not null,
    lent_by            varchar(100)  not null,
    returned_on        date,
    return_note        varchar(1000),
    returned_by        varchar(100),
    last_reminded_on   date
);
create unique index archive_loan_open_unique on archive_loan (tenant_id, open_item);
create index archive_loan_record_idx on archive_loan (tenant_id, record_id);
create index archive_loan_berkas_idx on archive_loan (tenant_id, berkas_id);
create index archive_loan_due_idx on archive_loan (tenant_id, returned_on, due_on);
