package org.rejoinder.jdbc;

class H2TransactionTest extends TransactionContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
