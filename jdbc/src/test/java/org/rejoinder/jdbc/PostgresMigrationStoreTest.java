package org.rejoinder.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.store.MigrationStore;
import org.rejoinder.store.MigrationStoreContract;

/** Imports, lookups by source, archives and restores in PostgreSQL, in batches of an odd size. */
@RequiresPostgres
class PostgresMigrationStoreTest extends MigrationStoreContract {
  private final Map<MigrationStore, TestDatabase> databases = new IdentityHashMap<>();

  @Override
  protected MigrationStore newStore() throws Exception {
    TestDatabase database = TestDatabase.postgres();
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
