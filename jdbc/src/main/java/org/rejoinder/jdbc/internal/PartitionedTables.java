package org.rejoinder.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The comment tables of PostgreSQL hash-partitioned by post: {@code rejoinder_comment} and
 * {@code rejoinder_thread}, each with its partitions {@code <table>_p0} to {@code <table>_p<n-1>},
 * created from {@value #SCRIPT} in a new database before the versioned scripts run (see the script
 * for the keys a partitioned table can enforce, and how the others are kept).
 */
public final class PartitionedTables {
  /** The script that creates the tables, run as one statement text. */
  static final String SCRIPT = "db/rejoinder/postgresql-partitioned/comment_tables.sql";
  /** The tables partitioned by {@code HASH (post_id)}. */
  static final List<String> TABLES = List.of("rejoinder_comment", "rejoinder_thread");

  private static final String PARTITIONS =
      "SELECT COUNT(i.inhrelid) FROM pg_partitioned_table p"
          + " JOIN pg_class t ON t.oid = p.partrelid"
          + " JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()"
          + " LEFT JOIN pg_inherits i ON i.inhparent = t.oid"
          + " WHERE t.relname = 'rejoinder_comment'";

  private PartitionedTables() {}

  /**
   * Makes sure the comment tables are partitioned by post: creates them with {@code partitions}
   * partitions each in a database with no schema yet, and accepts a database whose comment
   * table is partitioned already, with any number of partitions.
   *
   * @throws IllegalStateException if the database has comment tables that are not partitioned
   */
  static void prepare(Connection connection, int partitions, int schemaVersion) throws SQLException {
    if (partitions(connection) > 0) {
      return;
    }
    if (schemaVersion > 0 || relationExists(connection, "rejoinder_comment")) {
      throw new IllegalStateException(
          "partitionByPost(" + partitions + ") creates the comment tables partitioned in a new"
              + " database only, but this database has a rejoinder_comment table that is not"
              + " partitioned: build the store without partitionByPost, or move the data into a new"
              + " database with a partitioned schema (an export and an import, or a backup and a"
              + " restore)");
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(script());
      for (String table : TABLES) {
        for (int i = 0; i < partitions; i++) {
          statement.execute("CREATE TABLE " + table + "_p" + i + " PARTITION OF " + table
              + " FOR VALUES WITH (MODULUS " + partitions + ", REMAINDER " + i + ")");
        }
      }
    }
  }

  /** Returns how many partitions {@code rejoinder_comment} has, 0 if it is not partitioned. */
  public static int partitions(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(PARTITIONS)) {
      row.next();
      return row.getInt(1);
    }
  }

  /** Returns whether a table or index of this name is in the connection's search path. */
  static boolean relationExists(Connection connection, String name) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      statement.setString(1, name);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  private static String script() {
    try (InputStream in = PartitionedTables.class.getResourceAsStream("/" + SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("Missing script " + SCRIPT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + SCRIPT, e);
    }
  }
}
