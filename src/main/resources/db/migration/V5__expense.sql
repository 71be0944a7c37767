-- Expense tracking (docs/expenses.md): categories, manual expenses, budgets with their limit
-- history, categorisation rules, and the one definition of spending every report reads.
-- Ids of this context are opaque UUID strings (TEXT), as the contract's ids are strings.

-- Built-in categories (owner_id NULL, id = name) for everyone, plus each caller's own.
CREATE TABLE category (
    id         TEXT        PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    owner_id   TEXT,
    name       TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    color      TEXT        CHECK (color IS NULL OR color ~ '^#[0-9a-fA-F]{6}$'),
    created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
-- Names are unique per caller and never shadow a built-in one (checked by the service against
-- the built-ins, enforced here per owner; case-insensitively).
CREATE UNIQUE INDEX category_owner_name ON category (coalesce(owner_id, ''), lower(name));
INSERT INTO category (id, owner_id, name, color) VALUES
    ('groceries', NULL, 'groceries', '#4caf50'),
    ('dining', NULL, 'dining', '#ff9800'),
    ('transport', NULL, 'transport', '#2196f3'),
    ('housing', NULL, 'housing', '#795548'),
    ('utilities', NULL, 'utilities', '#607d8b'),
    ('health', NULL, 'health', '#e91e63'),
    ('entertainment', NULL, 'entertainment', '#9c27b0'),
    ('shopping', NULL, 'shopping', '#00bcd4'),
    ('travel', NULL, 'travel', '#3f51b5'),
    ('income', NULL, 'income', '#8bc34a'),
    ('other', NULL, 'other', '#9e9e9e');

-- Manual expenses (cash, cards elsewhere): spending that never touches a wallet or the ledger.
CREATE TABLE expense (
    id                TEXT        PRIMARY KEY,
    owner_id          TEXT        NOT NULL,
    amount            BIGINT      NOT NULL CHECK (amount > 0),
    currency          CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    category          TEXT        NOT NULL,
    merchant          TEXT,
    note              TEXT,
    spent_at          TIMESTAMPTZ NOT NULL,
    receipt_upload_id TEXT,
    import_key        TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
-- The list (newest first, keyset on spent_at, id) and every per-month report of one owner.
CREATE INDEX expense_owner_time ON expense (owner_id, spent_at DESC, id DESC);
-- An imported bank line is created at most once per owner, however often its file is imported.
CREATE UNIQUE INDEX expense_owner_import_key ON expense (owner_id, import_key) WHERE import_key IS NOT NULL;

CREATE TABLE expense_tag (
    expense_id TEXT NOT NULL REFERENCES expense (id) ON DELETE CASCADE,
    tag        TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
    PRIMARY KEY (expense_id, tag)
);

-- A budget per (owner, category, currency); its limit and rollover mode may change, each change
-- effective from a month on (budget_period), so the carry chain of past months stays exact.
CREATE TABLE budget (
    owner_id    TEXT        NOT NULL,
    category    TEXT        NOT NULL,
    currency    CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    start_month DATE        NOT NULL CHECK (extract(day FROM start_month) = 1),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (owner_id, category, currency)
);
CREATE TABLE budget_period (
    owner_id      TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    currency      CHAR(3) NOT NULL,
    from_month    DATE    NOT NULL CHECK (extract(day FROM from_month) = 1),
    monthly_limit BIGINT  NOT NULL CHECK (monthly_limit > 0),
    rollover      TEXT    NOT NULL CHECK (rollover IN ('NONE', 'SURPLUS', 'FULL')),
    PRIMARY KEY (owner_id, category, currency, from_month),
    FOREIGN KEY (owner_id, category, currency) REFERENCES budget (owner_id, category, currency)
        ON DELETE CASCADE ON UPDATE CASCADE
);

-- Auto-categorisation: the first matching rule (lowest priority, then oldest) sets the category
-- of a line that arrives without one.
CREATE TABLE category_rule (
    id                   TEXT        PRIMARY KEY,
    owner_id             TEXT        NOT NULL,
    name                 TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    merchant_contains    TEXT,
    description_contains TEXT,
    min_amount           BIGINT      CHECK (min_amount IS NULL OR min_amount > 0),
    max_amount           BIGINT      CHECK (max_amount IS NULL OR max_amount > 0),
    category             TEXT        NOT NULL,
    priority             INTEGER     NOT NULL DEFAULT 100 CHECK (priority BETWEEN 0 AND 1000000),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    CHECK (merchant_contains IS NOT NULL OR description_contains IS NOT NULL
           OR min_amount IS NOT NULL OR max_amount IS NOT NULL),
    CHECK (min_amount IS NULL OR max_amount IS NULL OR min_amount <= max_amount)
);
CREATE INDEX category_rule_owner ON category_rule (owner_id, priority, created_at, id);

-- Spending, defined once: captured payments, outgoing transfers to someone else and withdrawals
-- that were not reversed, on the spender's side and in the spender's category for it, plus
-- manual expenses. A PENDING hold is not spending; a captured one counts with the captured amount
-- (ledger_transaction.amount after capture); a voided or expired one never does. Reports,
-- budgets and the drill-down all read this view, so a figure always equals the sum of its lines.
CREATE VIEW spending_line AS
SELECT 'TRANSACTION'::text               AS kind,
       t.id::text                        AS id,
       p.owner_id                        AS owner_id,
       t.amount                          AS amount,
       t.currency::text                  AS currency,
       coalesce(p.category, 'other')     AS category,
       t.merchant                        AS merchant,
       t.description                     AS description,
       p.created_at                      AS occurred_at
  FROM transaction_party p
  JOIN ledger_transaction t ON t.id = p.transaction_id
  JOIN account source ON source.id = t.source_wallet_id AND source.owner_id = p.owner_id
 WHERE t.status = 'COMPLETED'
   AND t.type IN ('PAYMENT', 'TRANSFER', 'WITHDRAWAL')
   AND NOT EXISTS (SELECT 1 FROM ledger_transaction r WHERE r.reversal_of = t.id)
   AND NOT EXISTS (SELECT 1 FROM account d
                    WHERE d.id = t.destination_wallet_id AND d.owner_id = p.owner_id)
UNION ALL
SELECT 'EXPENSE'::text, e.id, e.owner_id, e.amount, e.currency::text, e.category, e.merchant, e.note, e.spent_at
  FROM expense e;
