package org.rejoinder.jdbc;

import org.rejoinder.store.ThreadPageStore;
import org.rejoinder.store.ThreadPageContract;

class H2ThreadPageTest extends ThreadPageContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() {
    database = TestDatabase.h2();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(ThreadPageStore store) throws Exception {
    database.close();
  }
}
