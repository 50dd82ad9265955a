package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.SourceId;

/** Lookups of imported comments by their source ids, through the unique index on them. */
public final class Sources {
  private Sources() {}

  /** Returns the ids of the stored comments that have these source ids, a chunk per query. */
  public static Map<SourceId, CommentId> find(Connection connection, List<SourceId> sources, int chunk)
      throws SQLException {
    Map<SourceId, CommentId> found = new HashMap<>();
    for (int from = 0; from < sources.size(); from += chunk) {
      List<SourceId> part = sources.subList(from, Math.min(from + chunk, sources.size()));
      StringBuilder sql = new StringBuilder(
          "SELECT source_system, source_id, id FROM rejoinder_comment WHERE (source_system, source_id) IN (VALUES ");
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");  // a VALUES list: SQLite needs a subquery here
      }
      try (PreparedStatement statement = connection.prepareStatement(sql.append(')').toString())) {
        for (int i = 0; i < part.size(); i++) {
          statement.setString(2 * i + 1, part.get(i).system());
          statement.setString(2 * i + 2, part.get(i).id());
        }
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            found.put(SourceId.of(row.getString(1), row.getString(2)), CommentId.of(row.getLong(3)));
          }
        }
      }
    }
    return found;
  }
}
