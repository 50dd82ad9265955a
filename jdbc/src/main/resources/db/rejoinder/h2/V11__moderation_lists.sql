-- Rejoinder schema, version 11, for H2 2.x: bans and keyword lists kept in the database, so that
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
  list_name VARCHAR(16) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO rejoinder_moderation_list (list_name, version)
  SELECT 'bans', 0 FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_moderation_list WHERE list_name = 'bans');
INSERT INTO rejoinder_moderation_list (list_name, version)
  SELECT 'moderation', 0 FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_moderation_list WHERE list_name = 'moderation');
INSERT INTO rejoinder_moderation_list (list_name, version)
  SELECT 'disallowed', 0 FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_moderation_list WHERE list_name = 'disallowed');

CREATE TABLE IF NOT EXISTS rejoinder_ban (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  ban_value VARCHAR(300) NOT NULL,
  decision VARCHAR(16) NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT rejoinder_ban_target UNIQUE (kind, ban_value)
);

CREATE TABLE IF NOT EXISTS rejoinder_keyword (
  list_name VARCHAR(16) NOT NULL,
  ordinal INTEGER NOT NULL,
  keyword VARCHAR(300) NOT NULL,
  CONSTRAINT rejoinder_keyword_entry PRIMARY KEY (list_name, ordinal)
);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 11, 'bans and keyword lists' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 11);
