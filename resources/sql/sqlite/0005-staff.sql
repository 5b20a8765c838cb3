-- Staff: users with roles and hashed PINs, hold codes (house seats), hold extension, terminal settings and
-- cash drawer sessions for the end-of-day close-out.

-- A PIN is kept only as a salted PBKDF2-SHA256 digest. failed_pins and locked_until_ms hold off guessing.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'organizer', 'admin')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    pin_salt TEXT NOT NULL,
    pin_hash TEXT NOT NULL,
    pin_iterations INTEGER NOT NULL CHECK (pin_iterations > 0),
    failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
    locked_until_ms BIGINT NOT NULL DEFAULT 0,
    created_at_ms BIGINT NOT NULL
);

-- Named reasons to keep seats back (press, promoter, wheelchair reserve) and the roles that may sell them.
CREATE TABLE hold_codes (
    code TEXT PRIMARY KEY CHECK (length(code) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    roles TEXT NOT NULL,
    created_at_ms BIGINT NOT NULL
);

-- A seat under a hold code is 'blocked' while nobody holds it, and goes back to 'blocked' (not
-- 'available') when a hold on it is released, expires or its order is cancelled or refunded. Standing
-- places carry the column for symmetry of the shared claim condition; they are never put under a code.
ALTER TABLE show_seats ADD COLUMN hold_code TEXT REFERENCES hold_codes(code);

ALTER TABLE ga_units ADD COLUMN hold_code TEXT REFERENCES hold_codes(code);

-- A hold may be extended once (by a supervisor).
ALTER TABLE holds ADD COLUMN extended_at_ms BIGINT;

-- Store-wide settings the terminals read (hold_time_ms, ...).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);

-- A cash drawer session per terminal and clerk: opened with a float, closed once with the counted cash.
-- expected = float + cash taken - cash paid back during the session, variance = counted - expected.
CREATE TABLE drawer_sessions (
    id INTEGER PRIMARY KEY,
    terminal TEXT NOT NULL CHECK (length(terminal) > 0),
    clerk TEXT NOT NULL CHECK (length(clerk) > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    float_minor BIGINT NOT NULL CHECK (float_minor >= 0),
    opened_at_ms BIGINT NOT NULL,
    opened_by TEXT NOT NULL,
    closed_at_ms BIGINT,
    closed_by TEXT,
    cash_sales_minor BIGINT,
    cash_refunds_minor BIGINT,
    expected_minor BIGINT,
    counted_minor BIGINT CHECK (counted_minor IS NULL OR counted_minor >= 0),
    variance_minor BIGINT,
    CHECK ((closed_at_ms IS NULL) = (counted_minor IS NULL)),
    CHECK (counted_minor IS NULL OR
           (expected_minor = float_minor + cash_sales_minor - cash_refunds_minor AND
            variance_minor = counted_minor - expected_minor))
);

CREATE UNIQUE INDEX drawer_sessions_one_open ON drawer_sessions (terminal, clerk) WHERE closed_at_ms IS NULL;

CREATE INDEX payments_terminal_time ON payments (terminal, actor, created_at_ms);
