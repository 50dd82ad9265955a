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

  /**
   * Returns the ids of the stored comments that have these source ids, a chunk per query. Each
   * source id is looked up on its own through the unique index, by a subquery per row of the
   * chunk: a join of the chunk with the table may be planned as a scan of the whole table while
   * the table is small, and PostgreSQL keeps such a plan for the statement as the table grows,
   * so an import's lookups would each read every comment imported so far.
   */
  public static Map<SourceId, CommentId> find(Connection connection, List<SourceId> sources, int chunk)
      throws SQLException {
    Map<SourceId, CommentId> found = new HashMap<>();
    for (int from = 0; from < sources.size(); from += chunk) {
      List<SourceId> part = sources.subList(from, Math.min(from + chunk, sources.size()));
      StringBuilder sql = new StringBuilder("WITH wanted (source_system, source_id) AS (VALUES ");
      for (int i = 0; i < part.size(); i++) {
        sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
      }
      sql.append(") SELECT w.source_system, w.source_id, (SELECT c.id FROM rejoinder_comment c")
          .append(" WHERE c.source_system = w.source_system AND c.source_id = w.source_id)")
          .append(" FROM wanted w");
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < part.size(); i++) {
          statement.setString(2 * i + 1, part.get(i).system());
          statement.setString(2 * i + 2, part.get(i).id());
        }
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            long id = row.getLong(3);
            if (!row.wasNull()) {
              found.put(SourceId.of(row.getString(1), row.getString(2)), CommentId.of(id));
            }
          }
        }
      }
    }
    return found;
  }
}
