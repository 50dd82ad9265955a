-- Rejoinder schema, version 4, for SQLite 3.35 or newer: what imports and backups need.
--
-- The same columns and indexes as the H2 and PostgreSQL scripts (see their comments). SQLite has
-- no ADD COLUMN IF NOT EXISTS: the store's migration runner adds such a column only when
-- pragma_table_info does not list it, so this script, like the others, is safe to run again.

ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS comment_type TEXT DEFAULT 'COMMENT' NOT NULL
  CONSTRAINT rejoinder_comment_type CHECK (comment_type IN ('COMMENT', 'PINGBACK', 'TRACKBACK'));
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS source_system TEXT;
ALTER TABLE rejoinder_comment ADD COLUMN IF NOT EXISTS source_id TEXT;

CREATE UNIQUE INDEX IF NOT EXISTS rejoinder_comment_by_source ON rejoinder_comment (source_system, source_id);
CREATE INDEX IF NOT EXISTS rejoinder_comment_by_post_depth ON rejoinder_comment (post_id, depth, id);

ALTER TABLE rejoinder_post ADD COLUMN IF NOT EXISTS link TEXT;
ALTER TABLE rejoinder_post ADD COLUMN IF NOT EXISTS source_system TEXT;
ALTER TABLE rejoinder_post ADD COLUMN IF NOT EXISTS source_id TEXT;

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 4, 'comment types, sources of imported posts and comments, post links'
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 4);
