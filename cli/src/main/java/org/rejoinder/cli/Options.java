package org.rejoinder.cli;

import picocli.CommandLine.Option;

/** The options every command that opens the database has. */
final class Options {
  /** The embedded default: an H2 file in the working directory, every commit written at once. */
  static final String DEFAULT_DB = "jdbc:h2:file:./rejoinder;WRITE_DELAY=0";

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL of the database (default: ${DEFAULT-VALUE}: an H2 file in the working directory)",
      defaultValue = DEFAULT_DB)
  String db = DEFAULT_DB;

  @Option(names = "--verbose", description = "Print the stack trace of an error")
  boolean verbose;
}
