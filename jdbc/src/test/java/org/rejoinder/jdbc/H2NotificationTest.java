package org.rejoinder.jdbc;

import org.rejoinder.store.NotificationStore;
import org.rejoinder.store.NotificationStoreContract;

class H2NotificationTest extends NotificationStoreContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() {
    database = TestDatabase.h2();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(NotificationStore store) throws Exception {
    database.close();
  }
}
