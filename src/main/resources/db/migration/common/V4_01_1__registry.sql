-- Population registry. One lean table per concept so that a bulk import (JDBC batches or COPY) can
-- fill it directly: residents carry their Nomor KK and relationship on their own row, life events
-- refer to the resident by NIK. No foreign keys between these tables and no cascades: an import of
-- millions of rows loads families and residents in any order, and the registry's services check the
-- links on every write they make.
create table resident (
    id                  uuid         primary key,
    tenant_id           varchar(40)  not null references tenant (id),
    version             bigint       not null default 0,
    nik                 varchar(16)  not null,
    full_name           varchar(200) not null,
    birth_place         varchar(100) not null,
    birth_date          date         not null,
    gender              varchar(1)   not null,
    blood_type          varchar(10)  not null,
    religion            varchar(20)  not null,
    marital_status      varchar(20)  not null,
    occupation          varchar(100),
    education           varchar(30),
    citizenship         varchar(3)   not null,
    street              varchar(200),
    rt                  varchar(3),
    rw                  varchar(3),
    kelurahan_kode      varchar(13)  not null,
    phone               varchar(30),
    email               varchar(254),
    status              varchar(20)  not null,
    nomor_kk            varchar(16),
    family_relationship varchar(30),
    registered_at       timestamp with time zone not null
);
create unique index resident_nik_unique on resident (tenant_id, nik);
create index resident_kk_idx on resident (tenant_id, nomor_kk);

create table family (
    id             uuid         primary key,
    tenant_id      varchar(40)  not null references tenant (id),
    version        bigint       not null default 0,
    nomor_kk       varchar(16)  not null,
    issued_on      date         not null,
    street         varchar(200),
    rt             varchar(3),
    rw             varchar(3),
    kelurahan_kode varchar(13)  not null
);
create unique index family_kk_unique on family (tenant_id, nomor_kk);

-- History, never overwritten: rows are only inserted.
create table life_event (
    id           uuid         primary key,
    tenant_id    varchar(40)  not null references tenant (id),
    version      bigint       not null default 0,
    nik          varchar(16)  not null,
    type         varchar(20)  not null,
    event_date   date         not null,
    details      varchar(500),
    related_nik  varchar(16),
    wilayah_kode varchar(13),
    recorded_by  varchar(200) not null,
    recorded_at  timestamp with time zone not null
);
create index life_event_nik_idx on life_event (tenant_id, nik);
