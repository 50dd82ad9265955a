package org.rejoinder.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/**
 * The database a crash test writes into, named so that a child process can open it too: a name
 * for the reports and the JDBC URL, opened through a HikariCP pool as an application would.
 */
record CrashTarget(String name, String url) {
  static final PostId POST = PostId.of("crash");
  /** The application name the writers' PostgreSQL connections carry. */
  static final String WRITER = "rejoinder-crash-writer";

  CrashTarget {
    requireNonNull(name, "name must not be null");
    requireNonNull(url, "url must not be null");
  }

  static CrashTarget fromArgs(String name, String url) {
    return new CrashTarget(name, url);
  }

  /** Returns the arguments {@link #fromArgs} reads back. */
  String[] args() {
    return new String[] {name, url};
  }

  /** Opens a pool of {@code connections} on the database and a store on it. */
  Opened open(int connections) {
    return open(connections, url);
  }

  /** Opens the pool of a writer, whose connections PostgreSQL can tell apart ({@link #awaitWritersGone}). */
  Opened openWriter(int connections) {
    return open(connections, url.startsWith("jdbc:postgresql:")
        ? url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + WRITER : url);
  }

  /**
   * Waits until no killed writer's statement can still commit: on PostgreSQL, until the server
   * has ended every backend of a writer's connection, since a statement text sent just before
   * the kill runs to its end (its commit included) on the server after the client is gone.
   * Embedded databases die with their process.
   */
  void awaitWritersGone() throws SQLException, InterruptedException {
    if (!url.startsWith("jdbc:postgresql:")) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement writers = c.prepareStatement(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
      writers.setString(1, WRITER);
      while (true) {
        try (ResultSet row = writers.executeQuery()) {
          row.next();
          if (row.getLong(1) == 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("a killed writer's connection is still open on the server");
        }
        Thread.sleep(20);
      }
    }
  }

  private Opened open(int connections, String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(connections);
    config.setMinimumIdle(1);
    config.setPoolName("crash-" + name);
    HikariDataSource pool = new HikariDataSource(config);
    return new Opened(pool, JdbcCommentStore.builder(pool).build());
  }

  /** Creates the schema and the post the writers comment on. */
  void prepare() {
    try (Opened opened = open(2)) {
      opened.store().migrate();
      if (opened.store().findPost(POST).isEmpty()) {
        opened.store().insertPost(Post.of(POST, "Crash", SiteUser.of("1", "Ed"), Instant.now()));
      }
    }
  }

  /** A pool and a store on it; closing closes the pool. */
  record Opened(HikariDataSource pool, JdbcCommentStore store) implements AutoCloseable {
    @Override
    public void close() {
      pool.close();
    }
  }
}
