-- Auth API (local provider): users, machine clients, refresh tokens and the token signing keys.

CREATE TABLE auth_user (
    id            TEXT        PRIMARY KEY,
    email         TEXT        NOT NULL,
    display_name  TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('CONFIRMED', 'UNCONFIRMED', 'DISABLED')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- E-mail addresses are unique regardless of case.
CREATE UNIQUE INDEX auth_user_email ON auth_user (lower(email));

-- Integration (machine) clients owned by a user; the secret is stored hashed and shown once.
CREATE TABLE auth_client (
    client_id   TEXT        PRIMARY KEY,
    owner_id    TEXT        NOT NULL, -- a local user id or a Cognito sub: no foreign key
    name        TEXT        NOT NULL,
    secret_hash TEXT        NOT NULL,
    scopes      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX auth_client_owner ON auth_client (owner_id, created_at);

-- Refresh tokens: only a SHA-256 of the opaque token is kept. Every rotation adds a row to the same
-- family; presenting a token that was already used revokes the whole family.
CREATE TABLE auth_refresh_token (
    token_hash  TEXT        PRIMARY KEY,
    family_id   TEXT        NOT NULL,
    user_id     TEXT        NOT NULL REFERENCES auth_user (id) ON DELETE CASCADE,
    client_id   TEXT        NOT NULL,
    auth_time   TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX auth_refresh_token_family ON auth_refresh_token (family_id);
CREATE INDEX auth_refresh_token_expires ON auth_refresh_token (expires_at);

-- RSA signing keys of the local issuer, shared by every instance. The newest active key signs; a
-- retired key stays published in the JWKS until retire_after (when its last token has expired).
CREATE TABLE auth_signing_key (
    kid          TEXT        PRIMARY KEY,
    private_jwk  TEXT        NOT NULL,
    generation   INTEGER     NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    retired_at   TIMESTAMPTZ,
    retire_after TIMESTAMPTZ
);
