-- Files through S3 (docs/files.md): presigned uploads, receipts, bank-file imports and statement
-- exports. Files live in the reports bucket; these tables hold who owns what and the jobs' state.

-- An upload is a presigned PUT handed to its owner: uploads/<owner>/<id>, with the type and size
-- the signature enforces. Receipts stay while attached; anything else is swept after a day.
CREATE TABLE upload (
    id           TEXT        PRIMARY KEY,
    owner_id     TEXT        NOT NULL,
    purpose      TEXT        NOT NULL CHECK (purpose IN ('RECEIPT', 'IMPORT')),
    content_type TEXT        NOT NULL,
    size         BIGINT      NOT NULL CHECK (size > 0),
    object_key   TEXT        NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    attached_at  TIMESTAMPTZ
);
CREATE INDEX upload_unattached ON upload (created_at) WHERE attached_at IS NULL;

ALTER TABLE expense ADD CONSTRAINT expense_receipt FOREIGN KEY (receipt_upload_id) REFERENCES upload (id);
ALTER TABLE transaction_party ADD COLUMN receipt_upload_id TEXT REFERENCES upload (id);

-- Background jobs share one shape of lease: a PENDING job is run by whoever holds an unexpired
-- lease (lease_owner, lease_until); an instance that dies leaves the lease to expire and another
-- takes the job over. Every write of a job's effect is fenced by "WHERE lease_owner = me".

-- A bank-file import. Progress (records_done and the counts) is committed in the same
-- transaction as each batch of expenses, so a resumed job continues exactly where the last
-- commit left it; expense_owner_import_key makes a line impossible to create twice anyway.
CREATE TABLE import_job (
    id              TEXT        PRIMARY KEY,
    owner_id        TEXT        NOT NULL,
    upload_id       TEXT        REFERENCES upload (id) ON DELETE SET NULL,  -- the file is swept a day on
    format          TEXT        NOT NULL CHECK (format IN ('CSV', 'OFX')),
    currency        CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    date_column     TEXT,
    amount_column   TEXT,
    merchant_column TEXT,
    date_format     TEXT,
    status          TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
    records_done    INT         NOT NULL DEFAULT 0,
    created         INT         NOT NULL DEFAULT 0,
    duplicates      INT         NOT NULL DEFAULT 0,
    skipped         INT         NOT NULL DEFAULT 0,
    categorized     INT         NOT NULL DEFAULT 0,
    error_count     INT         NOT NULL DEFAULT 0,
    errors          JSONB       NOT NULL DEFAULT '[]',   -- the first 100 [{line, message}]
    failure         TEXT,
    attempts        INT         NOT NULL DEFAULT 0,
    lease_owner     TEXT,
    lease_until     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    finished_at     TIMESTAMPTZ
);
CREATE INDEX import_job_owner ON import_job (owner_id, created_at DESC, id DESC);
CREATE INDEX import_job_pending ON import_job (created_at) WHERE status = 'PENDING';

-- A statement export: written to statements/<owner>/<id>.<format> with a multipart upload.
CREATE TABLE statement_job (
    id          TEXT        PRIMARY KEY,
    owner_id    TEXT        NOT NULL,
    wallet_id   UUID        NOT NULL REFERENCES account (id),
    from_time   TIMESTAMPTZ NOT NULL,
    to_time     TIMESTAMPTZ NOT NULL,
    format      TEXT        NOT NULL CHECK (format IN ('CSV', 'JSON')),
    status      TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'READY', 'FAILED')),
    object_key  TEXT        NOT NULL,
    rows        BIGINT,
    size        BIGINT,
    failure     TEXT,
    attempts    INT         NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    finished_at TIMESTAMPTZ,
    CHECK (from_time < to_time)
);
CREATE INDEX statement_job_owner ON statement_job (owner_id, created_at DESC, id DESC);
CREATE INDEX statement_job_pending ON statement_job (created_at) WHERE status = 'PENDING';
