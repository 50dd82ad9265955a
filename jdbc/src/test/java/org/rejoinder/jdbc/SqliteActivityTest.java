package org.rejoinder.jdbc;

import org.rejoinder.store.ActivityStore;
import org.rejoinder.store.ActivityStoreContract;

class SqliteActivityTest extends ActivityStoreContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() {
    database = TestDatabase.sqlite();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(ActivityStore store) throws Exception {
    database.close();
  }
}
