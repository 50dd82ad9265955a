package org.rejoinder.jdbc;

import org.rejoinder.store.CommentStore;
import org.rejoinder.store.PersonalDataStoreContract;

class SqlitePersonalDataTest extends PersonalDataStoreContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() {
    database = TestDatabase.sqlite();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(CommentStore store) throws Exception {
    database.close();
  }
}
