package org.rejoinder.cli;

import picocli.CommandLine.Option;

/** The options every command that opens the database has. */
final class Options {
  /**
   * The embedded default: a SQLite file in the working directory, in WAL mode with every commit
   * synced, the configuration the JDBC store keeps acknowledged writes with.
   */
  static final String DEFAULT_DB = "jdbc:sqlite:rejoinder.db";
  /** The settings a SQLite URL gets when it names none. */
  static final String SQLITE_SETTINGS =
      "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=30000";

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL of the database (default: ${DEFAULT-VALUE}, a SQLite file in the"
          + " working directory; a SQLite URL without settings gets WAL, synchronous=FULL and foreign keys)",
      defaultValue = DEFAULT_DB)
  String db = DEFAULT_DB;

  /** Returns the URL to open: a SQLite URL without settings gets the durable ones. */
  String url() {
    return db.startsWith("jdbc:sqlite:") && !db.contains("?") ? db + SQLITE_SETTINGS : db;
  }

  @Option(names = "--verbose", description = "Print the stack trace of an error")
  boolean verbose;
}
