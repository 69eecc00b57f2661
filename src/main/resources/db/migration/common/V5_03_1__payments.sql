-- Payments: bills with billing codes and QRIS payloads, every bank callback as received, and the
-- callbacks treasurers must look at (reconciliation items).

-- A pemda's QRIS merchant account at its bank (the payload's tags 26 and 51). Without one, bills are
-- still issued and paid by billing code; they just carry no QRIS payload.
create table payment_merchant (
    id              uuid         primary key,
    tenant_id       varchar(40)  not null references tenant (id),
    version         bigint       not null default 0,
    acquirer_domain varchar(32)  not null,
    merchant_pan    varchar(19)  not null,
    merchant_id     varchar(15)  not null,
    nmid            varchar(15)  not null,
    criteria        varchar(3)   not null,
    postal_code     varchar(10)
);
create unique index payment_merchant_tenant_unique on payment_merchant (tenant_id);

-- Billing codes are unique across all pemda (they start with the pemda's kab/kota code anyway); a bank
-- reference pays at most one bill. The payer is a NIK only: names stay in the registry.
create table bill (
    id                  uuid          primary key,
    tenant_id           varchar(40)   not null references tenant (id),
    version             bigint        not null default 0,
    billing_code        varchar(14)   not null,
    payer_nik           varchar(16)   not null,
    amount_rupiah       bigint        not null check (amount_rupiah > 0),
    description         varchar(200)  not null,
    revenue_account     varchar(150)  not null,
    source_module       varchar(40)   not null,
    source_reference    varchar(100)  not null,
    qris_payload        varchar(512),
    status              varchar(12)   not null,
    issued_at           timestamp with time zone not null,
    issued_by           varchar(200)  not null,
    due_at              timestamp with time zone not null,
    paid_at             timestamp with time zone,
    bank_reference      varchar(64),
    payment_received_at timestamp with time zone,
    payment_callback_id uuid
);
create unique index bill_billing_code_unique on bill (billing_code);
create unique index bill_bank_reference_unique on bill (bank_reference);
create index bill_payer on bill (tenant_id, payer_nik, issued_at);
create index bill_status_due on bill (tenant_id, status, due_at);
create index bill_paid on bill (tenant_id, paid_at);
create index bill_source on bill (tenant_id, source_module, source_reference);

-- Every callback the bank (or anyone) sent, good or bad, as received. tenant_id is null when the caller
-- could not be trusted (bad signature) or the billing code names no pemda: such a callback belongs to
-- no pemda, which is why this one table allows it.
create table payment_callback (
    id              uuid          primary key,
    tenant_id       varchar(40)   references tenant (id),
    received_at     timestamp with time zone not null,
    remote_address  varchar(64),
    raw_body        varchar(8192) not null,
    signature_valid boolean       not null,
    billing_code    varchar(40),
    bank_reference  varchar(64),
    outcome         varchar(20)   not null,
    http_status     integer       not null
);
create index payment_callback_received on payment_callback (received_at);
create index payment_callback_tenant on payment_callback (tenant_id, received_at);

-- Signed callbacks that did not simply pay a bill: a wrong amount, a bill already paid or closed, an
-- unknown billing code of this pemda, a bank reference used for something else. Treasurers resolve them.
create table payment_reconciliation_item (
    id              uuid          primary key,
    tenant_id       varchar(40)   not null references tenant (id),
    version         bigint        not null default 0,
    kind            varchar(20)   not null,
    callback_id     uuid          not null references payment_callback (id),
    billing_code    varchar(40)   not null,
    bill_id         uuid          references bill (id),
    bank_reference  varchar(64)   not null,
    amount_rupiah   bigint        not null,
    paid_at         timestamp with time zone not null,
    received_at     timestamp with time zone not null,
    resolved_at     timestamp with time zone,
    resolved_by     varchar(200),
    resolution_note varchar(500)
);
create index payment_item_open on payment_reconciliation_item (tenant_id, resolved_at, received_at);
create index payment_item_reference on payment_reconciliation_item (bank_reference);
