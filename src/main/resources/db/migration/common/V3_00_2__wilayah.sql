-- Kemendagri area codes for all of Indonesia (reference data, shared by every tenant).
-- Rows are loaded by the Java migration V3_00_3__WilayahReferenceData from idn-area-data (ODbL).
create table wilayah (
    kode   varchar(13)  primary key,
    nama   varchar(120) not null,
    level  varchar(20)  not null,
    induk  varchar(13)  references wilayah (kode)
);
create index wilayah_induk_idx on wilayah (induk);
