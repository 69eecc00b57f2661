-- Incoming letters (surat masuk) and their disposition tree. Positions are kept by code, not by foreign key:
-- a letter's trail must stay readable after the structure changes.
create table incoming_letter (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    agenda_number       varchar(60)   not null,
    recipient_opd       varchar(60)   not null,
    head_position       varchar(60)   not null,
    sender_name         varchar(200)  not null,
    sender_address      varchar(300),
    letter_number       varchar(100)  not null,
    letter_date         date          not null,
    received_date       date          not null,
    subject             varchar(500)  not null,
    summary             varchar(2000),
    classification_code varchar(40)   not null,
    urgency             varchar(20)   not null,
    security_class      varchar(20)   not null,
    scan_sha256         varchar(64),
    scan_name           varchar(255),
    registered_by       varchar(100)  not null,
    registered_at       timestamp with time zone not null,
    closed_at           timestamp with time zone
);
create unique index incoming_letter_agenda_unique on incoming_letter (tenant_id, agenda_number);
create index incoming_letter_book_idx on incoming_letter (tenant_id, recipient_opd, received_date);

-- One row per pemda, receiving OPD and year, locked while the next agenda number is taken: no gaps, no twins.
create table incoming_agenda_counter (
    id          uuid         primary key,
    tenant_id   varchar(40)  not null references tenant (id),
    version     bigint       not null default 0,
    opd_code    varchar(60)  not null,
    agenda_year integer      not null,
    last_number integer      not null
);
create unique index incoming_agenda_counter_unique on incoming_agenda_counter (tenant_id, opd_code, agenda_year);

create table disposition (
    id                uuid          primary key,
    tenant_id         varchar(40)   not null references tenant (id),
    version           bigint        not null default 0,
    letter_id         uuid          not null references incoming_letter (id),
    parent_id         uuid          references disposition (id),
    from_position     varchar(60)   not null,
    from_username     varchar(100)  not null,
    from_name         varchar(200)  not null,
    from_acting       varchar(10),
    to_position       varchar(60)   not null,
    instructions      varchar(1000) not null,
    note              varchar(2000),
    deadline          date,
    urgency           varchar(20)   not null,
    created_at        timestamp with time zone not null,
    read_at           timestamp with time zone,
    read_by           varchar(100),
    closed_at         timestamp with time zone,
    report_note       varchar(4000),
    reported_by       varchar(100),
    reported_by_name  varchar(200),
    reported_acting   varchar(10),
    reminded_at       timestamp with time zone,
    escalated_at      timestamp with time zone
);
create index disposition_letter_idx on disposition (tenant_id, letter_id);
create index disposition_open_idx on disposition (tenant_id, to_position, closed_at);

create table disposition_attachment (
    id             uuid         primary key,
    tenant_id      varchar(40)  not null references tenant (id),
    version        bigint       not null default 0,
    disposition_id uuid         not null references disposition (id),
    sha256         varchar(64)  not null,
    file_name      varchar(255) not null,
    media_type     varchar(100) not null
);
create index disposition_attachment_idx on disposition_attachment (tenant_id, disposition_id);

-- The instructions a disposer picks from (tindak lanjuti, pelajari...): reference data per pemda.
create table disposition_instruction (
    id         uuid         primary key,
    tenant_id  varchar(40)  not null references tenant (id),
    version    bigint       not null default 0,
    code       varchar(40)  not null,
    label      varchar(100) not null,
    sort_order integer      not null,
    active     boolean      not null default true
);
create unique index disposition_instruction_unique on disposition_instruction (tenant_id, code);
