-- The pemda's structure: units (OPD and their parts), positions (jabatan), staff (pegawai) and
-- assignments of staff to positions. Codes and NIPs are unique per tenant.
create table org_unit (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenant (id),
    version       bigint       not null default 0,
    code          varchar(60)  not null,
    name          varchar(200) not null,
    kind          varchar(30)  not null,
    parent_id     uuid         references org_unit (id),
    kode_wilayah  varchar(13),
    sort_order    integer      not null default 0,
    active        boolean      not null default true,
    constraint org_unit_code_unique unique (tenant_id, code)
);
create index org_unit_parent_idx on org_unit (parent_id);

create table org_position (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenant (id),
    version       bigint       not null default 0,
    code          varchar(80)  not null,
    title         varchar(200) not null,
    level         varchar(30)  not null,
    unit_id       uuid         not null references org_unit (id),
    parent_id     uuid         references org_position (id),
    sort_order    integer      not null default 0,
    constraint org_position_code_unique unique (tenant_id, code)
);
create index org_position_unit_idx on org_position (unit_id);
create index org_position_parent_idx on org_position (parent_id);

create table org_staff (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenant (id),
    version       bigint       not null default 0,
    nip           varchar(18)  not null,
    full_name     varchar(200) not null,
    username      varchar(100),
    email         varchar(254),
    constraint org_staff_nip_unique unique (tenant_id, nip)
);
create unique index org_staff_username_unique on org_staff (tenant_id, username);

create table org_assignment (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenant (id),
    version       bigint       not null default 0,
    staff_id      uuid         not null references org_staff (id),
    position_id   uuid         not null references org_position (id),
    kind          varchar(10)  not null,
    start_date    date         not null,
    end_date      date,
    constraint org_assignment_dates check (end_date is null or end_date >= start_date)
);
create index org_assignment_position_idx on org_assignment (position_id);
create index org_assignment_staff_idx on org_assignment (staff_id);
