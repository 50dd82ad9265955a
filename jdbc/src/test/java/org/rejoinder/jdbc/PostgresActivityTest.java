package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.store.ActivityStore;
import org.rejoinder.store.ActivityStoreContract;

@RequiresPostgres
class PostgresActivityTest extends ActivityStoreContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() throws Exception {
    database = TestDatabase.postgres();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(ActivityStore store) throws Exception {
    database.close();
  }
}
