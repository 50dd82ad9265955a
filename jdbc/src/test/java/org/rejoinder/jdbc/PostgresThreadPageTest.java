package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.store.ThreadPageStore;
import org.rejoinder.store.ThreadPageContract;

@RequiresPostgres
class PostgresThreadPageTest extends ThreadPageContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() throws Exception {
    database = TestDatabase.postgres();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(ThreadPageStore store) throws Exception {
    database.close();
  }
}
