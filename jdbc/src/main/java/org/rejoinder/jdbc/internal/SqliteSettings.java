package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that SQLite connections are set up so that the store keeps what it acknowledged and
 * works with several threads: on a file database, WAL mode and {@code synchronous=FULL} (each
 * commit is on disk before it returns; with the default {@code NORMAL}, WAL commits survive a
 * killed process but not a power cut); foreign keys on; and a busy timeout, so that writers wait
 * for each other's write lock instead of failing at once.
 */
public final class SqliteSettings {
  /** The URL parameters of the sqlite-jdbc driver that give these settings. */
  public static final String URL_PARAMETERS =
      "journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000";

  private SqliteSettings() {}

  /**
   * Checks the settings of {@code connection}.
   *
   * @return nothing
   * @throws IllegalArgumentException naming every setting that is missing
   */
  public static Void check(Connection connection) throws SQLException {
    List<String> wrong = new ArrayList<>();
    boolean file = !pragma(connection, "journal_mode").equals("memory");
    if (file && !pragma(connection, "journal_mode").equals("wal")) {
      wrong.add("journal_mode is " + pragma(connection, "journal_mode") + ", not WAL");
    }
    if (file && Integer.parseInt(pragma(connection, "synchronous")) < 2) {
      wrong.add("synchronous is " + pragma(connection, "synchronous") + ", less than FULL (2)");
    }
    if (!pragma(connection, "foreign_keys").equals("1")) {
      wrong.add("foreign_keys is off");
    }
    if (Integer.parseInt(pragma(connection, "busy_timeout")) <= 0) {
      wrong.add("busy_timeout is 0");
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException(
          "The SQLite connections are not set up to keep comments safely: " + String.join(", ", wrong)
              + "; open them with the URL parameters " + URL_PARAMETERS);
    }
    return null;
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA " + name)) {
      return row.next() ? row.getString(1).toLowerCase(Locale.ROOT) : "";
    }
  }
}
