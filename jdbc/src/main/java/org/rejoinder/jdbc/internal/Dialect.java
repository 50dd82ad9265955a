package org.rejoinder.jdbc.internal;

/**
 * The SQL dialects the store speaks, as its internals see them; the application names them with
 * {@link org.rejoinder.jdbc.JdbcDialect}, which maps to these.
 */
public enum Dialect {
  /** H2 2.x. */
  H2("h2"),
  /** PostgreSQL. */
  POSTGRESQL("postgresql"),
  /** SQLite through sqlite-jdbc. */
  SQLITE("sqlite");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Returns the resource folder of this dialect's migration scripts, such as {@code db/rejoinder/h2}. */
  public String migrationFolder() {
    return "db/rejoinder/" + folder;
  }
}
