-- Rejoinder schema, version 5, for H2 2.x: votes, ranked sorts, pins and mentions.
--
-- rejoinder_vote keeps one vote per reader and comment (its primary key), so that a double click
-- stores one; each comment's counts (ups, downs) are kept in the same transaction as its votes.
-- rejoinder_thread carries the scores of its top-level comment that the ranked orders page by
-- (Votes.best, score, controversy, hot: computed by the store, kept current by votes), each with
-- an index whose order is the order's, ties broken by time then id; pinned marks a thread whose
-- approved top-level comment a moderator pinned, which comes first on page 1 and out of the
-- page walk. response_number is an approved comment's position in time among its post's approved
-- comments, kept current by every change of state, so that a page numbers its comments without
-- counting those before it. name_key is the folded first word of the author's name
-- (Mention.firstNameKey), indexed per post for resolving mentions; mentions holds the comment's
-- resolved mentions, one per line.
--
-- Rows stored before this version are filled in below: their numbers by time, their threads'
-- "hot" rank with no votes, and their name keys by lower-casing (comments stored since get the
-- store's Unicode folding). Every statement is idempotent, as in V1.

ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS ups INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS downs INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS pinned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS mentions VARCHAR(20000);
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS response_number INTEGER;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS name_key VARCHAR(245);

ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS pinned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS score_best DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS score_top INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS score_controversy DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE rejoinder_thread ADD COLUMN IF NOT EXISTS score_hot DOUBLE PRECISION DEFAULT 0 NOT NULL;

CREATE TABLE IF NOT EXISTS rejoinder_vote (
  comment_id BIGINT NOT NULL,
  voter_key VARCHAR(300) NOT NULL,
  post_id VARCHAR(200) NOT NULL,
  direction SMALLINT NOT NULL,
  voted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT rejoinder_vote_once PRIMARY KEY (comment_id, voter_key),
  CONSTRAINT rejoinder_vote_direction CHECK (direction IN (1, -1))
);

CREATE INDEX IF NOT EXISTS rejoinder_vote_by_voter ON rejoinder_vote (voter_key, post_id);
ALTER TABLE rejoinder_vote ADD CONSTRAINT IF NOT EXISTS rejoinder_vote_comment
  FOREIGN KEY (comment_id) REFERENCES rejoinder_comment (id);

CREATE INDEX IF NOT EXISTS rejoinder_comment_by_name ON rejoinder_comment (post_id, name_key, created_at);
CREATE INDEX IF NOT EXISTS rejoinder_comment_pinned ON rejoinder_comment (post_id, pinned);

-- The page walk skips pinned threads: pinned joins approved in the time order's index, and each
-- ranked order has an index of its own, ordered as the order is (the score descending, then
-- time, then id).
DROP INDEX IF EXISTS rejoinder_thread_by_post;
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_time ON rejoinder_thread (post_id, created_at, root_id, approved, pinned);
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_best ON rejoinder_thread (post_id, score_best DESC, created_at, root_id, approved, pinned);
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_top ON rejoinder_thread (post_id, score_top DESC, created_at, root_id, approved, pinned);
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_controversy ON rejoinder_thread (post_id, score_controversy DESC, created_at, root_id, approved, pinned);
CREATE INDEX IF NOT EXISTS rejoinder_thread_by_hot ON rejoinder_thread (post_id, score_hot DESC, created_at, root_id, approved, pinned);

MERGE INTO rejoinder_comment c
  USING (SELECT id, ROW_NUMBER() OVER (PARTITION BY post_id ORDER BY created_at, id) AS n
         FROM rejoinder_comment WHERE state = 'APPROVED') r
  ON c.id = r.id
  WHEN MATCHED AND c.response_number IS NULL THEN UPDATE SET response_number = r.n;

UPDATE rejoinder_comment SET name_key = CASE
    WHEN POSITION(' ' IN LOWER(TRIM(LEADING '@' FROM TRIM(author_name)))) > 0
    THEN SUBSTRING(LOWER(TRIM(LEADING '@' FROM TRIM(author_name))), 1,
                   POSITION(' ' IN LOWER(TRIM(LEADING '@' FROM TRIM(author_name)))) - 1)
    ELSE LOWER(TRIM(LEADING '@' FROM TRIM(author_name))) END
  WHERE name_key IS NULL;

UPDATE rejoinder_thread
  SET score_hot = (EXTRACT(EPOCH FROM created_at) - 1134028003) / 45000.0
  WHERE score_hot = 0;

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 5, 'votes, ranked sorts, pins, mentions, numbers by time' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 5);
