package org.rejoinder.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import org.rejoinder.store.MigrationStore;
import org.rejoinder.store.MigrationStoreContract;

/** Imports, lookups by source, archives and restores in H2, in batches of an odd size. */
class H2MigrationStoreTest extends MigrationStoreContract {
  private final Map<MigrationStore, TestDatabase> databases = new IdentityHashMap<>();

  @Override
  protected MigrationStore newStore() {
    TestDatabase database = TestDatabase.h2();
    JdbcCommentStore store = JdbcCommentStore.builder(database.dataSource())
        .dialect(database.migratedStore().dialect()).batchSize(3).build();
    databases.put(store, database);
    return store;
  }

  @Override
  protected void closeStore(MigrationStore store) throws Exception {
    databases.remove(store).close();
  }
}
