package org.rejoinder.jdbc;

import org.rejoinder.store.CommentStore;
import org.rejoinder.store.PersonalDataStoreContract;

class H2PersonalDataTest extends PersonalDataStoreContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() {
    database = TestDatabase.h2();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(CommentStore store) throws Exception {
    database.close();
  }
}
