package org.rejoinder.jdbc;

import org.rejoinder.store.CommentStore;
import org.rejoinder.store.ConcurrentModerationContract;

class H2ConcurrentModerationTest extends ConcurrentModerationContract {
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
