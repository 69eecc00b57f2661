-- Corrections of resident data (perbaikan data): an officer's change request with a reason and a
-- supporting document, decided by a head; approved changes are kept as field history.
create table change_request (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    nik                 varchar(16)   not null,
    status              varchar(20)   not null,
    reason              varchar(1000) not null,
    document_sha256     varchar(64)   not null,
    document_name       varchar(255)  not null,
    requested_by        varchar(200)  not null,
    requested_by_name   varchar(200)  not null,
    requester_position  varchar(60)   not null,
    requested_at        timestamp with time zone not null,
    decided_by          varchar(200),
    decided_by_name     varchar(200),
    decided_at          timestamp with time zone,
    decision_note       varchar(1000)
);
create index change_request_status_idx on change_request (tenant_id, status, requested_at);
create index change_request_nik_idx on change_request (tenant_id, nik);
create index change_request_requester_idx on change_request (tenant_id, requested_by, requested_at);

create table change_request_item (
    id                uuid         primary key,
    tenant_id         varchar(40)  not null references tenant (id),
    version           bigint       not null default 0,
    change_request_id uuid         not null references change_request (id),
    field             varchar(30)  not null,
    old_value         varchar(300),
    new_value         varchar(300),
    position          integer      not null
);
create index change_request_item_request_idx on change_request_item (change_request_id);

-- Field history, never overwritten: one row per field an approved request changed.
create table resident_field_change (
    id                uuid          primary key,
    tenant_id         varchar(40)   not null references tenant (id),
    version           bigint        not null default 0,
    nik               varchar(16)   not null,
    field             varchar(30)   not null,
    old_value         varchar(300),
    new_value         varchar(300),
    change_request_id uuid          not null references change_request (id),
    requested_by      varchar(200)  not null,
    requested_by_name varchar(200)  not null,
    approved_by       varchar(200)  not null,
    approved_by_name  varchar(200)  not null,
    reason            varchar(1000) not null,
    changed_at        timestamp with time zone not null
);
create index resident_field_change_nik_idx on resident_field_change (tenant_id, nik, changed_at);
