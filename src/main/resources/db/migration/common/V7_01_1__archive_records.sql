-- Records, search and automatic filing.

-- A destroyed record keeps its metadata as a tombstone; this says when it was destroyed.
alter table archive_record add column destroyed_at timestamp with time zone;

-- The archive files each service's issued documents under a classification code and the OPD that serves it;
-- an archivist may change a line. A service without a line is filed under the default code of the filing.
create table archive_service_classification (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    service_code        varchar(100)  not null,
    classification_code varchar(40)   not null,
    creator_unit        varchar(60)   not null
);
create unique index archive_service_classification_unique on archive_service_classification (tenant_id, service_code);

create index archive_record_filed_idx on archive_record (tenant_id, filed_at);
