-- Rejoinder schema, version 8, for H2 2.x: digests.
--
-- A subscription's delivery says when its notifications are sent: IMMEDIATE (each at once, as
-- before), HOURLY or DAILY (held, then gathered into one message). A held notification is an
-- outbox row whose next_attempt_at is the end of its hour or day; the sender reads a
-- subscription's rows due at the same instant together, through rejoinder_outbox_by_subscription.
--
-- Every statement is idempotent, like those of V1.

ALTER TABLE rejoinder_subscription ADD COLUMN IF NOT EXISTS delivery VARCHAR(9) DEFAULT 'IMMEDIATE' NOT NULL
  CHECK (delivery IN ('IMMEDIATE', 'HOURLY', 'DAILY'));
CREATE INDEX IF NOT EXISTS rejoinder_outbox_by_subscription
  ON rejoinder_outbox (subscription_id, state, next_attempt_at, seq);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 8, 'digests' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 8);
