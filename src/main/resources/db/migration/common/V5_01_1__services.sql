-- Public services: deployed bundle versions, applications with their timeline, holiday calendars and
-- output number sequences. The process engine's own ACT_* tables are created by Flowable itself.

-- One row per deployed bundle version per pemda; the bundle's files live in the Flowable deployment.
create table service_bundle (
    id                    uuid         primary key,
    tenant_id             varchar(40)  not null references tenant (id),
    version               bigint       not null default 0,
    code                  varchar(60)  not null,
    bundle_version        integer      not null,
    name                  varchar(200) not null,
    opd_code              varchar(60)  not null,
    deployment_id         varchar(64)  not null,
    process_definition_id varchar(64)  not null,
    content_sha256        varchar(64)  not null,
    origin                varchar(20)  not null,
    deployed_by           varchar(200) not null,
    deployed_at           timestamp with time zone not null
);
create unique index service_bundle_version_unique on service_bundle (tenant_id, code, bundle_version);

-- Only what the applicant entered is kept in data (JSON); registry data is read again when needed.
create table service_application (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    tracking_number     varchar(20)   not null,
    bundle_id           uuid          not null references service_bundle (id),
    service_code        varchar(60)   not null,
    opd_code            varchar(60)   not null,
    applicant_nik       varchar(16)   not null,
    applicant_account   uuid          not null,
    idempotency_key     varchar(100)  not null,
    request_sha256      varchar(64)   not null,
    data                varchar(20000) not null,
    status              varchar(20)   not null,
    process_instance_id varchar(64),
    last_decision       varchar(10),
    note                varchar(1000),
    issued_document_id  uuid,
    bill_id             uuid,
    due_at              timestamp with time zone not null,
    submitted_at        timestamp with time zone not null,
    completed_at        timestamp with time zone
);
create unique index service_application_tracking_unique on service_application (tenant_id, tracking_number);
-- The same Idempotency-Key of the same citizen can never create a second application, even concurrently.
create unique index service_application_idempotency_unique
    on service_application (tenant_id, applicant_account, idempotency_key);
create index service_application_applicant_idx on service_application (tenant_id, applicant_nik);
create index service_application_account_idx on service_application (tenant_id, applicant_account);
create index service_application_process_idx on service_application (process_instance_id);

-- The timeline. Notes are shown to the applicant and staff, never on the public tracking page.
create table service_application_event (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenant (id),
    version        bigint        not null default 0,
    application_id uuid          not null references service_application (id),
    type           varchar(30)   not null,
    step           varchar(200),
    decision       varchar(10),
    note           varchar(1000),
    actor          varchar(200),
    happened_at    timestamp with time zone not null
);
create index service_application_event_app_idx on service_application_event (application_id, happened_at);

-- Padu's side of every BPMN user task: which application, which step, when it is due, whether it was
-- escalated to the head. Flowable keeps who may and who did claim it.
create table service_task (
    id             uuid          primary key,
    tenant_id      varchar(40)   not null references tenant (id),
    version        bigint        not null default 0,
    task_id        varchar(64)   not null,
    application_id uuid          not null references service_application (id),
    step_id        varchar(100)  not null,
    step_name      varchar(200)  not null,
    kind           varchar(10)   not null,
    opd_code       varchar(60)   not null,
    started_at     timestamp with time zone not null,
    due_at         timestamp with time zone not null,
    escalated_at   timestamp with time zone,
    ended_at       timestamp with time zone
);
create unique index service_task_task_unique on service_task (task_id);
create index service_task_application_idx on service_task (application_id);
create index service_task_open_idx on service_task (tenant_id, ended_at, due_at);

-- Days no SLA counts: national holidays, cuti bersama and the pemda's own.
create table service_holiday (
    id        uuid         primary key,
    tenant_id varchar(40)  not null references tenant (id),
    version   bigint       not null default 0,
    holiday_date date      not null,
    name      varchar(200) not null,
    kind      varchar(20)  not null
);
create unique index service_holiday_day_unique on service_holiday (tenant_id, holiday_date);

-- Output numbers run per pemda, service and year (e.g. 470/0012/DISDUKCAPIL/XII/2026).
create table service_document_sequence (
    tenant_id    varchar(40) not null references tenant (id),
    service_code varchar(60) not null,
    seq_year     integer     not null,
    last_value   integer     not null,
    primary key (tenant_id, service_code, seq_year)
);
