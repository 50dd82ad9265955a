package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

@RequiresPostgres
class PostgresBulkInsertTest extends BulkInsertContract {
  @Override
  TestDatabase newDatabase() throws Exception {
    return TestDatabase.postgres();
  }
}
