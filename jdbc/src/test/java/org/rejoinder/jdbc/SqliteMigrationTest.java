package org.rejoinder.jdbc;

class SqliteMigrationTest extends MigrationContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
