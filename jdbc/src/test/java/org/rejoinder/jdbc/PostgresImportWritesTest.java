package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

/** On PostgreSQL. */
@RequiresPostgres
class PostgresImportWritesTest extends ImportWritesContract {
  @Override
  protected TestDatabase newDatabase() throws Exception {
    return TestDatabase.postgres();
  }
}
