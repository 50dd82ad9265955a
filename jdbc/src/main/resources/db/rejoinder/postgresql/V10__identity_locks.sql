-- Rejoinder schema, version 10, for PostgreSQL: locks of identities across processes.
--
-- PostgreSQL needs no table for them: a new comment's connection takes a session-level advisory
-- lock per identity, pg_advisory_lock(int, int) with the two halves of a 64-bit hash of the
-- identity, before it reads its author's history, and releases it once the comment is committed.
-- The table is created so that every dialect has the same tables; it stays empty here.
--
-- Every statement is idempotent, like those of V1.

CREATE TABLE IF NOT EXISTS rejoinder_identity_lock (
  key_hash BIGINT NOT NULL PRIMARY KEY
);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 10, 'locks of identities' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 10);
