package org.rejoinder.jdbc;

/** On SQLite. */
class SqliteImportWritesTest extends ImportWritesContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
