-- Documents: the letterhead (kop surat) of each pemda, signing credentials and issued (signed) documents.

-- The address and contact lines under the pemda's name on every document it renders, and the place
-- named before the date of signing ("Tangerang, 23 November 2026"). One row per pemda.
create table letterhead (
    id           uuid         primary key,
    tenant_id    varchar(40)  not null references tenant (id),
    version      bigint       not null default 0,
    address_line varchar(300) not null,
    contact_line varchar(300),
    place        varchar(100) not null,
    updated_at   timestamp with time zone not null,
    constraint letterhead_tenant_unique unique (tenant_id)
);

-- Certificates with their private keys. key_store is a PKCS#12 file (base64): a signer's is protected
-- by the signer's own signing passphrase and never opened without it; the demo CA's by the server
-- secret padu.signing.key-secret. kind CA is the demo certification authority of a pemda (username
-- null), SIGNER a person's certificate, DEMO-made or IMPORTED (e.g. from BSrE). A signer has at most
-- one active credential; replaced ones stay for the record.
create table signing_credential (
    id            uuid          primary key,
    tenant_id     varchar(40)   not null references tenant (id),
    version       bigint        not null default 0,
    kind          varchar(10)   not null,
    source        varchar(10)   not null,
    username      varchar(100),
    subject       varchar(1000) not null,
    issuer        varchar(1000) not null,
    serial_number varchar(100)  not null,
    certificate   varchar(8000) not null,
    key_store     varchar(30000) not null,
    valid_from    timestamp with time zone not null,
    valid_until   timestamp with time zone not null,
    active        boolean       not null,
    created_at    timestamp with time zone not null
);
create index signing_credential_user_idx on signing_credential (tenant_id, username);

-- Every signed document: what the public verification page shows, and what it compares an uploaded
-- PDF with (SHA-256 of the signed bytes, the signer's certificate as base64 DER). The PDF itself is in
-- the content-addressed store under sha256. verification_code is random (128 bits, base32): the
-- page is public and global, so the code is what protects the entry, and it is unique across pemda.
create table issued_document (
    id                 uuid          primary key,
    tenant_id          varchar(40)   not null references tenant (id),
    version            bigint        not null default 0,
    verification_code  varchar(40)   not null,
    document_type      varchar(200)  not null,
    document_number    varchar(100)  not null,
    title              varchar(300)  not null,
    sha256             varchar(64)   not null,
    size_bytes         bigint        not null,
    signer_username    varchar(100)  not null,
    signer_name        varchar(200)  not null,
    signer_nip         varchar(18),
    signer_position    varchar(300)  not null,
    signer_certificate varchar(8000) not null,
    signed_at          timestamp with time zone not null,
    status             varchar(10)   not null,
    revoked_at         timestamp with time zone,
    revoked_by         varchar(100),
    revocation_reason  varchar(500),
    source_module      varchar(50),
    source_reference   varchar(100),
    constraint issued_document_code_unique unique (verification_code)
);
create index issued_document_tenant_idx on issued_document (tenant_id, signed_at);
create index issued_document_signer_idx on issued_document (tenant_id, signer_username);
