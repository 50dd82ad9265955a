package org.rejoinder.jdbc;

import org.rejoinder.store.CommentStore;
import org.rejoinder.store.ThreadPageContract;

class H2ThreadPageTest extends ThreadPageContract {
  private TestDatabase database;

  @Override
  protected CommentStore newStore() {
    database = TestDatabase.h2();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(CommentStore store) throws Exception {
    database.close();
  }
}
