-- Outgoing letters (naskah dinas keluar): drafts with their versions, reviewers (paraf) per round, recipients with
-- read receipts, attachments, and gapless numbering per pemda, issuing unit and year.
create table letter (
    id                    uuid          primary key,
    tenant_id             varchar(40)   not null references tenant (id),
    version               bigint        not null default 0,
    letter_type           varchar(30)   not null,
    classification_code   varchar(40)   not null,
    security_class        varchar(20)   not null,
    urgency               varchar(20)   not null,
    subject               varchar(300)  not null,
    body_html             text          not null,
    attachment_note       varchar(100),
    drafter_username      varchar(100)  not null,
    signer_position_code  varchar(60)   not null,
    issuing_unit_code     varchar(60)   not null,
    status                varchar(20)   not null,
    review_round          integer       not null default 0,
    draft_version         integer       not null default 1,
    letter_number         varchar(120),
    number_value          integer,
    number_year           integer,
    letter_date           date,
    signed_by_username    varchar(100),
    signed_at             timestamp with time zone,
    issued_document_id    uuid,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null
);
create index letter_drafter_idx on letter (tenant_id, drafter_username, status);
create index letter_signer_idx on letter (tenant_id, signer_position_code, status);
create unique index letter_number_unique on letter (tenant_id, issuing_unit_code, number_year, number_value);

-- Every save of a draft is a version: who changed it, when, and the text as it was.
create table letter_version (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    version      bigint        not null default 0,
    letter_id    uuid          not null references letter (id),
    version_no   integer       not null,
    subject      varchar(300)  not null,
    body_html    text          not null,
    changed_by   varchar(100)  not null,
    changed_at   timestamp with time zone not null
);
create unique index letter_version_unique on letter_version (letter_id, version_no);

-- Reviewers in order for each round; a return closes the round, a resubmission opens the next.
create table letter_review (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    version      bigint        not null default 0,
    letter_id    uuid          not null references letter (id),
    review_round integer       not null,
    seq          integer       not null,
    username     varchar(100)  not null,
    reviewer_name varchar(200) not null,
    decision     varchar(20)   not null,
    note         varchar(1000),
    decided_at   timestamp with time zone
);
create unique index letter_review_unique on letter_review (letter_id, review_round, seq);

-- Addressees (Yth.) and tembusan: a position (a person's, or an OPD's head), or an external e-mail address.
create table letter_recipient (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenant (id),
    version        bigint        not null default 0,
    letter_id      uuid          not null references letter (id),
    seq            integer       not null,
    kind           varchar(20)   not null,
    copy_only      boolean       not null,
    username       varchar(100),
    unit_code      varchar(60),
    position_code  varchar(60),
    email          varchar(200),
    display_name   varchar(300)  not null,
    delivered_at   timestamp with time zone,
    first_read_at  timestamp with time zone,
    first_read_by  varchar(100)
);
create index letter_recipient_letter_idx on letter_recipient (letter_id);
create index letter_recipient_position_idx on letter_recipient (tenant_id, position_code);

create table letter_attachment (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    version      bigint        not null default 0,
    letter_id    uuid          not null references letter (id),
    sha256       varchar(64)   not null,
    file_name    varchar(255)  not null,
    media_type   varchar(100)  not null,
    size_bytes   bigint        not null
);
create index letter_attachment_letter_idx on letter_attachment (letter_id);

-- The last number issued per pemda, issuing unit and year; locked by the signing transaction until it commits.
create table letter_number_sequence (
    tenant_id   varchar(40) not null references tenant (id),
    unit_code   varchar(60) not null,
    seq_year    integer     not null,
    last_value  integer     not null,
    primary key (tenant_id, unit_code, seq_year)
);

-- Numbers the secretariat set aside for a back-dated letter, with the reason.
create table letter_number_reservation (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenant (id),
    version       bigint        not null default 0,
    unit_code     varchar(60)   not null,
    seq_year      integer       not null,
    number_value  integer       not null,
    letter_date   date          not null,
    reason        varchar(500)  not null,
    reserved_by   varchar(100)  not null,
    reserved_at   timestamp with time zone not null,
    used_by_letter uuid
);
create unique index letter_reservation_unique on letter_number_reservation (tenant_id, unit_code, seq_year, number_value);

-- How an issuing unit writes its numbers: its short name and the pattern (null = the default pattern).
create table letter_unit_setting (
    id           uuid          primary key,
    tenant_id    varchar(40)   not null references tenant (id),
    version      bigint        not null default 0,
    unit_code    varchar(60)   not null,
    short_name   varchar(40)   not null,
    pattern      varchar(120)
);
create unique index letter_unit_setting_unique on letter_unit_setting (tenant_id, unit_code);
