-- Issue 5 (d): new-student admission (SPMB) of the Dinas Pendidikan.

-- Where a family's house stands (WGS 84 degrees), recorded by an officer; null until someone does.
-- Zonasi measures from here; without it admission falls back to the kelurahan's reference point.
alter table family add column latitude double precision;
alter table family add column longitude double precision;

-- One admission period per service bundle and school year (2027 = school year 2027/2028).
create table admission_period (
    id                 uuid         primary key,
    tenant_id          varchar(40)  not null references tenant (id),
    version            bigint       not null default 0,
    service_code       varchar(60)  not null,
    school_year        integer      not null,
    level              varchar(3)   not null,
    opens_on           date         not null,
    closes_on          date         not null,
    announcement_on    date         not null,
    zonasi_percent     integer      not null,
    afirmasi_percent   integer      not null,
    mutasi_percent     integer      not null,
    announced_at       timestamp with time zone,
    announced_by       varchar(200)
);
create unique index admission_period_unique on admission_period (tenant_id, service_code, school_year);

create table admission_school (
    id                 uuid         primary key,
    tenant_id          varchar(40)  not null references tenant (id),
    version            bigint       not null default 0,
    npsn               varchar(8)   not null,
    name               varchar(120) not null,
    level              varchar(3)   not null,
    address            varchar(300) not null,
    kelurahan_kode     varchar(13)  not null,
    latitude           double precision not null,
    longitude          double precision not null
);
create unique index admission_school_npsn on admission_school (tenant_id, npsn);

-- Seats of a school in a period, per admission path; they add up to the capacity (daya tampung).
create table admission_quota (
    id                 uuid         primary key,
    tenant_id          varchar(40)  not null references tenant (id),
    version            bigint       not null default 0,
    period_id          uuid         not null references admission_period (id),
    school_id          uuid         not null references admission_school (id),
    capacity           integer      not null,
    zonasi             integer      not null,
    afirmasi           integer      not null,
    mutasi             integer      not null,
    prestasi           integer      not null
);
create unique index admission_quota_unique on admission_quota (period_id, school_id);

-- The admission side of a services application, learnt from the services events. Holds only what the
-- ranking needs: the child's NIK and birth date, a masked name for the public announcement, distances.
create table admission_registration (
    id                 uuid         primary key,
    tenant_id          varchar(40)  not null references tenant (id),
    version            bigint       not null default 0,
    application_id     uuid         not null,
    period_id          uuid         not null references admission_period (id),
    tracking_number    varchar(20)  not null,
    child_nik          varchar(16)  not null,
    masked_name        varchar(120) not null,
    birth_date         date,
    path               varchar(10)  not null,
    choice1            varchar(8)   not null,
    choice2            varchar(8),
    choice3            varchar(8),
    distance1          bigint,
    distance2          bigint,
    distance3          bigint,
    location_precision varchar(10)  not null,
    score              integer,
    status             varchar(12)  not null,
    submitted_at       timestamp with time zone not null,
    verified_at        timestamp with time zone,
    placed_npsn        varchar(8),
    placed_rank        integer,
    note               varchar(500)
);
create unique index admission_registration_app on admission_registration (tenant_id, application_id);
create index admission_registration_period on admission_registration (period_id, status);

-- The fallback home location of a kelurahan (its reference point), less precise than a surveyed house.
create table admission_area_point (
    id                 uuid         primary key,
    tenant_id          varchar(40)  not null references tenant (id),
    version            bigint       not null default 0,
    kelurahan_kode     varchar(13)  not null,
    latitude           double precision not null,
    longitude          double precision not null
);
create unique index admission_area_point_unique on admission_area_point (tenant_id, kelurahan_kode);
