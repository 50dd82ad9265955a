package org.rejoinder.jdbc;

import java.time.Duration;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.CommentStoreContract;

/** The store contract holds with thread reads sent to a replica (here one that is always current). */
class H2ReadReplicaCommentStoreTest extends CommentStoreContract {
  private TestDatabase database;

  @Override
  protected CommentStore newStore() {
    database = TestDatabase.h2();
    database.migratedStore();
    return JdbcCommentStore.builder(database.dataSource())
        .readReplica(database.dataSource())
        .readYourWrites(Duration.ZERO)
        .build();
  }

  @Override
  protected void closeStore(CommentStore store) throws Exception {
    database.close();
  }
}
