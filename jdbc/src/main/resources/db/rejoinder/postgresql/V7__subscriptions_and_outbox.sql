-- Rejoinder schema, version 7, for PostgreSQL: readers' subscriptions and the outbox.
--
-- A subscription asks for replies to one comment (scope REPLIES, comment_id set) or for every
-- comment on a post (scope POST); a guest's waits as PENDING until its address confirms it. Its
-- id is random, so storage order is kept by seq. The address is also kept in lower case, so that
-- a reader's subscriptions are found by address.
--
-- The outbox holds one row per message to send, written in the same transaction as the comment
-- or approval that causes it. notification_key is the idempotency key: a message is stored once.
-- A sender reads due rows (state DUE, next_attempt_at passed) through rejoinder_outbox_due and
-- marks each SENT, or GAVE_UP after its last failed attempt.
--
-- A reader's personal data is found and erased by address and by key: reports by their reporter,
-- revisions by their editor, as the audit trail by its actor already is.
--
-- Every statement is idempotent, like those of V1.

CREATE TABLE IF NOT EXISTS rejoinder_subscription (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id VARCHAR(22) NOT NULL,
  email VARCHAR(100) NOT NULL,
  email_lower VARCHAR(100) NOT NULL,
  post_id VARCHAR(200) NOT NULL,
  scope VARCHAR(8) NOT NULL CONSTRAINT rejoinder_subscription_scope CHECK (scope IN ('REPLIES', 'POST')),
  comment_id BIGINT,
  status VARCHAR(8) NOT NULL CONSTRAINT rejoinder_subscription_status CHECK (status IN ('PENDING', 'ACTIVE')),
  created_at TIMESTAMPTZ NOT NULL,
  CONSTRAINT rejoinder_subscription_id UNIQUE (id),
  CONSTRAINT rejoinder_subscription_post FOREIGN KEY (post_id) REFERENCES rejoinder_post (id)
);
CREATE INDEX IF NOT EXISTS rejoinder_subscription_by_post ON rejoinder_subscription (post_id, status, seq);
CREATE INDEX IF NOT EXISTS rejoinder_subscription_by_email ON rejoinder_subscription (email_lower);

CREATE TABLE IF NOT EXISTS rejoinder_outbox (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  notification_key VARCHAR(200) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  recipient VARCHAR(100) NOT NULL,
  subscription_id VARCHAR(22),
  post_id VARCHAR(200) NOT NULL,
  comment_id BIGINT,
  created_at TIMESTAMPTZ NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  last_error VARCHAR(500),
  state VARCHAR(8) NOT NULL CONSTRAINT rejoinder_outbox_state CHECK (state IN ('DUE', 'SENT', 'GAVE_UP')),
  sent_at TIMESTAMPTZ,
  CONSTRAINT rejoinder_outbox_key UNIQUE (notification_key)
);
CREATE INDEX IF NOT EXISTS rejoinder_outbox_due ON rejoinder_outbox (state, next_attempt_at, seq);

CREATE INDEX IF NOT EXISTS rejoinder_report_by_reporter ON rejoinder_report (reporter_key);
CREATE INDEX IF NOT EXISTS rejoinder_revision_by_editor ON rejoinder_revision (editor_key);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 7, 'subscriptions and the outbox of notifications' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 7);
