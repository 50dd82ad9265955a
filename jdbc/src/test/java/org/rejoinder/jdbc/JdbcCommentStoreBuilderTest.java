package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.StorageException;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

class JdbcCommentStoreBuilderTest {
  @Test
  void theDialect_isDetectedFromTheDatabase() throws Exception {
    try (TestDatabase h2 = TestDatabase.h2()) {
      assertThat(JdbcCommentStore.builder(h2.dataSource()).build().dialect()).isEqualTo(JdbcDialect.H2);
    }
  }

  @Test
  void aGivenDialect_needsNoConnection_whileDetectionFailsWithoutOne() {
    DataSource down = dataSource(null);

    assertThat(JdbcCommentStore.builder(down).dialect(JdbcDialect.POSTGRESQL).build().dialect())
        .isEqualTo(JdbcDialect.POSTGRESQL);
    assertThatThrownBy(() -> JdbcCommentStore.builder(down).build())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("detect the database");
  }

  @Test
  void anUnsupportedDatabase_isRefusedByName() {
    assertThatThrownBy(() -> JdbcCommentStore.builder(dataSource("MySQL")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MySQL");
  }

  @Test
  void partitionByPost_takes2To1024Partitions_andIsForPostgresOnly() throws Exception {
    JdbcCommentStore.Builder builder = JdbcCommentStore.builder(dataSource(null)).dialect(JdbcDialect.H2);

    assertThatThrownBy(() -> builder.partitionByPost(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partitions must be between 2 and 1024 but was 1");
    assertThatThrownBy(() -> builder.partitionByPost(1025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1025");
    assertThatThrownBy(() -> builder.partitionByPost(16).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("partitionByPost(16) is for PostgreSQL only, but the database is H2");
    assertThat(builder.partitionByPost(8).dialect(JdbcDialect.POSTGRESQL).build().dialect())
        .isEqualTo(JdbcDialect.POSTGRESQL);
    try (TestDatabase h2 = TestDatabase.h2()) {
      assertThatThrownBy(() -> JdbcCommentStore.builder(h2.dataSource()).partitionByPost(2).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("PostgreSQL only");
    }
  }

  @Test
  void settings_areChecked_andASettingGivenTwiceReplacesTheFirst() {
    JdbcCommentStore.Builder builder = JdbcCommentStore.builder(dataSource(null)).dialect(JdbcDialect.H2);

    assertThat(builder.dialect(JdbcDialect.POSTGRESQL).build().dialect()).isEqualTo(JdbcDialect.POSTGRESQL);
    assertThatThrownBy(() -> builder.batchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be between 1 and 10000 but was 0");
    assertThatThrownBy(() -> builder.batchSize(10_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("batchSize");
    assertThat(builder.batchSize(10).batchSize(20).build().dialect()).isEqualTo(JdbcDialect.POSTGRESQL);
    assertThatThrownBy(() -> JdbcCommentStore.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dataSource must not be null");
    assertThatThrownBy(() -> builder.dialect(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dialect must not be null");
  }

  @Test
  void pooledConnections_goBackWithTheirSettingsUnchanged() throws SQLException {
    JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:rejoinder-pool;DB_CLOSE_DELAY=-1", "", "");
    pool.setMaxConnections(1);
    try {
      JdbcCommentStore store = JdbcCommentStore.builder(pool).build();
      store.migrate();
      store.insertPost(Post.of(PostId.of("p"), "Pool", SiteUser.of("1", "Ed"), java.time.Instant.EPOCH));
      store.threadPage(org.rejoinder.thread.ThreadPageRequest.of(
          PostId.of("p"), org.rejoinder.model.Actor.ANONYMOUS, org.rejoinder.thread.ThreadOptions.DEFAULTS, 1));

      try (Connection c = pool.getConnection()) {
        assertThat(c.getAutoCommit()).isTrue();
        assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      }
      assertThat(pool.getActiveConnections()).isZero();
    } finally {
      try (Connection c = pool.getConnection()) {
        c.createStatement().execute("SHUTDOWN");
      }
      pool.dispose();
    }
  }

  /** A data source whose connections report {@code product}, or that cannot connect if null. */
  private static DataSource dataSource(String product) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (!method.getName().equals("getConnection")) {
            throw new UnsupportedOperationException(method.getName());
          }
          if (product == null) {
            throw new SQLException("Connection refused", "08001");
          }
          DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
              new Class<?>[] {DatabaseMetaData.class}, (p, m, a) -> product);
          return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
              (p, m, a) -> m.getName().equals("getMetaData") ? meta
                  : m.getReturnType() == boolean.class ? Boolean.TRUE : null);
        });
  }
}
