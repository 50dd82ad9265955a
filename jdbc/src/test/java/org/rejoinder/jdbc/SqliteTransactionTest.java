package org.rejoinder.jdbc;

class SqliteTransactionTest extends TransactionContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
