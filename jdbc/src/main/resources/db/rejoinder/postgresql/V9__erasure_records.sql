-- Rejoinder schema, version 9, for PostgreSQL: the record of erasures of personal data.
--
-- One row per erasure (PersonalDataStore.erasePersonalData), written in the transaction of its
-- first batch and updated in the transaction of each later batch, so that it says what was
-- erased even of an erasure that stopped half-way: its random request id, who asked (an actor
-- key, never an address), when, and how many comments, revisions, reports, subscriptions, votes
-- and mentions it changed. The erased address is not kept in any form. Erasures are listed
-- newest first through rejoinder_erasure_newest.
--
-- Every statement is idempotent, like those of V1.

CREATE TABLE IF NOT EXISTS rejoinder_erasure (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id VARCHAR(64) NOT NULL,
  requested_by VARCHAR(300) NOT NULL,
  requested_at TIMESTAMPTZ NOT NULL,
  comments INTEGER NOT NULL,
  revisions INTEGER NOT NULL,
  reports INTEGER NOT NULL,
  subscriptions INTEGER NOT NULL,
  votes INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  CONSTRAINT rejoinder_erasure_request UNIQUE (request_id)
);
CREATE INDEX IF NOT EXISTS rejoinder_erasure_newest ON rejoinder_erasure (requested_at DESC, seq DESC);

INSERT INTO rejoinder_schema_version (version, description)
  SELECT 9, 'records of erasures of personal data' FROM (VALUES (1)) AS one (x)
  WHERE NOT EXISTS (SELECT 1 FROM rejoinder_schema_version WHERE version = 9);
