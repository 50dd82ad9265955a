package org.rejoinder.bench.jdbc;

/** Where a benchmark keeps its comments. */
public enum Backend {
  /** {@code InMemoryCommentStore}, no database. */
  MEMORY,
  /** {@code JdbcCommentStore} on an in-memory H2 database. */
  H2_MEMORY,
  /** {@code JdbcCommentStore} on an H2 file database with {@code WRITE_DELAY=0}. */
  H2_FILE,
  /**
   * {@code JdbcCommentStore} on a SQLite file in WAL mode with every commit synced ({@code
   * synchronous=FULL}), as the JDBC store's guide recommends.
   */
  SQLITE_FILE,
  /**
   * {@code JdbcCommentStore} on the PostgreSQL server named by {@value
   * BenchDatabase#POSTGRES_URL_VARIABLE}, in a schema of the benchmark's own.
   */
  POSTGRESQL
}
