package org.rejoinder.jdbc;

class H2MigrationTest extends MigrationContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
