package org.rejoinder.jdbc;

import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.store.ActivityStore;
import org.rejoinder.store.ActivityStoreContract;
import org.rejoinder.store.BulkInsertContract;
import org.rejoinder.store.BulkInsertStore;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.CommentStoreContract;
import org.rejoinder.store.ConcurrentModerationContract;
import org.rejoinder.store.MigrationStore;
import org.rejoinder.store.MigrationStoreContract;
import org.rejoinder.store.NotificationStore;
import org.rejoinder.store.NotificationStoreContract;
import org.rejoinder.store.PersonalDataStoreContract;
import org.rejoinder.store.ThreadPageContract;
import org.rejoinder.store.ThreadPageStore;

/**
 * The store contracts, the JDBC store's own contracts and its migrations, on a PostgreSQL schema
 * whose comment tables are hash-partitioned by post ({@link
 * JdbcCommentStore.Builder#partitionByPost(int)}).
 */
@RequiresPostgres
class PostgresPartitionedStoreTest {
  static final int PARTITIONS = 4;

  private final Map<Object, TestDatabase> databases = new IdentityHashMap<>();

  /** A store on a new partitioned schema, migrated, sending {@code batchSize} rows at once. */
  private JdbcCommentStore open(int batchSize) throws Exception {
    TestDatabase database = TestDatabase.postgresPartitioned(PARTITIONS);
    JdbcCommentStore migrated = database.migratedStore();
    JdbcCommentStore store = database.storeBuilder()
        .dialect(migrated.dialect()).batchSize(batchSize).build();
    databases.put(store, database);
    return store;
  }

  private void close(Object store) throws Exception {
    databases.remove(store).close();
  }

  @Nested
  class Store extends CommentStoreContract {
    @Override
    protected CommentStore newStore() throws Exception {
      return open(JdbcCommentStore.Builder.DEFAULT_BATCH_SIZE);
    }

    @Override
    protected void closeStore(CommentStore store) throws Exception {
      close(store);
    }
  }

  @Nested
  class ThreadPages extends ThreadPageContract {
    @Override
    protected ThreadPageStore newStore() throws Exception {
      return open(JdbcCommentStore.Builder.DEFAULT_BATCH_SIZE);
    }

    @Override
    protected void closeStore(ThreadPageStore store) throws Exception {
      close(store);
    }
  }

  @Nested
  class BulkInserts extends BulkInsertContract {
    @Override
    protected BulkInsertStore newStore() throws Exception {
      return open(97);
    }

    @Override
    protected void closeStore(BulkInsertStore store) throws Exception {
      close(store);
    }
  }

  @Nested
  class ConcurrentModeration extends ConcurrentModerationContract {
    @Override
    protected CommentStore newStore() throws Exception {
      return open(JdbcCommentStore.Builder.DEFAULT_BATCH_SIZE);
    }

    @Override
    protected void closeStore(CommentStore store) throws Exception {
      close(store);
    }
  }

  @Nested
  class ImportsAndBackups extends MigrationStoreContract {
    @Override
    protected MigrationStore newStore() throws Exception {
      return open(3);
    }

    @Override
    protected void closeStore(MigrationStore store) throws Exception {
      close(store);
    }
  }

  @Nested
  class Notifications extends NotificationStoreContract {
    @Override
    protected NotificationStore newStore() throws Exception {
      return open(JdbcCommentStore.Builder.DEFAULT_BATCH_SIZE);
    }

    @Override
    protected void closeStore(NotificationStore store) throws Exception {
      close(store);
    }
  }

  @Nested
  class PersonalData extends PersonalDataStoreContract {
    @Override
    protected CommentStore newStore() throws Exception {
      return open(JdbcCommentStore.Builder.DEFAULT_BATCH_SIZE);
    }

    @Override
    protected void closeStore(CommentStore store) throws Exception {
      close(store);
    }
  }

  @Nested
  class Activity extends ActivityStoreContract {
    @Override
    protected ActivityStore newStore() throws Exception {
      return open(JdbcCommentStore.Builder.DEFAULT_BATCH_SIZE);
    }

    @Override
    protected void closeStore(ActivityStore store) throws Exception {
      close(store);
    }
  }

  @Nested
  class ImportWrites extends ImportWritesContract {
    @Override
    protected TestDatabase newDatabase() throws Exception {
      return TestDatabase.postgresPartitioned(PARTITIONS);
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    TestDatabase newDatabase() throws Exception {
      return TestDatabase.postgresPartitioned(PARTITIONS);
    }
  }

  @Nested
  class SchemaMigrations extends MigrationContract {
    @Override
    TestDatabase newDatabase() throws Exception {
      return TestDatabase.postgresPartitioned(PARTITIONS);
    }
  }

  @Nested
  class SubmitRoundTrips extends SubmitRoundTripsContract {
    @Override
    protected TestDatabase newDatabase() throws Exception {
      return TestDatabase.postgresPartitioned(PARTITIONS);
    }

    @Override
    protected Expected expected() {
      return new Expected(3, 4, 3, 3, 5);
    }
  }
}
