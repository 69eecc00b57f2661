-- Local taxes, PBB-P2: tax objects by NOP, the yearly SPPT as issued, and payments assessed through the
-- pembayaran-pbb service. Taxpayers are NIKs only: names stay in the registry.

create table pbb_object (
    id                   uuid          primary key,
    tenant_id            varchar(40)   not null references tenant (id),
    version              bigint        not null default 0,
    nop                  varchar(18)   not null,
    subject_nik          varchar(16)   not null,
    street               varchar(200)  not null,
    rt                   varchar(3),
    rw                   varchar(3),
    kelurahan_kode       varchar(13)   not null references wilayah (kode),
    land_area_m2         bigint        not null check (land_area_m2 > 0),
    building_area_m2     bigint        not null check (building_area_m2 >= 0),
    land_class           varchar(4)    not null,
    njop_land_per_m2     bigint        not null check (njop_land_per_m2 > 0),
    building_class       varchar(4),
    njop_building_per_m2 bigint        not null check (njop_building_per_m2 >= 0),
    njoptkp_applies      boolean       not null,
    registered_at        timestamp with time zone not null
);
create unique index pbb_object_nop_unique on pbb_object (tenant_id, nop);
create index pbb_object_subject on pbb_object (tenant_id, subject_nik);

create table pbb_sppt (
    id                 uuid          primary key,
    tenant_id          varchar(40)   not null references tenant (id),
    version            bigint        not null default 0,
    object_id          uuid          not null references pbb_object (id),
    nop                varchar(18)   not null,
    tax_year           integer       not null,
    subject_nik        varchar(16)   not null,
    land_area_m2       bigint        not null,
    building_area_m2   bigint        not null,
    njop_land          bigint        not null,
    njop_building      bigint        not null,
    njop               bigint        not null,
    njoptkp            bigint        not null,
    tax_base           bigint        not null,
    tariff_bp          integer       not null,
    tax_rupiah         bigint        not null check (tax_rupiah >= 0),
    due_date           date          not null,
    status             varchar(10)   not null,
    pending_payment_id uuid,
    paid_at            timestamp with time zone,
    penalty_paid       bigint        not null default 0,
    issued_at          timestamp with time zone not null
);
create unique index pbb_sppt_nop_year_unique on pbb_sppt (tenant_id, nop, tax_year);
create index pbb_sppt_year_status on pbb_sppt (tenant_id, tax_year, status);

create table pbb_payment (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenant (id),
    version        bigint        not null default 0,
    sppt_id        uuid          not null references pbb_sppt (id),
    reference      varchar(100)  not null,
    principal      bigint        not null,
    penalty        bigint        not null,
    penalty_months integer       not null,
    pay_before     timestamp with time zone not null,
    status         varchar(10)   not null,
    created_at     timestamp with time zone not null,
    paid_at        timestamp with time zone,
    bill_id        uuid
);
create unique index pbb_payment_reference_unique on pbb_payment (tenant_id, reference);
create index pbb_payment_sppt on pbb_payment (tenant_id, sppt_id);
