-- Tenants: one row per pemda. Every tenant-owned table references tenant(id) through tenant_id.
create table tenant (
    id           varchar(40)  primary key,
    name         varchar(200) not null,
    short_name   varchar(100) not null,
    kode_wilayah varchar(13)  not null,
    created_at   timestamp with time zone not null
);

create table tenant_host (
    tenant_id varchar(40)  not null references tenant (id),
    host_name varchar(253) not null primary key
);
