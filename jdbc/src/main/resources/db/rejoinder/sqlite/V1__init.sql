-- Rejoinder schema, version 1, for SQLite 3.35 or newer.
--
-- The same tables, columns and indexes as the H2 and PostgreSQL scripts (see their comments),
-- in SQLite's types: times are INTEGER milliseconds since the epoch (UTC), which order and
-- compare as the times do; text is TEXT, its sizes checked where the model's limits matter;
-- sequence columns are SQLite's AUTOINCREMENT row ids, never reused. Foreign keys are declared
-- with their tables and enforced when the connection has foreign_keys on.
--
-- The store runs the whole script in one transaction (SQLite's DDL is transactional); its
-- statements are idempotent like those of the other scripts. Usable as is by Flyway
-- (classpath:db/rejoinder/sqlite).

CREATE TABLE IF NOT EXISTS rejoinder_schema_version (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  installed_at INTEGER DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) NOT NULL
);

CREATE TABLE IF NOT EXISTS rejoinder_post (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL,
  author_kind TEXT NOT NULL,
  author_ref TEXT,
  author_provider TEXT,
  author_provider_name TEXT,
  author_name TEXT NOT NULL,
  author_email TEXT,
  author_url TEXT,
  published_at INTEGER NOT NULL,
  comment_status TEXT NOT NULL,
  comment_status_days INTEGER NOT NULL,
  response_count INTEGER DEFAULT 0 NOT NULL,
  thread_count INTEGER DEFAULT 0 NOT NULL,
  CONSTRAINT rejoinder_post_author_kind CHECK (author_kind IN ('GUEST', 'USER', 'EXTERNAL'))
);

CREATE TABLE IF NOT EXISTS rejoinder_comment (
  id INTEGER PRIMARY KEY NOT NULL,
  post_id TEXT NOT NULL,
  parent_id INTEGER,
  root_id INTEGER NOT NULL,
  depth INTEGER NOT NULL,
  author_kind TEXT NOT NULL,
  author_ref TEXT,
  author_provider TEXT,
  author_provider_name TEXT,
  author_name TEXT NOT NULL,
  author_email TEXT,
  author_url TEXT,
  author_key TEXT NOT NULL,
  author_email_lower TEXT,
  body TEXT NOT NULL CONSTRAINT rejoinder_comment_body CHECK (length(body) <= 65525),
  body_format TEXT NOT NULL,
  state TEXT NOT NULL,
  version INTEGER NOT NULL,
  client_ip TEXT,
  client_user_agent TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  edited_at INTEGER,
  CONSTRAINT rejoinder_comment_post FOREIGN KEY (post_id) REFERENCES rejoinder_post (id),
  CONSTRAINT rejoinder_comment_parent FOREIGN KEY (parent_id) REFERENCES rejoinder_comment (id),
  CONSTRAINT rejoinder_comment_state CHECK (state IN ('PENDING', 'APPROVED', 'SPAM', 'TRASH', 'PURGED')),
  CONSTRAINT rejoinder_comment_tree CHECK (depth >= 1 AND (parent_id IS NULL) = (depth = 1)),
  CONSTRAINT rejoinder_comment_version CHECK (version >= 1)
);

CREATE INDEX IF NOT EXISTS rejoinder_comment_by_post ON rejoinder_comment (post_id, created_at, id);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_root ON rejoinder_comment (root_id, created_at, id);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_parent ON rejoinder_comment (parent_id);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_author ON rejoinder_comment (author_key, created_at);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_author_post ON rejoinder_comment (author_key, post_id, state);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_email ON rejoinder_comment (author_email_lower, created_at);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_ip ON rejoinder_comment (client_ip, created_at);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_state ON rejoinder_comment (state, updated_at);

CREATE TABLE IF NOT EXISTS rejoinder_thread (
  root_id INTEGER PRIMARY KEY NOT NULL,
  post_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  approved INTEGER DEFAULT 0 NOT NULL,
  -- The thread's post is its top-level comment's, which has the foreign key.
  CONSTRAINT rejoinder_thread_root FOREIGN KEY (root_id) REFERENCES rejoinder_comment (id)
);

-- approved is in the index, after the order, so that skipping to a page far into a large post
-- and summing the responses before it read the index alone, not every skipped thread's row.
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_post ON rejoinder_thread (post_id, created_at, root_id, approved);

-- seq is the order entries were stored in, on every comment: it orders one actor's entries
-- made in the same millisecond.
CREATE TABLE IF NOT EXISTS rejoinder_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  comment_id INTEGER NOT NULL,
  comment_version INTEGER NOT NULL,
  changed_at INTEGER NOT NULL,
  actor_key TEXT,
  actor_role TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  reason TEXT NOT NULL,
  CONSTRAINT rejoinder_audit_version UNIQUE (comment_id, comment_version),
  CONSTRAINT rejoinder_audit_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id)
);

CREATE INDEX IF NOT EXISTS rejoinder_audit_by_actor ON rejoinder_audit (actor_key, changed_at DESC, seq DESC);

-- One row per edit, keyed like the audit trail by the comment version the edit produced.
CREATE TABLE IF NOT EXISTS rejoinder_revision (
  comment_id INTEGER NOT NULL,
  comment_version INTEGER NOT NULL,
  edited_at INTEGER NOT NULL,
  editor_key TEXT,
  editor_role TEXT NOT NULL,
  previous_body TEXT NOT NULL CONSTRAINT rejoinder_revision_body CHECK (length(previous_body) <= 65525),
  previous_format TEXT NOT NULL,
  PRIMARY KEY (comment_id, comment_version),
  CONSTRAINT rejoinder_revision_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id)
);

-- One report per reader and comment: the unique key makes concurrent reports store one.
CREATE TABLE IF NOT EXISTS rejoinder_report (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  comment_id INTEGER NOT NULL,
  reporter_key TEXT NOT NULL,
  reported_at INTEGER NOT NULL,
  reason TEXT NOT NULL,
  CONSTRAINT rejoinder_report_once UNIQUE (comment_id, reporter_key),
  CONSTRAINT rejoinder_report_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id)
);

CREATE TABLE IF NOT EXISTS rejoinder_id (
  name TEXT PRIMARY KEY NOT NULL,
  last_id INTEGER NOT NULL
);

INSERT INTO rejoinder_id (name, last_id)
  SELECT 'comment', 0
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_id WHERE name = 'comment');

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 1, 'posts, comment trees, thread counters, audit trail, revisions, reports, comment ids'
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 1);
