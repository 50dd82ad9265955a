package org.rejoinder.bench.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.rejoinder.jdbc.JdbcCommentStore;

/**
 * A database behind a HikariCP pool, as an application would reach it. Closing it closes the
 * pool, and for a database made for one benchmark ({@link #fresh}) also deletes the database.
 */
public final class BenchDatabase implements AutoCloseable {
  /** The environment variable holding the PostgreSQL server's JDBC URL. */
  public static final String POSTGRES_URL_VARIABLE = "REJOINDER_BENCH_POSTGRES_URL";

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final HikariDataSource pool;
  private final boolean h2;
  private final Cleanup cleanup;

  private BenchDatabase(HikariDataSource pool, boolean h2, Cleanup cleanup) {
    this.pool = pool;
    this.h2 = h2;
    this.cleanup = cleanup;
  }

  /** What to do once the pool is closed: delete the database, or nothing. */
  interface Cleanup {
    void run() throws IOException, SQLException;
  }

  /** Returns a new, empty database of {@code backend}, which closing deletes. */
  public static BenchDatabase fresh(Backend backend) {
    String name = "rejoinder_bench_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    switch (backend) {
      case H2_MEMORY:
        return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", () -> {});
      case H2_FILE:
        try {
          Path folder = Files.createTempDirectory("rejoinder-bench-h2");
          return h2File(folder.resolve(name), () -> deleteTree(folder));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      case SQLITE_FILE:
        try {
          Path folder = Files.createTempDirectory("rejoinder-bench-sqlite");
          HikariConfig config = config("jdbc:sqlite:" + folder.resolve(name + ".db")
              + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=30000");
          return new BenchDatabase(new HikariDataSource(config), false, () -> deleteTree(folder));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      case POSTGRESQL:
        createSchema(name);
        return postgres(name, () -> dropSchema(name));
      default:
        throw new IllegalArgumentException(backend + " is not a database");
    }
  }

  /**
   * Returns the H2 file database at {@code file} (H2 adds {@code .mv.db}), created if missing,
   * with {@code WRITE_DELAY=0} as the README recommends.
   */
  static BenchDatabase h2File(Path file, Cleanup cleanup) {
    return h2("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0", cleanup);
  }

  private static BenchDatabase h2(String url, Cleanup cleanup) {
    return new BenchDatabase(new HikariDataSource(config(url)), true, cleanup);
  }

  /**
   * Returns the schema {@code schema} of the PostgreSQL server named by {@value
   * #POSTGRES_URL_VARIABLE}, which must exist, with {@code reWriteBatchedInserts=true}.
   */
  static BenchDatabase postgres(String schema, Cleanup cleanup) {
    HikariConfig config = config(postgresUrl());
    config.setSchema(schema);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    return new BenchDatabase(new HikariDataSource(config), false, cleanup);
  }

  private static HikariConfig config(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(16); // one connection per thread of the concurrent write benchmark
    config.setMinimumIdle(1);
    config.setPoolName("rejoinder-bench-" + COUNTER.incrementAndGet());
    return config;
  }

  /**
   * Returns the PostgreSQL server's JDBC URL.
   *
   * @throws IllegalStateException naming the variable to set, if it is not set
   */
  static String postgresUrl() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "PostgreSQL skipped: set " + POSTGRES_URL_VARIABLE + " to a JDBC URL such as"
              + " jdbc:postgresql://127.0.0.1:54330/postgres?user=postgres to measure it"
              + " (bench/README.md shows how to start a throwaway server)");
    }
    return url;
  }

  /** Runs statements on the PostgreSQL server, outside any benchmark schema. */
  static void postgresAdmin(String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(postgresUrl());
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  /** Returns whether the PostgreSQL server has a schema of that name. */
  static boolean postgresSchemaExists(String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(postgresUrl());
        PreparedStatement query =
            c.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
      query.setString(1, schema);
      try (ResultSet row = query.executeQuery()) {
        return row.next();
      }
    }
  }

  private static void createSchema(String schema) {
    try {
      postgresAdmin("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create schema " + schema, e);
    }
  }

  private static void dropSchema(String schema) throws SQLException {
    postgresAdmin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Gathers the planner's statistics of the comment tables, as a database in use has them. A
   * table filled just now has none until autovacuum's next round (up to a minute later), and
   * PostgreSQL plans it as nearly empty meanwhile: sequential scans, which its connections keep
   * as their prepared statements' plans, so every write would cost more as the table grows.
   */
  public void analyze() {
    String sql = pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        ? "ANALYZE rejoinder_post, rejoinder_comment, rejoinder_thread, rejoinder_audit"
        : "ANALYZE";
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot analyze the tables", e);
    }
  }

  /** Returns the pool. */
  public DataSource dataSource() {
    return pool;
  }

  /** Returns a store on this database; the schema is not migrated. */
  public JdbcCommentStore store() {
    return JdbcCommentStore.builder(pool).build();
  }

  /** Closes the pool (an H2 database with it), then deletes a fresh database; once. */
  @Override
  public void close() throws Exception {
    close("SHUTDOWN");
  }

  /**
   * Closes the pool like {@link #close()}, compacting an H2 file first: a large import leaves
   * most of the file unused, as H2 keeps old pages for a while before reusing their space.
   */
  public void closeCompacted() throws Exception {
    close("SHUTDOWN COMPACT");
  }

  private void close(String h2Shutdown) throws Exception {
    if (pool.isClosed()) {
      return;
    }
    try (HikariDataSource closing = pool) {
      if (h2) {
        Connection c = pool.getConnection();
        try (Statement s = c.createStatement()) {
          s.execute(h2Shutdown);
        } finally {
          pool.evictConnection(c); // closed with the database
        }
      }
    }
    cleanup.run();
  }
}
