-- Rejoinder schema, version 7, for SQLite: readers' subscriptions and the outbox.
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
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL,
  email TEXT NOT NULL,
  email_lower TEXT NOT NULL,
  post_id TEXT NOT NULL,
  scope TEXT NOT NULL CONSTRAINT rejoinder_subscription_scope CHECK (scope IN ('REPLIES', 'POST')),
  comment_id INTEGER,
  status TEXT NOT NULL CONSTRAINT rejoinder_subscription_status CHECK (status IN ('PENDING', 'ACTIVE')),
  created_at INTEGER NOT NULL,
  CONSTRAINT rejoinder_subscription_id UNIQUE (id),
  CONSTRAINT rejoinder_subscription_post FOREIGN KEY (post_id) REFERENCES rejoinder_post (id)
);
CREATE INDEX IF NOT EXISTS rejoinder_subscription_by_post ON rejoinder_subscription (post_id, status, seq);
CREATE INDEX IF NOT EXISTS rejoinder_subscription_by_email ON rejoinder_subscription (email_lower);

CREATE TABLE IF NOT EXISTS rejoinder_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  notification_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  recipient TEXT NOT NULL,
  subscription_id TEXT,
  post_id TEXT NOT NULL,
  comment_id INTEGER,
  created_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  state TEXT NOT NULL CONSTRAINT rejoinder_outbox_state CHECK (state IN ('DUE', 'SENT', 'GAVE_UP')),
  sent_at INTEGER,
  CONSTRAINT rejoinder_outbox_key UNIQUE (notification_key)
);
CREATE INDEX IF NOT EXISTS rejoinder_outbox_due ON rejoinder_outbox (state, next_attempt_at, seq);

CREATE INDEX IF NOT EXISTS rejoinder_report_by_reporter ON rejoinder_report (reporter_key);
CREATE INDEX IF NOT EXISTS rejoinder_revision_by_editor ON rejoinder_revision (editor_key);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 7, 'subscriptions and the outbox of notifications'
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 7);
