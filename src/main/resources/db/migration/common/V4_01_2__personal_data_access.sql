-- Purpose-bound access log of personal data (audit module): who read which fields of whose record,
-- when and why. Append-only; the citizen reads it as "Siapa yang mengakses data saya".
create table personal_data_access (
    id               uuid         primary key,
    tenant_id        varchar(40)  not null references tenant (id),
    nik              varchar(16)  not null,
    accessor_kind    varchar(10)  not null,
    accessor_name    varchar(200) not null,
    accessor_display varchar(200) not null,
    accessor_unit    varchar(200),
    purpose          varchar(200) not null,
    fields           varchar(500) not null,
    channel          varchar(20)  not null,
    accessed_at      timestamp with time zone not null
);
create index personal_data_access_nik_idx on personal_data_access (tenant_id, nik, accessed_at);
