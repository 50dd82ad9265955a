package org.rejoinder.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import org.rejoinder.moderation.ModerationListStore;
import org.rejoinder.store.ModerationListStoreContract;

/** Bans and keyword lists kept in a SQLite file. */
class SqliteModerationListStoreTest extends ModerationListStoreContract {
  private final Map<ModerationListStore, TestDatabase> databases = new IdentityHashMap<>();

  @Override
  protected ModerationListStore newStore() throws Exception {
    TestDatabase database = TestDatabase.sqlite();
    JdbcCommentStore store = database.migratedStore();
    databases.put(store, database);
    return store;
  }

  @Override
  protected void closeStore(ModerationListStore store) throws Exception {
    databases.remove(store).close();
  }
}
