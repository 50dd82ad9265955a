/**
 * Rejoinder's JDBC store: {@link org.rejoinder.jdbc.JdbcCommentStore} keeps posts, comments and
 * their moderation history in SQLite, PostgreSQL or H2 through any {@link javax.sql.DataSource}, with
 * versioned SQL migrations shipped under {@code db/rejoinder/<dialect>/}.
 */
module org.rejoinder.jdbc {
  requires transitive org.rejoinder.core;
  requires transitive java.sql;
  requires org.slf4j;

  exports org.rejoinder.jdbc;
}
