package org.rejoinder.jdbc;

import org.rejoinder.store.ActivityStore;
import org.rejoinder.store.ActivityStoreContract;

class H2ActivityTest extends ActivityStoreContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() {
    database = TestDatabase.h2();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(ActivityStore store) throws Exception {
    database.close();
  }
}
