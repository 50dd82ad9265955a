package org.rejoinder.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/**
 * The database a crash test writes into, named so that a child process can open it too: a name
 * for the reports and the JDBC URL, opened through a HikariCP pool as an application would.
 */
record CrashTarget(String name, String url) {
  static final PostId POST = PostId.of("crash");

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
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
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
