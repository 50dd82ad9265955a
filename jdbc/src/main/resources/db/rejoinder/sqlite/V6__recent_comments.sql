-- Rejoinder schema, version 6: recent comments across posts.
--
-- Approved comments newest first, of the whole site, are read through this index: the "recent
-- comments" list is one indexed query however many comments and posts there are. Response
-- counts of many posts need no change: rejoinder_post.response_count is kept by every write.

CREATE INDEX IF NOT EXISTS rejoinder_comment_recent ON rejoinder_comment (state, created_at, id);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 6, 'recent comments'
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 6);
