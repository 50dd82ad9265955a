-- Rejoinder schema, version 4, for PostgreSQL 12 or newer: what imports and backups need.
--
-- Each comment keeps its type (an ordinary comment, a pingback or a trackback) and, when it was
-- imported, its source: the system it came from and its id there. A source names at most one
-- comment (the unique index), so an import run twice adds nothing and old permalinks can be
-- looked up. Posts keep their address on the site and their source. Backups read a post's
-- comments parents first, by depth and id, through rejoinder_comment_by_post_depth.
--
-- The store runs the script in one transaction; its statements are idempotent, like those of V1.

ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS comment_type VARCHAR(16) DEFAULT 'COMMENT' NOT NULL
  CONSTRAINT rejoinder_comment_type CHECK (comment_type IN ('COMMENT', 'PINGBACK', 'TRACKBACK'));
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS source_system VARCHAR(100);
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS source_id VARCHAR(200);

CREATE UNIQUE INDEX IF NOT EXISTS rejoinder_comment_by_source ON rejoinder_comment (source_system, source_id);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_post_depth ON rejoinder_comment (post_id, depth, id);

ALTER TABLE rejoinder_post ADD COLUMN IF NOT EXISTS link VARCHAR(2000);
ALTER TABLE rejoinder_post ADD COLUMN IF NOT EXISTS source_system VARCHAR(100);
ALTER TABLE rejoinder_post ADD COLUMN IF NOT EXISTS source_id VARCHAR(200);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 4, 'comment types, sources of imported posts and comments, post links' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 4);
