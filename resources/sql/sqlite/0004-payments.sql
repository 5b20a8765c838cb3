-- Card payments and refunds are tracked by the key the card terminal knows them by, so that a timed-out
-- charge can be asked about later (reconciliation) and never charged twice. A refund names the payment it
-- gives money back from, so card refunds go back to the charge they came from. Orders are searched by a
-- case-folded copy of the customer's name.

ALTER TABLE payments ADD COLUMN provider_key TEXT;

ALTER TABLE payments ADD COLUMN provider_ref TEXT NOT NULL DEFAULT '';

ALTER TABLE payments ADD COLUMN refund_of INTEGER REFERENCES payments(id);

ALTER TABLE payments ADD COLUMN settled_at_ms INTEGER;

ALTER TABLE payments ADD COLUMN message TEXT NOT NULL DEFAULT '';

CREATE UNIQUE INDEX payments_provider_key ON payments (provider_key) WHERE provider_key IS NOT NULL;

CREATE INDEX payments_processing ON payments (created_at_ms) WHERE status = 'processing';

CREATE INDEX payments_refund_of ON payments (refund_of) WHERE refund_of IS NOT NULL;

ALTER TABLE orders ADD COLUMN customer_folded TEXT NOT NULL DEFAULT '';

UPDATE orders SET customer_folded = lower(customer_name);

CREATE INDEX orders_created ON orders (created_at_ms);
