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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rejoinder.error.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The versioned schema scripts under {@code db/rejoinder/<dialect>/}, and how they are applied:
 * each one not yet recorded in {@code rejoinder_schema_version}, in order of version. Each
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
      List.of(
          new Migration(1, "init"),
          new Migration(4, "sources_and_types"),
          new Migration(5, "conversation"),
          new Migration(6, "recent_comments"),
          new Migration(7, "subscriptions_and_outbox"),
          new Migration(8, "digests"),
          new Migration(9, "erasure_records"),
          new Migration(10, "identity_locks"),
          new Migration(11, "moderation_lists"));

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
    return migrate(connection, dialect, 0);
  }

  /**
   * Applies the migrations the database lacks inside the caller's transaction; with {@code
   * partitionsByPost} above 0 (PostgreSQL only), first creates the comment tables partitioned
   * by post in a new database ({@link PartitionedTables}).
   *
   * @return how many were applied
   * @throws StorageException if the database has a newer schema than this code knows
   * @throws IllegalStateException if partitions are asked for and the database has comment
   *     tables that are not partitioned
   */
  public static int migrate(Connection connection, Dialect dialect, int partitionsByPost)
      throws SQLException {
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
    // Each known script the database has not recorded, whether older or newer than its latest:
    // versions are numbered as features are planned, so a database may have a later one first.
    if (partitionsByPost > 0) {
      PartitionedTables.prepare(connection, partitionsByPost, current);
    }
    Set<Integer> recorded = current == 0 ? Set.of() : recordedVersions(connection);
    int applied = 0;
    for (Migration migration : ALL) {
      if (!recorded.contains(migration.version())) {
        for (String sql : statements(migration.script(dialect))) {
          execute(connection, dialect, sql);
        }
        LOG.info("Applied Rejoinder schema migration {}", migration.script(dialect));
        applied++;
      }
    }
    return applied;
  }

  /** {@code ALTER TABLE t ADD COLUMN IF NOT EXISTS c …}, which SQLite has no words for. */
  private static final Pattern ADD_COLUMN = Pattern.compile(
      "(?s)\\s*ALTER TABLE (\\w+) ADD COLUMN IF NOT EXISTS (\\w+) (.*)");

  /** {@code CREATE UNIQUE INDEX IF NOT EXISTS i …}, which PostgreSQL checks before the name. */
  private static final Pattern CREATE_UNIQUE_INDEX = Pattern.compile(
      "(?s)\\s*CREATE UNIQUE INDEX IF NOT EXISTS (\\w+) .*");

  /**
   * Runs one statement of a script. SQLite has no {@code ADD COLUMN IF NOT EXISTS}: there the
   * column is added only if {@code pragma_table_info} does not list it, so that every script
   * stays safe to run again, as on the other databases. PostgreSQL refuses a unique index on a
   * partitioned table that lacks the partition key even when an index of that name exists: there
   * such a statement is skipped when its name is taken, as {@code IF NOT EXISTS} says.
   */
  public static void execute(Connection connection, Dialect dialect, String sql) throws SQLException {
    Matcher add = ADD_COLUMN.matcher(sql);
    if (dialect == Dialect.SQLITE && add.matches()) {
      try (PreparedStatement exists = connection.prepareStatement(
          "SELECT 1 FROM pragma_table_info(?) WHERE name = ?")) {
        exists.setString(1, add.group(1));
        exists.setString(2, add.group(2));
        try (ResultSet row = exists.executeQuery()) {
          if (row.next()) {
            return;
          }
        }
      }
      sql = "ALTER TABLE " + add.group(1) + " ADD COLUMN " + add.group(2) + " " + add.group(3);
    }
    Matcher unique = CREATE_UNIQUE_INDEX.matcher(sql);
    if (dialect == Dialect.POSTGRESQL && unique.matches()
        && PartitionedTables.relationExists(connection, unique.group(1))) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Set<Integer> recordedVersions(Connection connection) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version FROM " + VERSION_TABLE)) {
      while (rows.next()) {
        versions.add(rows.getInt(1));
      }
    }
    return versions;
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
