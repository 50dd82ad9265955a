package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

@RequiresPostgres
class PostgresMigrationTest extends MigrationContract {
  @Override
  TestDatabase newDatabase() throws Exception {
    return TestDatabase.postgres();
  }
}
