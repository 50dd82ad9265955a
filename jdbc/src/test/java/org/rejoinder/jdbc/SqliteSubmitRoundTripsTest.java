package org.rejoinder.jdbc;

/**
 * On SQLite one transaction, begun with the write lock before the post is read, holds the reads,
 * the id and the write, one statement at a time: the id no longer begins and commits a
 * transaction of its own.
 */
class SqliteSubmitRoundTripsTest extends SubmitRoundTripsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }

  @Override
  protected Expected expected() {
    return new Expected(12, 14, 9, 14, 16);
  }
}
