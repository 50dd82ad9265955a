-- Rejoinder schema, version 10, for H2 2.x: locks of identities across processes.
--
-- One row per 64-bit hash of an identity (an author, an IP address, an email address; never the
-- identity itself). A new comment's transaction writes the rows of its author's identities with
-- one MERGE before it reads their history, and so holds them locked until it stores the comment:
-- the same person's comments sent at once through several processes sharing an H2 server take
-- turns, and the flood and duplicate rules see each other's comments. A row is written once per
-- identity and then only locked again.
--
-- Every statement is idempotent, like those of V1.

CREATE TABLE IF NOT EXISTS rejoinder_identity_lock (
  key_hash BIGINT NOT NULL PRIMARY KEY
);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 10, 'locks of identities' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 10);
