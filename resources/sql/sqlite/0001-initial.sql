-- Parterre schema, version 1 (SQLite). One statement per block; blocks end with a semicolon at a line end.
-- The database backs the seat state machine: CHECKs on states and amounts, foreign keys, and a partial
-- unique index that allows at most one active order item per show and seat.

CREATE TABLE venues (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    city TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'UTC'
);

CREATE TABLE seat_maps (
    id INTEGER PRIMARY KEY,
    venue_id INTEGER NOT NULL REFERENCES venues(id),
    version INTEGER NOT NULL CHECK (version > 0),
    name TEXT NOT NULL,
    document TEXT NOT NULL,
    seat_count INTEGER NOT NULL CHECK (seat_count >= 0),
    created_at_ms INTEGER NOT NULL,
    UNIQUE (venue_id, version)
);

CREATE TABLE map_seats (
    seat_map_id INTEGER NOT NULL REFERENCES seat_maps(id),
    seat_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    section_name TEXT NOT NULL,
    row_label TEXT NOT NULL,
    label TEXT NOT NULL,
    category_id TEXT NOT NULL,
    flags INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (seat_map_id, seat_id)
);

CREATE TABLE map_ga_areas (
    seat_map_id INTEGER NOT NULL REFERENCES seat_maps(id),
    area_id TEXT NOT NULL,
    name TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    category_id TEXT NOT NULL,
    PRIMARY KEY (seat_map_id, area_id)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    performer TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL
);

CREATE TABLE shows (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    seat_map_id INTEGER NOT NULL REFERENCES seat_maps(id),
    starts_at_ms INTEGER NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    created_at_ms INTEGER NOT NULL
);

CREATE TABLE show_prices (
    show_id INTEGER NOT NULL REFERENCES shows(id),
    category_id TEXT NOT NULL,
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    PRIMARY KEY (show_id, category_id)
);

CREATE TABLE holds (
    id INTEGER PRIMARY KEY,
    show_id INTEGER NOT NULL REFERENCES shows(id),
    status TEXT NOT NULL CHECK (status IN ('active', 'released', 'expired', 'ordered')),
    created_at_ms INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL,
    actor TEXT NOT NULL,
    terminal TEXT NOT NULL,
    CHECK (expires_at_ms > created_at_ms)
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    show_id INTEGER NOT NULL REFERENCES shows(id),
    hold_id INTEGER NOT NULL UNIQUE REFERENCES holds(id),
    status TEXT NOT NULL
        CHECK (status IN ('pending_payment', 'confirmed', 'cancelled', 'refunded', 'partially_refunded')),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
    customer_name TEXT NOT NULL DEFAULT '',
    customer_email TEXT NOT NULL DEFAULT '',
    customer_phone TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL,
    confirmed_at_ms INTEGER,
    actor TEXT NOT NULL,
    terminal TEXT NOT NULL
);

CREATE TABLE show_seats (
    show_id INTEGER NOT NULL REFERENCES shows(id),
    seat_id TEXT NOT NULL,
    category_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'held', 'sold', 'blocked')),
    version INTEGER NOT NULL DEFAULT 0,
    hold_id INTEGER REFERENCES holds(id),
    held_until_ms INTEGER,
    order_id INTEGER REFERENCES orders(id),
    PRIMARY KEY (show_id, seat_id),
    CHECK ((status = 'held') = (hold_id IS NOT NULL AND held_until_ms IS NOT NULL)),
    CHECK (status IN ('held', 'sold') OR order_id IS NULL),
    CHECK (status <> 'sold' OR order_id IS NOT NULL)
);

CREATE INDEX show_seats_hold ON show_seats (hold_id) WHERE hold_id IS NOT NULL;

CREATE INDEX show_seats_order ON show_seats (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE ga_units (
    show_id INTEGER NOT NULL REFERENCES shows(id),
    area_id TEXT NOT NULL,
    unit_no INTEGER NOT NULL CHECK (unit_no > 0),
    category_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'held', 'sold', 'blocked')),
    version INTEGER NOT NULL DEFAULT 0,
    hold_id INTEGER REFERENCES holds(id),
    held_until_ms INTEGER,
    order_id INTEGER REFERENCES orders(id),
    PRIMARY KEY (show_id, area_id, unit_no),
    CHECK ((status = 'held') = (hold_id IS NOT NULL AND held_until_ms IS NOT NULL)),
    CHECK (status IN ('held', 'sold') OR order_id IS NULL),
    CHECK (status <> 'sold' OR order_id IS NOT NULL)
);

CREATE INDEX ga_units_hold ON ga_units (hold_id) WHERE hold_id IS NOT NULL;

CREATE INDEX ga_units_order ON ga_units (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE hold_items (
    hold_id INTEGER NOT NULL REFERENCES holds(id),
    show_id INTEGER NOT NULL REFERENCES shows(id),
    seat_id TEXT,
    ga_area_id TEXT,
    ga_unit_no INTEGER,
    CHECK ((seat_id IS NULL) <> (ga_area_id IS NULL AND ga_unit_no IS NULL) AND
           (ga_area_id IS NULL) = (ga_unit_no IS NULL))
);

CREATE INDEX hold_items_hold ON hold_items (hold_id);

CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    show_id INTEGER NOT NULL REFERENCES shows(id),
    seat_id TEXT,
    ga_area_id TEXT,
    ga_unit_no INTEGER,
    category_id TEXT NOT NULL,
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    status TEXT NOT NULL CHECK (status IN ('active', 'refunded', 'void')),
    ticket_code TEXT UNIQUE,
    CHECK ((seat_id IS NULL) <> (ga_area_id IS NULL AND ga_unit_no IS NULL) AND
           (ga_area_id IS NULL) = (ga_unit_no IS NULL))
);

CREATE INDEX order_items_order ON order_items (order_id);

CREATE UNIQUE INDEX order_items_one_active_seat ON order_items (show_id, seat_id)
    WHERE status = 'active' AND seat_id IS NOT NULL;

CREATE UNIQUE INDEX order_items_one_active_unit ON order_items (show_id, ga_area_id, ga_unit_no)
    WHERE status = 'active' AND ga_area_id IS NOT NULL;

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    kind TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
    method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'comp')),
    status TEXT NOT NULL
        CHECK (status IN ('requires_action', 'processing', 'succeeded', 'failed', 'refunded')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    tendered_minor INTEGER NOT NULL DEFAULT 0 CHECK (tendered_minor >= 0),
    change_minor INTEGER NOT NULL DEFAULT 0 CHECK (change_minor >= 0),
    reason TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL,
    actor TEXT NOT NULL,
    terminal TEXT NOT NULL,
    CHECK (method <> 'comp' OR length(reason) > 0),
    CHECK (tendered_minor = 0 OR tendered_minor = amount_minor + change_minor)
);

CREATE INDEX payments_order ON payments (order_id);

CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    operation TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY, -- rows are never deleted, so rowids are never reused
    show_id INTEGER NOT NULL,
    seat_id TEXT,
    ga_area_id TEXT,
    ga_unit_no INTEGER,
    status TEXT NOT NULL CHECK (status IN ('available', 'held', 'sold', 'blocked')),
    version INTEGER NOT NULL,
    at_ms INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    actor TEXT NOT NULL,
    terminal TEXT NOT NULL,
    action TEXT NOT NULL,
    show_id INTEGER,
    details TEXT NOT NULL DEFAULT '{}'
);
