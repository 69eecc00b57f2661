-- Tamper-evident audit trail: one hash chain per tenant. Rows are only ever inserted; the head row
-- holds the last sequence number and hash and is locked (select ... for update) by every append,
-- so concurrent transactions of one tenant queue up instead of forking the chain.
create table audit_chain_head (
    tenant_id varchar(40) primary key references tenant (id),
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);

create table audit_entry (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null references tenant (id),
    seq           bigint       not null,
    occurred_at   timestamp with time zone not null,
    actor         varchar(200) not null,
    action        varchar(40)  not null,
    entity_type   varchar(100) not null,
    entity_id     varchar(255),
    state_digest  varchar(64),
    previous_hash varchar(64)  not null,
    entry_hash    varchar(64)  not null,
    constraint audit_entry_tenant_seq_unique unique (tenant_id, seq)
);
create index audit_entry_actor_idx on audit_entry (tenant_id, actor);
create index audit_entry_entity_idx on audit_entry (tenant_id, entity_type, entity_id);
create index audit_entry_time_idx on audit_entry (tenant_id, occurred_at);
