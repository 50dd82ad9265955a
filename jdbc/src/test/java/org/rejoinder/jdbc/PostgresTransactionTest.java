package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

@RequiresPostgres
class PostgresTransactionTest extends TransactionContract {
  @Override
  TestDatabase newDatabase() throws Exception {
    return TestDatabase.postgres();
  }
}
