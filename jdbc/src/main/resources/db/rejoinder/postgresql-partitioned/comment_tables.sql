-- Rejoinder's comment tables hash-partitioned by post, for PostgreSQL 12 or newer: created by
-- JdbcCommentStore.migrate() on a new database when the store is built with partitionByPost,
-- before the versioned scripts, in the same transaction. The versioned scripts then find these
-- tables (CREATE TABLE IF NOT EXISTS, ADD COLUMN IF NOT EXISTS) and add the indexes.
--
-- rejoinder_comment and rejoinder_thread are partitioned by HASH (post_id); the store adds the
-- partitions (rejoinder_comment_p0, ... FOR VALUES WITH (MODULUS n, REMAINDER i)). A partitioned
-- table enforces only keys that include post_id, so:
--  * rejoinder_comment is keyed by (post_id, id), replies reference (post_id, parent_id) and
--    threads and votes (which carry their post) reference (post_id, id);
--  * rejoinder_comment_key, not partitioned, keeps one row per comment (its id, post and source),
--    written and deleted by triggers on rejoinder_comment: its keys keep a comment id, and a
--    source id, naming one comment across all posts, and the audit trail, revisions and reports
--    (which do not carry the post) reference it;
--  * rejoinder_comment_by_id and rejoinder_thread_by_root are plain indexes on the id in every
--    partition, for lookups and updates by id alone; rejoinder_comment_by_source is a plain index,
--    for lookups by source alone.
-- Columns and checks are those of the versioned scripts up to version 11.

CREATE TABLE rejoinder_post (
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
  link VARCHAR(2000),
  source_system VARCHAR(100),
  source_id VARCHAR(200),
  CONSTRAINT rejoinder_post_author_kind CHECK (author_kind IN ('GUEST', 'USER', 'EXTERNAL'))
);

CREATE TABLE rejoinder_comment (
  id BIGINT NOT NULL,
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
  comment_type VARCHAR(16) DEFAULT 'COMMENT' NOT NULL
    CONSTRAINT rejoinder_comment_type CHECK (comment_type IN ('COMMENT', 'PINGBACK', 'TRACKBACK')),
  source_system VARCHAR(100),
  source_id VARCHAR(200),
  ups INTEGER DEFAULT 0 NOT NULL,
  downs INTEGER DEFAULT 0 NOT NULL,
  pinned BOOLEAN DEFAULT FALSE NOT NULL,
  mentions TEXT,
  response_number INTEGER,
  name_key VARCHAR(245),
  CONSTRAINT rejoinder_comment_in_post PRIMARY KEY (post_id, id),
  CONSTRAINT rejoinder_comment_post FOREIGN KEY (post_id) REFERENCES rejoinder_post (id),
  CONSTRAINT rejoinder_comment_parent FOREIGN KEY (post_id, parent_id) REFERENCES rejoinder_comment (post_id, id),
  CONSTRAINT rejoinder_comment_state CHECK (state IN ('PENDING', 'APPROVED', 'SPAM', 'TRASH', 'PURGED')),
  CONSTRAINT rejoinder_comment_tree CHECK (depth >= 1 AND (parent_id IS NULL) = (depth = 1)),
  CONSTRAINT rejoinder_comment_version CHECK (version >= 1)
) PARTITION BY HASH (post_id);

CREATE INDEX rejoinder_comment_by_id ON rejoinder_comment (id);
CREATE INDEX rejoinder_comment_by_source ON rejoinder_comment (source_system, source_id);

CREATE TABLE rejoinder_comment_key (
  id BIGINT PRIMARY KEY,
  post_id VARCHAR(200) NOT NULL,
  source_system VARCHAR(100),
  source_id VARCHAR(200),
  CONSTRAINT rejoinder_comment_key_source UNIQUE (source_system, source_id)
);

CREATE FUNCTION rejoinder_comment_key_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rejoinder_comment_key (id, post_id, source_system, source_id)
    VALUES (NEW.id, NEW.post_id, NEW.source_system, NEW.source_id);
  RETURN NULL;
END
$$;

CREATE FUNCTION rejoinder_comment_key_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM rejoinder_comment_key WHERE id = OLD.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER rejoinder_comment_key_insert AFTER INSERT ON rejoinder_comment
  FOR EACH ROW EXECUTE FUNCTION rejoinder_comment_key_insert();
CREATE TRIGGER rejoinder_comment_key_delete AFTER DELETE ON rejoinder_comment
  FOR EACH ROW EXECUTE FUNCTION rejoinder_comment_key_delete();

CREATE TABLE rejoinder_thread (
  root_id BIGINT NOT NULL,
  post_id VARCHAR(200) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  approved INTEGER DEFAULT 0 NOT NULL,
  pinned BOOLEAN DEFAULT FALSE NOT NULL,
  score_best DOUBLE PRECISION DEFAULT 0 NOT NULL,
  score_top INTEGER DEFAULT 0 NOT NULL,
  score_controversy DOUBLE PRECISION DEFAULT 0 NOT NULL,
  score_hot DOUBLE PRECISION DEFAULT 0 NOT NULL,
  CONSTRAINT rejoinder_thread_in_post PRIMARY KEY (post_id, root_id),
  CONSTRAINT rejoinder_thread_root FOREIGN KEY (post_id, root_id) REFERENCES rejoinder_comment (post_id, id)
) PARTITION BY HASH (post_id);

CREATE INDEX rejoinder_thread_by_root ON rejoinder_thread (root_id);

CREATE TABLE rejoinder_audit (
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
  CONSTRAINT rejoinder_audit_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment_key (id)
);

CREATE TABLE rejoinder_revision (
  comment_id BIGINT NOT NULL,
  comment_version BIGINT NOT NULL,
  edited_at TIMESTAMPTZ NOT NULL,
  editor_key VARCHAR(300),
  editor_role VARCHAR(16) NOT NULL,
  previous_body TEXT NOT NULL CONSTRAINT rejoinder_revision_body CHECK (char_length(previous_body) <= 65525),
  previous_format VARCHAR(16) NOT NULL,
  PRIMARY KEY (comment_id, comment_version),
  CONSTRAINT rejoinder_revision_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment_key (id)
);

CREATE TABLE rejoinder_report (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  comment_id BIGINT NOT NULL,
  reporter_key VARCHAR(300) NOT NULL,
  reported_at TIMESTAMPTZ NOT NULL,
  reason VARCHAR(500) NOT NULL,
  CONSTRAINT rejoinder_report_once UNIQUE (comment_id, reporter_key),
  CONSTRAINT rejoinder_report_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment_key (id)
);

CREATE TABLE rejoinder_vote (
  comment_id BIGINT NOT NULL,
  voter_key VARCHAR(300) NOT NULL,
  post_id VARCHAR(200) NOT NULL,
  direction SMALLINT NOT NULL,
  voted_at TIMESTAMPTZ NOT NULL,
  CONSTRAINT rejoinder_vote_once PRIMARY KEY (comment_id, voter_key),
  CONSTRAINT rejoinder_vote_direction CHECK (direction IN (1, -1)),
  CONSTRAINT rejoinder_vote_comment FOREIGN KEY (post_id, comment_id) REFERENCES rejoinder_comment (post_id, id)
);
