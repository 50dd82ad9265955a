package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.store.NotificationStore;
import org.rejoinder.store.NotificationStoreContract;

@RequiresPostgres
class PostgresNotificationTest extends NotificationStoreContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() throws Exception {
    database = TestDatabase.postgres();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(NotificationStore store) throws Exception {
    database.close();
  }
}
