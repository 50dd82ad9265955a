-- Rejoinder schema, version 5, for SQLite 3.35 or newer: votes, ranked sorts, pins and mentions.
--
-- The same tables, columns and indexes as the H2 and PostgreSQL scripts (see their comments),
-- in SQLite's types: scores are REAL (8-byte IEEE, as the others' DOUBLE PRECISION), flags
-- INTEGER 0 or 1, times INTEGER milliseconds. SQLite has no ADD COLUMN IF NOT EXISTS: the store's
-- migration runner adds such a column only when the table lacks it, so that the script, like
-- the others, is safe to run again.

ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS ups INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS downs INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS pinned INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS mentions TEXT;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS response_number INTEGER;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS name_key TEXT;

ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS pinned INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS score_best REAL DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS score_top INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS score_controversy REAL DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS score_hot REAL DEFAULT 0 NOT NULL;

CREATE TABLE IF NOT EXISTS rejoinder_vote (
  comment_id INTEGER NOT NULL,
  voter_key TEXT NOT NULL,
  post_id TEXT NOT NULL,
  direction INTEGER NOT NULL,
  voted_at INTEGER NOT NULL,
  CONSTRAINT rejoinder_vote_once PRIMARY KEY (comment_id, voter_key),
  CONSTRAINT rejoinder_vote_direction CHECK (direction IN (1, -1)),
  CONSTRAINT rejoinder_vote_comment FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id)
);

CREATE INDEX IF NOT EXISTS rejoinder_vote_by_voter ON rejoinder_vote (voter_key, post_id);

CREATE INDEX IF NOT EXISTS rejoinder_comment_by_name ON rejoinder_comment (post_id, name_key, created_at);
CREATE INDEX IF NOT EXISTS rejoinder_comment_pinned ON rejoinder_comment (post_id, pinned);

-- The page walk skips pinned threads: pinned joins approved in the time order's index, and each
-- ranked order has an index of its own, ordered as the order is (the score descending, then
-- time, then id), carrying approved and pinned so that walks read the index alone.
DROP INDEX IF EXISTS rejoinder_thread_by_post;
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_time ON rejoinder_thread (post_id, created_at, root_id, approved, pinned);
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_best ON rejoinder_thread (post_id, score_best DESC, created_at, root_id, approved, pinned);
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_top ON rejoinder_thread (post_id, score_top DESC, created_at, root_id, approved, pinned);
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_controversy ON rejoinder_thread (post_id, score_controversy DESC, created_at, root_id, approved, pinned);
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_hot ON rejoinder_thread (post_id, score_hot DESC, created_at, root_id, approved, pinned);

UPDATE rejoinder_comment SET response_number = r.n
  FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY post_id ORDER BY created_at, id) AS n
        FROM rejoinder_comment WHERE state = 'APPROVED') AS r
  WHERE rejoinder_comment.id = r.id AND rejoinder_comment.response_number IS NULL;

UPDATE rejoinder_comment SET name_key = CASE
    WHEN instr(lower(ltrim(trim(author_name), '@')), ' ') > 0
    THEN substr(lower(ltrim(trim(author_name), '@')), 1, instr(lower(ltrim(trim(author_name), '@')), ' ') - 1)
    ELSE lower(ltrim(trim(author_name), '@')) END
  WHERE name_key IS NULL;

UPDATE rejoinder_thread
  SET score_hot = (created_at / 1000.0 - 1134028003) / 45000.0
  WHERE score_hot = 0;

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 5, 'votes, ranked sorts, pins, mentions, numbers by time'
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 5);
