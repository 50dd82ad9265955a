package org.rejoinder.jdbc;

class SqliteBulkInsertTest extends BulkInsertContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
