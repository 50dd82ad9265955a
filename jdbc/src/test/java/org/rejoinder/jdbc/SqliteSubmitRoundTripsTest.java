package org.rejoinder.jdbc;

/** On SQLite the write is a transaction of its statements, one by one, as the id's is. */
class SqliteSubmitRoundTripsTest extends SubmitRoundTripsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }

  @Override
  protected Expected expected() {
    return new Expected(16, 17, 11, 18, 19);
  }
}
