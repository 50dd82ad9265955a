package org.rejoinder.jdbc;

import org.rejoinder.store.BulkInsertContract;
import org.rejoinder.store.BulkInsertStore;

/** Imports into H2, in JDBC batches of an odd size so that the last batch is partly filled. */
class H2BulkInsertTest extends BulkInsertContract {
  private TestDatabase database;

  @Override
  protected BulkInsertStore newStore() {
    database = TestDatabase.h2();
    JdbcCommentStore migrated = database.migratedStore();
    return JdbcCommentStore.builder(database.dataSource())
        .dialect(migrated.dialect())
        .batchSize(97)
        .build();
  }

  @Override
  protected void closeStore(BulkInsertStore store) throws Exception {
    database.close();
  }
}
