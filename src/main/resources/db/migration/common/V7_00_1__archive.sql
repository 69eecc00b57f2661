-- Archive (records management). Classification codes and OPD codes are kept as text, not foreign keys: a record
-- must stay readable after the scheme or the structure changes.

-- Retention schedule (JRA): one rule per classification code; a code without its own rule takes its nearest
-- parent's.
create table retention_rule (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    classification_code varchar(40)   not null,
    active_years        integer       not null,
    inactive_years      integer       not null,
    final_action        varchar(20)   not null,
    note                varchar(500),
    updated_by          varchar(100)  not null,
    updated_at          timestamp with time zone not null
);
create unique index retention_rule_code_unique on retention_rule (tenant_id, classification_code);

-- A berkas (file of records on one matter). Retention runs from closed_on; the stage moves from AKTIF to
-- INAKTIF (records centre), STATIS (regional archive) or MUSNAH (destroyed, a tombstone).
create table berkas (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    berkas_number       varchar(80)   not null,
    title               varchar(500)  not null,
    classification_code varchar(40)   not null,
    creator_unit        varchar(60)   not null,
    security_class      varchar(20)   not null,
    stage               varchar(20)   not null,
    opened_on           date          not null,
    closed_on           date,
    active_until        date,
    inactive_until      date,
    final_action        varchar(20),
    filing_key          varchar(200),
    created_by          varchar(100)  not null,
    created_at          timestamp with time zone not null
);
create unique index berkas_number_unique on berkas (tenant_id, berkas_number);
-- Automatic filing puts a year's records of one code and one OPD into one berkas: this key finds it.
create unique index berkas_filing_key_unique on berkas (tenant_id, filing_key);
create index berkas_stage_idx on berkas (tenant_id, stage, closed_on);

-- One row per pemda, OPD and year, locked while the next berkas number is taken.
create table berkas_counter (
    id          uuid         primary key,
    tenant_id   varchar(40)  not null references tenant (id),
    version     bigint       not null default 0,
    unit_code   varchar(60)  not null,
    berkas_year integer      not null,
    last_number integer      not null
);
create unique index berkas_counter_unique on berkas_counter (tenant_id, unit_code, berkas_year);

create table archive_record (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    berkas_id           uuid          not null references berkas (id),
    title               varchar(500)  not null,
    record_date         date          not null,
    creator_unit        varchar(60)   not null,
    classification_code varchar(40)   not null,
    security_class      varchar(20)   not null,
    description         varchar(4000),
    media               varchar(20)   not null,
    page_count          integer,
    location_building   varchar(100),
    location_room       varchar(100),
    location_shelf      varchar(100),
    location_box        varchar(100),
    source_module       varchar(40),
    source_reference    varchar(100),
    full_text           text,
    text_status         varchar(20)   not null,
    filed_by            varchar(100)  not null,
    filed_at            timestamp with time zone not null
);
create index archive_record_berkas_idx on archive_record (tenant_id, berkas_id);
-- A source (a signed letter, an issued document) is filed once, however often its event is delivered.
create unique index archive_record_source_unique on archive_record (tenant_id, source_module, source_reference);
create index archive_record_text_status_idx on archive_record (tenant_id, text_status);

-- The files of a record: the ORIGINAL bytes as received, never changed, and files derived from them
-- (a searchable PDF, a thumbnail), each in the document store under its SHA-256.
create table archive_file (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    record_id           uuid          not null references archive_record (id),
    file_role           varchar(20)   not null,
    sha256              varchar(64)   not null,
    media_type          varchar(100)  not null,
    size_bytes          bigint        not null,
    original_name       varchar(255),
    page_count          integer,
    derived_from_sha256 varchar(64),
    created_at          timestamp with time zone not null
);
create index archive_file_record_idx on archive_file (tenant_id, record_id);
create index archive_file_sha_idx on archive_file (tenant_id, sha256);
