package org.rejoinder.jdbc.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Collectors;

/** Builds the repetitive parts of fixed SQL text from fixed column lists; never from data. */
final class Sql {
  private Sql() {}

  /** Returns {@code ?, ?, …} with {@code count} parameters. */
  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** Returns {@code a = ?, b = ?, …} for a comma-separated column list. */
  static String assignments(String columns) {
    return Arrays.stream(columns.split(","))
        .map(column -> column.strip() + " = ?")
        .collect(Collectors.joining(", "));
  }

  /** Returns a comma-separated column list with every column qualified by {@code alias}. */
  static String qualified(String alias, String columns) {
    return Arrays.stream(columns.split(","))
        .map(column -> alias + "." + column.strip())
        .collect(Collectors.joining(", "));
  }

  /** Returns how many columns a comma-separated column list names. */
  static int count(String columns) {
    return columns.split(",").length;
  }
}
