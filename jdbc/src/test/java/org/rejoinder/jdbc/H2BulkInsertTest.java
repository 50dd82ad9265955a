package org.rejoinder.jdbc;

class H2BulkInsertTest extends BulkInsertContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
