package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

/** Two nodes sharing their bans and keyword lists through one PostgreSQL schema. */
@RequiresPostgres
class PostgresSharedModerationListsTest extends SharedModerationListsContract {
  @Override
  Database newDatabase() throws Exception {
    TestDatabase database = TestDatabase.postgres();
    opened.add(database);
    return database::dataSource;
  }
}
