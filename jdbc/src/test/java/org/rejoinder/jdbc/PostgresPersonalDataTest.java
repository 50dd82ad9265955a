package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.PersonalDataStoreContract;

@RequiresPostgres
class PostgresPersonalDataTest extends PersonalDataStoreContract {
  private TestDatabase database;

  @Override
  protected JdbcCommentStore newStore() throws Exception {
    database = TestDatabase.postgres();
    return database.migratedStore();
  }

  @Override
  protected void closeStore(CommentStore store) throws Exception {
    database.close();
  }
}
