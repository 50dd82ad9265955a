-- Rejoinder schema, version 10, for SQLite: locks of identities across processes.
--
-- SQLite needs no lock per identity: a new comment's transaction begins with BEGIN IMMEDIATE,
-- which takes the write lock of the whole database, seen by every process that opens the file,
-- before it reads its author's history. The table is created so that every dialect has the
-- same tables; it stays empty here.
--
-- Every statement is idempotent, like those of V1.

CREATE TABLE IF NOT EXISTS rejoinder_identity_lock (
  key_hash INTEGER NOT NULL PRIMARY KEY
);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 10, 'locks of identities'
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 10);
