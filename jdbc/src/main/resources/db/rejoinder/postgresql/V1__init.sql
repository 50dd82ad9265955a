-- Rejoinder schema, version 1, for PostgreSQL 12 or newer.
--
-- Comments form trees: each row keeps its parent, the top-level comment of its thread (root_id)
-- and its depth, so that one page of top-level threads with all their replies is one indexed
-- query on root_id. rejoinder_thread keeps one row per top-level thread with the number of
-- approved comments in it, and rejoinder_post the post's totals; the store updates both in the
-- transaction of every write. rejoinder_audit, rejoinder_revision and rejoinder_report keep each
-- comment's state changes, edits and readers' reports; a purge deletes them with the comment, or
-- turns the comment into a tombstone (state PURGED, author and text erased) while replies remain.
-- Column sizes are those of org.rejoinder.model.Limits.
--
-- The store runs the whole script in one transaction; its statements are idempotent like those
-- of the H2 script. Usable as is by Flyway (classpath:db/rejoinder/postgresql).

CREATE TABLE IF NOT EXISTS rejoinder_schema_version (
  version INTEGER PRIMARY KEY,
  description VARCHAR(200) NOT NULL,
  installed_at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS rejoinder_post (
  id VARCHAR(200) PRIMARY KEY,
  title VARCHAR(1000) NOT NULL,
  author_kind VARCHAR(8) NOT NULL,
  author_ref VARCHAR(200),
  author_provider VARCHAR(64),
  author_provider_name VARCHAR(100),
  author_name VARCHAR(245) NOT NULL,
  author_email VARCHAR(100),
  author_url VARCHAR(200),
  published_at TIMESTAMPTZ NOT NULL,
  comment_status VARCHAR(20) NOT NULL,
  comment_status_days INTEGER NOT NULL,
  response_count INTEGER DEFAULT 0 NOT NULL,
  thread_count INTEGER DEFAULT 0 NOT NULL,
  CONSTRAINT rejoinder_post_author_kind CHECK (author_kind IN ('GUEST', 'USER', 'EXTERNAL'))
);

CREATE TABLE IF NOT EXISTS rejoinder_comment (
  id BIGINT PRIMARY KEY,
  post_id VARCHAR(200) NOT NULL,
  parent_id BIGINT,
  root_id BIGINT NOT NULL,
  depth INTEGER NOT NULL,
  author_kind VARCHAR(8) NOT NULL,
  author_ref VARCHAR(200),
  author_provider VARCHAR(64),
  author_provider_name VARCHAR(100),
  author_name VARCHAR(245) NOT NULL,
  author_email VARCHAR(100),
  author_url VARCHAR(200),
  author_key VARCHAR(300) NOT NULL,
  author_email_lower VARCHAR(100),
  body TEXT NOT NULL CONSTRAINT rejoinder_comment_body CHECK (char_length(body) <= 65525),
  body_format VARCHAR(16) NOT NULL,
  state VARCHAR(16) NOT NULL,
  version BIGINT NOT NULL,
  client_ip VARCHAR(64),
  client_user_agent VARCHAR(255),
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  edited_at TIMESTAMPTZ,
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
  root_id BIGINT PRIMARY KEY,
  post_id VARCHAR(200) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  approved INTEGER DEFAULT 0 NOT NULL,
  -- The thread's post is its top-level comment's, which has the foreign key.
  CONSTRAINT rejoinder_thread_root FOREIGN KEY (root_id) REFERENCES rejoinder_comment (id)
);

-- approved is carried in the index, so that skipping to a page far into a large post and summing
-- the responses before it are index-only scans, not a read of every skipped thread's row.
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_post ON rejoinder_thread (post_id, created_at, root_id)
  INCLUDE (approved);

-- seq is the order entries were stored in, on every comment: it orders one actor's entries
-- made in the same millisecond.
CREATE TABLE IF NOT EXISTS rejoinder_audit (
  seq BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL,
  comment_id BIGINT NOT NULL,
  comment_version BIGINT NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL,
  actor_key VARCHAR(300),
  actor_role VARCHAR(16) NOT NULL,
  from_state VARCHAR(16),
  to_state VARCHAR(16) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  PRIMARY KEY (comment_id, comment_version),
  CONSTRAINT rejoinder_audit_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id)
);

CREATE INDEX IF NOT EXISTS rejoinder_audit_by_actor ON rejoinder_audit (actor_key, changed_at DESC, seq DESC);

-- One row per edit, keyed like the audit trail by the comment version the edit produced.
CREATE TABLE IF NOT EXISTS rejoinder_revision (
  comment_id BIGINT NOT NULL,
  comment_version BIGINT NOT NULL,
  edited_at TIMESTAMPTZ NOT NULL,
  editor_key VARCHAR(300),
  editor_role VARCHAR(16) NOT NULL,
  previous_body TEXT NOT NULL CONSTRAINT rejoinder_revision_body CHECK (char_length(previous_body) <= 65525),
  previous_format VARCHAR(16) NOT NULL,
  PRIMARY KEY (comment_id, comment_version),
  CONSTRAINT rejoinder_revision_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id)
);

-- One report per reader and comment: the unique key makes concurrent reports store one.
CREATE TABLE IF NOT EXISTS rejoinder_report (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  comment_id BIGINT NOT NULL,
  reporter_key VARCHAR(300) NOT NULL,
  reported_at TIMESTAMPTZ NOT NULL,
  reason VARCHAR(500) NOT NULL,
  CONSTRAINT rejoinder_report_once UNIQUE (comment_id, reporter_key),
  CONSTRAINT rejoinder_report_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id)
);

CREATE TABLE IF NOT EXISTS rejoinder_id (
  name VARCHAR(32) PRIMARY KEY,
  last_id BIGINT NOT NULL
);

INSERT INTO rejoinder_id (name, last_id)
  SELECT 'comment', 0 FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_id WHERE name = 'comment');

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 1, 'posts, comment trees, thread counters, audit trail, revisions, reports, comment ids' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 1);
