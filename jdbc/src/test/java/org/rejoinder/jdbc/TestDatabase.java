package org.rejoinder.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one test: an in-memory H2 database, a SQLite file, or a schema of its own in the
 * PostgreSQL server named by {@value PostgresCondition#URL_VARIABLE}. Closing drops it.
 */
final class TestDatabase implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final DataSource dataSource;
  private final String dropSql;
  private final AutoCloseable pool;
  private final int partitionsByPost;

  private TestDatabase(DataSource dataSource, String dropSql, AutoCloseable pool) {
    this(dataSource, dropSql, pool, 0);
  }

  private TestDatabase(DataSource dataSource, String dropSql, AutoCloseable pool, int partitionsByPost) {
    this.dataSource = dataSource;
    this.dropSql = dropSql;
    this.pool = pool;
    this.partitionsByPost = partitionsByPost;
  }

  static TestDatabase h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:rejoinder-test-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return new TestDatabase(h2, "SHUTDOWN", () -> {});
  }

  /**
   * A SQLite database in a new file of its own, in WAL mode with every commit synced, through a
   * pool, as the README recommends; closing deletes the file.
   */
  static TestDatabase sqlite() {
    Path dir;
    try {
      dir = Files.createTempDirectory("rejoinder-sqlite-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(sqliteUrl(dir.resolve("comments.db")));
    config.setMaximumPoolSize(12);
    config.setMinimumIdle(1);
    config.setPoolName("sqlite-" + COUNTER.incrementAndGet());
    HikariDataSource pool = new HikariDataSource(config);
    return new TestDatabase(pool, "SELECT 1", () -> {
      pool.close();
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    });
  }

  /** Returns the JDBC URL of a SQLite file database with the settings the store requires. */
  static String sqliteUrl(Path file) {
    return "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=30000";
  }

  static TestDatabase postgres() throws SQLException {
    return postgres(0);
  }

  /**
   * A schema of its own in the PostgreSQL server whose stores, from {@link #storeBuilder()},
   * create the comment tables hash-partitioned by post into {@code partitions} partitions.
   */
  static TestDatabase postgresPartitioned(int partitions) throws SQLException {
    return postgres(partitions);
  }

  private static TestDatabase postgres(int partitionsByPost) throws SQLException {
    String schema = "rejoinder_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(PostgresCondition.url());
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(PostgresCondition.url());
    config.setSchema(schema);
    config.setMaximumPoolSize(12);
    config.setMinimumIdle(1);
    config.setPoolName(schema);
    HikariDataSource pool = new HikariDataSource(config);
    return new TestDatabase(pool, "DROP SCHEMA " + schema + " CASCADE", pool, partitionsByPost);
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Returns a builder of stores on this database, with its partitions by post if it has any. */
  JdbcCommentStore.Builder storeBuilder() {
    JdbcCommentStore.Builder builder = JdbcCommentStore.builder(dataSource);
    return partitionsByPost > 0 ? builder.partitionByPost(partitionsByPost) : builder;
  }

  /** Returns a migrated store on this database. */
  JdbcCommentStore migratedStore() {
    JdbcCommentStore store = storeBuilder().build();
    store.migrate();
    return store;
  }

  @Override
  public void close() throws Exception {
    try (AutoCloseable closePool = pool) {
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute(dropSql);
      }
    }
  }
}
