package org.rejoinder.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.rejoinder.jdbc.JdbcCommentStore;

/** The database a command works on: a small pool, the store on it, migrated. */
final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final JdbcCommentStore store;

  private Database(HikariDataSource pool, JdbcCommentStore store) {
    this.pool = pool;
    this.store = store;
  }

  /** Opens the database at {@code url} and brings its schema up to date. */
  static Database open(String url) {
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("--db must be a JDBC URL (jdbc:…) but was " + url);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setPoolName("rejoinder-cli");
    config.setInitializationFailTimeout(-1);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      JdbcCommentStore store = JdbcCommentStore.builder(pool).build();
      store.migrate();
      return new Database(pool, store);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  JdbcCommentStore store() {
    return store;
  }

  @Override
  public void close() {
    pool.close();
  }
}
