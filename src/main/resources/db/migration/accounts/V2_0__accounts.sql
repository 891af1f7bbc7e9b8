create table accounts (
    id                   bigserial primary key,
    email                text not null,
    display_name         text not null,
    kind                 text not null check (kind in ('AUTHORITY', 'SCHOOL')),
    password_hash        text,
    must_change_password boolean not null default false,
    failed_attempts      int not null default 0,
    locked_until         timestamp with time zone,
    created_at           timestamp with time zone not null default now(),
    last_signed_in_at    timestamp with time zone,
    version              int not null default 0
);
create unique index accounts_email_key on accounts (lower(email));

create table account_roles (
    account_id bigint not null references accounts (id) on delete cascade,
    role       text not null,
    primary key (account_id, role)
);

-- An invitation lets a new member of authority staff choose their password; only a hash of its token is kept.
create table invitations (
    token_hash  text primary key,
    account_id  bigint not null references accounts (id) on delete cascade,
    invited_by  text not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);

-- One-time sign-in links: only the SHA-256 of the token is stored; a row is deleted when it is used.
create table sign_in_tokens (
    token_hash text primary key,
    email      text not null,
    expires_at timestamp with time zone not null
);
create index sign_in_tokens_expiry on sign_in_tokens (expires_at);

-- Requests for sign-in links, kept for the rate limit window (per address hash and per client address).
create table sign_in_link_requests (
    id           bigserial primary key,
    address_hash text not null,
    client       text not null,
    requested_at timestamp with time zone not null default now()
);
create index sign_in_link_requests_address on sign_in_link_requests (address_hash, requested_at);
create index sign_in_link_requests_client on sign_in_link_requests (client, requested_at);

create table audit_events (
    id         bigserial primary key,
    at         timestamp with time zone not null default now(),
    actor      text not null,
    action     text not null,
    subject    text,
    detail     text,
    client     text
);
create index audit_events_at on audit_events (at desc);

-- Passkeys (Spring Security WebAuthn JDBC repositories).
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(100) not null,
    display_name varchar(200)
);
create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
