package org.rejoinder.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Instants as {@code TIMESTAMP WITH TIME ZONE} values in UTC. */
final class Times {
  private Times() {}

  static void bind(PreparedStatement statement, int index, @Nullable Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  static @Nullable Instant readNullable(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Instant read(ResultSet row, String column) throws SQLException {
    Instant value = readNullable(row, column);
    if (value == null) {
      throw new SQLException("Column " + column + " is null");
    }
    return value;
  }
}
