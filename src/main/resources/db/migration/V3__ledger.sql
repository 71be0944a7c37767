-- Double-entry ledger (issue #4). Invariants the database enforces whatever the code does:
--  * a wallet's balance and available balance (balance - held) never go below zero (CHECKs);
--  * a wallet's balance changes only through ledger entries (trigger ledger_entry_apply), so it
--    always equals the sum of its entries, and every entry records the balance after it;
--  * the entries of a transaction sum to zero (deferred constraint trigger, checked at commit);
--  * entries are append-only; a transaction is reversed at most once (UNIQUE reversal_of).

-- Accounts: user wallets and the internal system accounts (one per kind and currency). System
-- accounts keep no stored balance (their balance is the sum of their entries) so that they are
-- never a hot row every deposit would have to lock.
CREATE TABLE account (
    id         UUID        PRIMARY KEY,
    kind       TEXT        NOT NULL CHECK (kind IN ('WALLET', 'FUNDING', 'PAYOUTS', 'MERCHANT_SETTLEMENT')),
    owner_id   TEXT,
    name       TEXT,
    currency   CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status     TEXT        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'FROZEN', 'CLOSED')),
    balance    BIGINT      NOT NULL DEFAULT 0,
    held       BIGINT      NOT NULL DEFAULT 0,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT account_wallet_has_owner CHECK (kind <> 'WALLET' OR owner_id IS NOT NULL),
    CONSTRAINT account_balance_not_negative CHECK (kind <> 'WALLET' OR balance >= 0),
    CONSTRAINT account_held_not_negative CHECK (held >= 0),
    CONSTRAINT account_available_not_negative CHECK (kind <> 'WALLET' OR balance - held >= 0),
    CONSTRAINT account_system_no_stored_balance CHECK (kind = 'WALLET' OR (balance = 0 AND held = 0))
);
CREATE UNIQUE INDEX account_system_per_currency ON account (kind, currency) WHERE kind <> 'WALLET';
CREATE INDEX account_owner ON account (owner_id, currency, created_at, id) WHERE kind = 'WALLET';

CREATE TABLE ledger_transaction (
    id                    UUID        PRIMARY KEY,
    type                  TEXT        NOT NULL CHECK (type IN ('DEPOSIT', 'WITHDRAWAL', 'TRANSFER', 'PAYMENT', 'REVERSAL')),
    status                TEXT        NOT NULL CHECK (status IN ('COMPLETED', 'PENDING', 'VOIDED')),
    amount                BIGINT      NOT NULL CHECK (amount > 0),
    currency              CHAR(3)     NOT NULL,
    source_wallet_id      UUID        REFERENCES account (id),
    destination_wallet_id UUID        REFERENCES account (id),
    merchant              TEXT,
    description           TEXT,
    category              TEXT,
    reference             TEXT,
    reversal_of           UUID        UNIQUE REFERENCES ledger_transaction (id),
    created_by            TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    CHECK (source_wallet_id IS NULL OR destination_wallet_id IS NULL OR source_wallet_id <> destination_wallet_id)
);
-- Daily outgoing totals are kept in wallet_daily_outgoing; these serve lookups by wallet.
CREATE INDEX ledger_transaction_source ON ledger_transaction (source_wallet_id, created_at);
CREATE INDEX ledger_transaction_destination ON ledger_transaction (destination_wallet_id, created_at);

CREATE TABLE ledger_entry (
    id             BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id UUID        NOT NULL REFERENCES ledger_transaction (id),
    account_id     UUID        NOT NULL REFERENCES account (id),
    amount         BIGINT      NOT NULL CHECK (amount <> 0),
    currency       CHAR(3)     NOT NULL,
    balance_after  BIGINT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
-- Statement lines of one wallet, newest first, keyset on (created_at, id).
CREATE INDEX ledger_entry_account_time ON ledger_entry (account_id, created_at DESC, id DESC);
CREATE INDEX ledger_entry_transaction ON ledger_entry (transaction_id);

-- The only writer of wallet balances: each entry moves its wallet's balance and records the result.
-- The account row was locked by the application (SELECT ... FOR NO KEY UPDATE, sorted ids) before.
CREATE FUNCTION ledger_entry_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    account_currency CHAR(3);
    account_kind TEXT;
BEGIN
    SELECT currency, kind INTO account_currency, account_kind FROM account WHERE id = NEW.account_id;
    IF account_currency IS DISTINCT FROM NEW.currency THEN
        RAISE EXCEPTION 'entry currency % differs from account currency %', NEW.currency, account_currency
            USING ERRCODE = 'check_violation';
    END IF;
    IF account_kind = 'WALLET' THEN
        UPDATE account
           SET balance = balance + NEW.amount, version = version + 1, updated_at = clock_timestamp()
         WHERE id = NEW.account_id
        RETURNING balance INTO NEW.balance_after;
    ELSE
        NEW.balance_after := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ledger_entry_apply BEFORE INSERT ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_apply();

CREATE FUNCTION ledger_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are append-only' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER ledger_entry_immutable BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_immutable();

-- Balanced: checked at commit, once per inserted entry, over the (indexed) entries of its transaction.
CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total NUMERIC;
BEGIN
    SELECT coalesce(sum(amount), 0) INTO total FROM ledger_entry WHERE transaction_id = NEW.transaction_id;
    IF total <> 0 THEN
        RAISE EXCEPTION 'entries of transaction % sum to % instead of 0', NEW.transaction_id, total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_transaction_balanced AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced();

-- One row per party (owner) of a transaction: what a user may see, and their own annotations
-- (sender and receiver categorise independently). Serves GET /transactions keyset paging.
CREATE TABLE transaction_party (
    transaction_id UUID        NOT NULL REFERENCES ledger_transaction (id),
    owner_id       TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    category       TEXT,
    note           TEXT,
    tags           TEXT[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (transaction_id, owner_id)
);
CREATE INDEX transaction_party_owner_time ON transaction_party (owner_id, created_at DESC, transaction_id DESC);

-- Authorisation holds of capture:false payments. wallet.held = sum of OPEN holds (reconciled).
CREATE TABLE hold (
    transaction_id  UUID        PRIMARY KEY REFERENCES ledger_transaction (id),
    wallet_id       UUID        NOT NULL REFERENCES account (id),
    amount          BIGINT      NOT NULL CHECK (amount > 0),
    captured_amount BIGINT      CHECK (captured_amount IS NULL OR (captured_amount > 0 AND captured_amount <= amount)),
    status          TEXT        NOT NULL CHECK (status IN ('OPEN', 'CAPTURED', 'VOIDED', 'EXPIRED')),
    day             DATE        NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX hold_open_expiry ON hold (expires_at) WHERE status = 'OPEN';
CREATE INDEX hold_wallet_open ON hold (wallet_id) WHERE status = 'OPEN';

-- Outgoing total per wallet per UTC day, maintained under the wallet's row lock.
CREATE TABLE wallet_daily_outgoing (
    wallet_id UUID   NOT NULL REFERENCES account (id),
    day       DATE   NOT NULL,
    total     BIGINT NOT NULL CHECK (total >= 0),
    PRIMARY KEY (wallet_id, day)
);

-- Idempotency: an IN_PROGRESS claim carries an owner token and a lease; the effect's transaction
-- completes the record only while it still owns it, so a claim taken over after a crash can never
-- produce a second effect.
ALTER TABLE idempotency_record ADD COLUMN owner_token UUID;
ALTER TABLE idempotency_record ADD COLUMN lease_until TIMESTAMPTZ;
