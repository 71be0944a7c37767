-- Platform tables shared by every API.

-- Idempotency records (IETF Idempotency-Key draft, Stripe semantics): the stored response commits in
-- the same transaction as the effect; scope = (caller, method + path, key).
CREATE TABLE idempotency_record (
    caller          TEXT        NOT NULL,
    method_path     TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash    TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    response_status INTEGER,
    response_body   TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, method_path, idempotency_key)
);
CREATE INDEX idempotency_record_expires_at ON idempotency_record (expires_at);
