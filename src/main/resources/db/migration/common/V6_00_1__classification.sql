-- Each pemda's records classification scheme (klasifikasi arsip), seeded from the national scheme
-- (Permendagri 83/2022) and editable. sort_key pads every segment to three digits ('400.003.005') so that
-- 400.3 lists before 400.10.
create table classification_code (
    id          uuid         primary key,
    tenant_id   varchar(40)  not null references tenant (id),
    version     bigint       not null default 0,
    code        varchar(40)  not null,
    sort_key    varchar(80)  not null,
    name        varchar(300) not null,
    parent_code varchar(40),
    active      boolean      not null default true
);
create unique index classification_code_unique on classification_code (tenant_id, code);
create index classification_code_parent_idx on classification_code (tenant_id, parent_code, sort_key);
