-- Archive lifecycle: disposal proposals (usul pindah/serah/musnah) with their daftar arsip, legal holds, the
-- tombstone of a destroyed record, and which due berkas the archivists were already told about.

-- A proposal over the due berkas of one OPD. PROPOSED until the head of that OPD approves (a signed berita acara,
-- issued_document_id) or rejects it (decision_reason).
create table disposal_proposal (
    id                   uuid          primary key,
    tenant_id            varchar(40)   not null references tenant (id),
    version              bigint        not null default 0,
    proposal_number      varchar(40)   not null,
    kind                 varchar(30)   not null,
    status               varchar(20)   not null,
    opd_code             varchar(60)   not null,
    reason               varchar(2000) not null,
    proposed_by          varchar(100)  not null,
    proposed_at          timestamp with time zone not null,
    decided_by           varchar(100),
    decided_at           timestamp with time zone,
    decision_reason      varchar(2000),
    issued_document_id   uuid,
    berita_acara_number  varchar(80)
);
create unique index disposal_proposal_number_unique on disposal_proposal (tenant_id, proposal_number);
create index disposal_proposal_status_idx on disposal_proposal (tenant_id, status);

-- The daftar arsip of a proposal: one row per berkas, with the archivist's note (why a DINILAI_KEMBALI berkas is
-- destroyed rather than kept).
create table disposal_proposal_item (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    version      bigint        not null default 0,
    proposal_id  uuid          not null references disposal_proposal (id),
    berkas_id    uuid          not null references berkas (id),
    item_order   integer       not null,
    note         varchar(1000)
);
create index disposal_proposal_item_proposal_idx on disposal_proposal_item (tenant_id, proposal_id);
create index disposal_proposal_item_berkas_idx on disposal_proposal_item (tenant_id, berkas_id);

-- A legal hold blocks every disposal of its berkas until it is released.
create table legal_hold (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenant (id),
    version         bigint        not null default 0,
    berkas_id       uuid          not null references berkas (id),
    reason          varchar(2000) not null,
    case_reference  varchar(200)  not null,
    placed_by       varchar(100)  not null,
    placed_at       timestamp with time zone not null,
    released_by     varchar(100),
    released_at     timestamp with time zone,
    release_reason  varchar(2000)
);
create index legal_hold_berkas_idx on legal_hold (tenant_id, berkas_id, released_at);

-- Which due step of a berkas the archivists' digest already announced, so a digest only tells what is new.
create table retention_due_notice (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    version      bigint        not null default 0,
    berkas_id    uuid          not null references berkas (id),
    due_step     varchar(30)   not null,
    notified_at  timestamp with time zone not null
);
create unique index retention_due_notice_unique on retention_due_notice (tenant_id, berkas_id, due_step);

-- A destroyed record is a tombstone: metadata kept, text cleared (destroyed_at comes with V7_01), the signed
-- berita acara it was destroyed under, its files marked destroyed.
alter table archive_record add column destroyed_by_document uuid;
alter table archive_file add column destroyed_at timestamp with time zone;
