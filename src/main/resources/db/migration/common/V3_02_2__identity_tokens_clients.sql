-- Citizens may hold only one account per NIK in a pemda; staff accounts have no NIK (nulls do not collide).
create unique index account_tenant_nik_unique on account (tenant_id, nik);
-- The language e-mails to this person are written in (id or en), taken from the page they signed up on.
alter table account add column language varchar(10) not null default 'id';

-- Single-use links sent by e-mail: confirm a sign-up, reset or set a password. Only the SHA-256 of
-- the random token is stored, so a copy of the database does not hand out working links.
create table account_token (
    id          uuid         primary key,
    tenant_id   varchar(40)  not null references tenant (id),
    version     bigint       not null default 0,
    account_id  uuid         not null references account (id) on delete cascade,
    purpose     varchar(20)  not null,
    token_hash  varchar(64)  not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    created_at  timestamp with time zone not null,
    constraint account_token_hash_unique unique (token_hash)
);
create index account_token_account_idx on account_token (account_id);

-- OAuth2 clients of other systems, in Spring Authorization Server's own layout
-- (oauth2-registered-client-schema.sql, with instants stored with their time zone).
create table oauth2_registered_client (
    id                            varchar(100)  not null primary key,
    client_id                     varchar(100)  not null,
    client_id_issued_at           timestamp with time zone default current_timestamp not null,
    client_secret                 varchar(200)  default null,
    client_secret_expires_at      timestamp with time zone default null,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000) default null,
    post_logout_redirect_uris     varchar(1000) default null,
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null,
    constraint oauth2_registered_client_client_id_unique unique (client_id)
);

-- Which pemda each API client acts for; its tokens carry this tenant and nothing else.
create table api_client (
    client_id  varchar(100) primary key,
    tenant_id  varchar(40)  not null references tenant (id),
    created_at timestamp with time zone not null
);

-- The key that signs access tokens. Shared by all nodes and kept across restarts, so tokens stay valid.
create table jwk_key (
    kid         varchar(100)  primary key,
    purpose     varchar(20)   not null,
    private_key varchar(4000) not null,
    public_key  varchar(1000) not null,
    created_at  timestamp with time zone not null,
    constraint jwk_key_purpose_unique unique (purpose)
);
