package org.rejoinder.jdbc.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rejoinder.error.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned schema scripts under {@code db/rejoinder/<dialect>/}, and how they are applied:
 * those newer than the version recorded in {@code rejoinder_schema_version}, oldest first. Each
 * script records its own version, so the table is right whether the store or the application's
 * Flyway ran it.
 */
public final class Migrations {
  /** A schema script: {@code V<version>__<description>.sql}. */
  public record Migration(int version, String description) {
    /** Returns the script's resource path for a dialect. */
    public String script(Dialect dialect) {
      return dialect.migrationFolder() + "/V" + version + "__" + description + ".sql";
    }
  }

  /** Every migration this code knows, oldest first. */
  public static final List<Migration> ALL =
      List.of(new Migration(1, "init"), new Migration(5, "conversation"));

  /** The schema version this code reads and writes. */
  public static final int LATEST = ALL.get(ALL.size() - 1).version();

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final String VERSION_TABLE = "rejoinder_schema_version";
  /** The PostgreSQL advisory lock that keeps two processes from migrating at once: "Rejoindr". */
  private static final long LOCK_KEY = 0x52656A6F696E6472L;

  private Migrations() {}

  /** Returns the schema version recorded in the database, 0 if it has none. */
  public static int currentVersion(Connection connection) throws SQLException {
    if (!versionTableExists(connection)) {
      return 0;
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
      row.next();
      return row.getInt(1);
    }
  }

  /**
   * Applies the migrations the database lacks inside the caller's transaction.
   *
   * @return how many were applied
   * @throws StorageException if the database has a newer schema than this code knows
   */
  public static int migrate(Connection connection, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, LOCK_KEY);
        lock.execute();
      }
    }
    int current = currentVersion(connection);
    if (current > LATEST) {
      throw new StorageException(
          "The database schema is at version " + current + ", newer than version " + LATEST
              + ", the latest this rejoinder-jdbc knows; use a newer rejoinder-jdbc");
    }
    int applied = 0;
    for (Migration migration : ALL) {
      if (migration.version() > current) {
        try (Statement statement = connection.createStatement()) {
          for (String sql : statements(migration.script(dialect))) {
            statement.execute(sql);
          }
        }
        LOG.info("Applied Rejoinder schema migration {}", migration.script(dialect));
        applied++;
      }
    }
    return applied;
  }

  private static boolean versionTableExists(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String name =
        meta.storesUpperCaseIdentifiers()
            ? VERSION_TABLE.toUpperCase(Locale.ROOT)
            : VERSION_TABLE;
    String pattern = name.replace("_", meta.getSearchStringEscape() + "_");
    try (ResultSet tables =
        meta.getTables(connection.getCatalog(), connection.getSchema(), pattern, new String[] {"TABLE"})) {
      return tables.next();
    }
  }

  /**
   * Returns a script's statements. Scripts are ours: comment lines start with {@code --}, and
   * each statement ends with a semicolon at the end of a line.
   */
  public static List<String> statements(String resource) {
    InputStream in = Migrations.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IllegalStateException("Missing migration script " + resource);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("--")) {
          continue;
        }
        current.append(current.length() == 0 ? "" : "\n").append(line);
        if (trimmed.endsWith(";")) {
          String statement = current.toString().strip();
          statements.add(statement.substring(0, statement.length() - 1));
          current.setLength(0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
    if (current.length() > 0) {
      throw new IllegalStateException("Migration script " + resource + " ends without a ';'");
    }
    return statements;
  }
}
