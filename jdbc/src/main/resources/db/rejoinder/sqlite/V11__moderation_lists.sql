-- Rejoinder schema, version 11, for SQLite: bans and keyword lists kept in the database, so that
-- every application node sharing it enforces the same ones (ModerationListStore).
--
-- rejoinder_moderation_list has one row per list ('bans', 'moderation', 'disallowed'); a write
-- to a list first updates its row, so that writers of one list take turns. rejoinder_ban holds
-- one row per ban, at most one per kind and value, in the order stored (seq). rejoinder_keyword
-- holds each keyword list in its order (ordinal); a list is replaced as a whole in one
-- transaction.
--
-- Every statement is idempotent, like those of V1.

CREATE TABLE IF NOT EXISTS rejoinder_moderation_list (
  list_name TEXT NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO rejoinder_moderation_list (list_name, version)
  SELECT 'bans', 0
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_moderation_list WHERE list_name = 'bans');
INSERT INTO rejoinder_moderation_list (list_name, version)
  SELECT 'moderation', 0
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_moderation_list WHERE list_name = 'moderation');
INSERT INTO rejoinder_moderation_list (list_name, version)
  SELECT 'disallowed', 0
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_moderation_list WHERE list_name = 'disallowed');

CREATE TABLE IF NOT EXISTS rejoinder_ban (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  ban_value TEXT NOT NULL,
  decision TEXT NOT NULL,
  expires_at INTEGER,
  CONSTRAINT rejoinder_ban_target UNIQUE (kind, ban_value)
);

CREATE TABLE IF NOT EXISTS rejoinder_keyword (
  list_name TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  keyword TEXT NOT NULL,
  CONSTRAINT rejoinder_keyword_entry PRIMARY KEY (list_name, ordinal)
);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 11, 'bans and keyword lists'
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 11);
