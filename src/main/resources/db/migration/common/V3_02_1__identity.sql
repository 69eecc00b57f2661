-- Accounts of staff and citizens. Usernames are unique across tenants because the login form
-- asks for nothing else; the account decides the tenant.
create table account (
    id               uuid         primary key,
    tenant_id        varchar(40)  not null references tenant (id),
    version          bigint       not null default 0,
    username         varchar(100) not null,
    password_hash    varchar(200) not null,
    display_name     varchar(200) not null,
    email            varchar(254),
    nik              varchar(16),
    kind             varchar(20)  not null,
    enabled          boolean      not null,
    email_verified_at timestamp with time zone,
    failed_logins    integer      not null default 0,
    locked_until     timestamp with time zone,
    created_at       timestamp with time zone not null,
    constraint account_username_unique unique (username)
);
create unique index account_email_unique on account (email);
create index account_tenant_idx on account (tenant_id);

create table account_role (
    account_id uuid        not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);
