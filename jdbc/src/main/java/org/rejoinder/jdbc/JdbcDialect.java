package org.rejoinder.jdbc;

import org.rejoinder.jdbc.internal.Dialect;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases {@link JdbcCommentStore} supports. Each has its own folder of migration scripts,
 * named as Flyway expects ({@code V1__init.sql}, …), so that an application may apply them with
 * its own Flyway instead of {@link JdbcCommentStore#migrate()}.
 *
 * @since 0.1.0
 */
public enum JdbcDialect {
  /**
   * H2 2.x, embedded: a file or in-memory database in the application's process. For tests in
   * memory: an H2 file database does not keep every write that returned when the process is
   * killed while several connections write, even with {@code WRITE_DELAY=0}, and can keep a
   * transaction in part; use {@link #SQLITE} for an embedded database.
   */
  H2("H2", Dialect.H2),
  /** PostgreSQL 12 or newer. */
  POSTGRESQL("PostgreSQL", Dialect.POSTGRESQL),
  /**
   * SQLite 3.35 or newer through the {@code org.xerial:sqlite-jdbc} driver, embedded: a file in
   * the application's process. The connections must use WAL mode and {@code synchronous=FULL},
   * have foreign keys on and wait for a busy database; {@link JdbcCommentStore.Builder#build()}
   * checks this.
   *
   * @since 0.2.0
   */
  SQLITE("SQLite", Dialect.SQLITE);

  private final String productName;
  private final Dialect dialect;

  JdbcDialect(String productName, Dialect dialect) {
    this.productName = productName;
    this.dialect = dialect;
  }

  /**
   * Returns the dialect of a database by the product name its JDBC driver reports ({@link
   * java.sql.DatabaseMetaData#getDatabaseProductName()}), or empty if it is not supported.
   */
  public static Optional<JdbcDialect> forProductName(String productName) {
    for (JdbcDialect dialect : values()) {
      if (dialect.productName.toLowerCase(Locale.ROOT)
          .equals(productName.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(dialect);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns where this dialect's migration scripts are on the class path, in Flyway's notation:
   * {@code classpath:db/rejoinder/h2}, {@code classpath:db/rejoinder/postgresql} or {@code
   * classpath:db/rejoinder/sqlite}.
   */
  public String migrationLocation() {
    return "classpath:" + migrationFolder();
  }

  /** Returns the resource folder of this dialect's migration scripts, such as {@code db/rejoinder/h2}. */
  public String migrationFolder() {
    return dialect.migrationFolder();
  }

  /** Returns the dialect as the store's internals know it. */
  Dialect internal() {
    return dialect;
  }
}
