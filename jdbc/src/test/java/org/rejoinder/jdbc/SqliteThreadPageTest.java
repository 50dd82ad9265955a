package org.rejoinder.jdbc;

import org.rejoinder.store.ThreadPageContract;
import org.rejoinder.store.ThreadPageStore;

class SqliteThreadPageTest extends ThreadPageContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() {
    database = TestDatabase.sqlite();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(ThreadPageStore store) throws Exception {
    database.close();
  }
}
