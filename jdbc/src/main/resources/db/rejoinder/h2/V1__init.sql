-- Rejoinder schema, version 1, for H2 2.x.
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
-- Every statement is idempotent, so that a migration interrupted half-way (H2 commits each DDL
-- statement) completes when run again. Usable as is by Flyway (classpath:db/rejoinder/h2).

CREATE TABLE IF NOT EXISTS rejoinder_schema_version (
  version INTEGER PRIMARY KEY,
  description VARCHAR(200) NOT NULL,
  installed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
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
  published_at TIMESTAMP WITH TIME ZONE NOT NULL,
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
  body VARCHAR(65525) NOT NULL,
  body_format VARCHAR(16) NOT NULL,
  state VARCHAR(16) NOT NULL,
  version BIGINT NOT NULL,
  client_ip VARCHAR(64),
  client_user_agent VARCHAR(255),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  edited_at TIMESTAMP WITH TIME ZONE,
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
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  approved INTEGER DEFAULT 0 NOT NULL
);

-- approved is in the index, after the order, so that skipping to a page far into a large post
-- and summing the responses before it read the index alone, not every skipped thread's row.
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_post ON rejoinder_thread (post_id, created_at, root_id, approved);

-- seq is the order entries were stored in, on every comment: it orders one actor's entries
-- made in the same millisecond.
CREATE TABLE IF NOT EXISTS rejoinder_audit (
  seq BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL,
  comment_id BIGINT NOT NULL,
  comment_version BIGINT NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_key VARCHAR(300),
  actor_role VARCHAR(16) NOT NULL,
  from_state VARCHAR(16),
  to_state VARCHAR(16) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  PRIMARY KEY (comment_id, comment_version)
);

CREATE INDEX IF NOT EXISTS rejoinder_audit_by_actor ON rejoinder_audit (actor_key, changed_at DESC, seq DESC);

-- One row per edit, keyed like the audit trail by the comment version the edit produced.
CREATE TABLE IF NOT EXISTS rejoinder_revision (
  comment_id BIGINT NOT NULL,
  comment_version BIGINT NOT NULL,
  edited_at TIMESTAMP WITH TIME ZONE NOT NULL,
  editor_key VARCHAR(300),
  editor_role VARCHAR(16) NOT NULL,
  previous_body VARCHAR(65525) NOT NULL,
  previous_format VARCHAR(16) NOT NULL,
  PRIMARY KEY (comment_id, comment_version)
);

-- One report per reader and comment: the unique key makes concurrent reports store one.
CREATE TABLE IF NOT EXISTS rejoinder_report (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  comment_id BIGINT NOT NULL,
  reporter_key VARCHAR(300) NOT NULL,
  reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
  reason VARCHAR(500) NOT NULL,
  CONSTRAINT rejoinder_report_once UNIQUE (comment_id, reporter_key)
);

-- Foreign keys come after the indexes, so that H2 backs them with those indexes where it can.
-- A thread's post is its top-level comment's, so rejoinder_thread.post_id has no foreign key
-- of its own: the index H2 would add for one would win over rejoinder_thread_by_post and turn
-- ordered page reads into sorts.
ALTER TABLE rejoinder_comment ADD CONSTRAINT IF NOT EXISTS rejoinder_comment_post
  FOREIGN KEY (post_id) REFERENCES rejoinder_post (id);
ALTER TABLE rejoinder_comment ADD CONSTRAINT IF NOT EXISTS rejoinder_comment_parent
  FOREIGN KEY (parent_id) REFERENCES rejoinder_comment (id);
ALTER TABLE rejoinder_thread ADD CONSTRAINT IF NOT EXISTS rejoinder_thread_root
  FOREIGN KEY (root_id) REFERENCES rejoinder_comment (id);
ALTER TABLE rejoinder_audit ADD CONSTRAINT IF NOT EXISTS rejoinder_audit_comment
  FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id);
ALTER TABLE rejoinder_revision ADD CONSTRAINT IF NOT EXISTS rejoinder_revision_comment
  FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id);
ALTER TABLE rejoinder_report ADD CONSTRAINT IF NOT EXISTS rejoinder_report_comment
  FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id);

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
