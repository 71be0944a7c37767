-- Transactional outbox of the transaction log (issue #6): the ledger inserts one row per committed
-- transaction inside its own database transaction; the shipper uploads batches to S3.

CREATE TABLE audit_outbox (
    seq            BIGSERIAL   PRIMARY KEY,
    transaction_id TEXT        NOT NULL,
    status         TEXT        NOT NULL,                -- PENDING, COMPLETED or VOIDED: one record per state
    payload        JSON        NOT NULL,                -- one JSON Lines record, stored verbatim
    created_at     TIMESTAMPTZ NOT NULL,                -- the transaction's createdAt (drives dt=/hr=)
    enqueued_at    TIMESTAMPTZ NOT NULL DEFAULT now(),  -- when the row was written (drives lag)
    object_key     TEXT,                                -- set when a shipper claims the row into a batch
    shipped_at     TIMESTAMPTZ,                         -- set in the same transaction as the upload ends
    CHECK (shipped_at IS NULL OR object_key IS NOT NULL),
    UNIQUE (transaction_id, status)
);

-- The shipper's work queue: pending rows in sequence order, small however large the table grows.
CREATE INDEX audit_outbox_pending ON audit_outbox (seq) WHERE shipped_at IS NULL;
CREATE INDEX audit_outbox_batch ON audit_outbox (object_key) WHERE shipped_at IS NULL;
CREATE INDEX audit_outbox_shipped_at ON audit_outbox (shipped_at) WHERE shipped_at IS NOT NULL;

-- Totals that outlive pruning, updated in the transaction that marks a batch shipped.
CREATE TABLE audit_shipping_state (
    id              SMALLINT    PRIMARY KEY CHECK (id = 1),
    shipped_records BIGINT      NOT NULL DEFAULT 0,
    shipped_objects BIGINT      NOT NULL DEFAULT 0,
    last_object_key TEXT,
    last_shipped_at TIMESTAMPTZ
);
INSERT INTO audit_shipping_state (id) VALUES (1);
