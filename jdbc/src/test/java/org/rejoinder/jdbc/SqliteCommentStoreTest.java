package org.rejoinder.jdbc;

import org.rejoinder.store.CommentStore;
import org.rejoinder.store.CommentStoreContract;

class SqliteCommentStoreTest extends CommentStoreContract {
  private TestDatabase database;

  @Override
  protected CommentStore newStore() {
    database = TestDatabase.sqlite();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(CommentStore store) throws Exception {
    database.close();
  }
}
