package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.jdbc.internal.AuditTable;
import org.rejoinder.jdbc.internal.SqliteConnection;
import org.rejoinder.jdbc.internal.ThreadPages;
import org.rejoinder.thread.CommentOrder;
import org.sqlite.SQLiteDataSource;

/**
 * On SQLite too, a page read walks the thread index in order and stops after the page's threads,
 * and finds their comments through the root index: only the page's comments are sorted.
 */
class SqlitePageReadCostTest {
  @Test
  void thePageQuery_walksTheThreadIndexInOrder_andSortsOnlyThePagesComments(@TempDir Path dir)
      throws Exception {
    SQLiteDataSource sqlite = new SQLiteDataSource();
    sqlite.setUrl(TestDatabase.sqliteUrl(dir.resolve("c.db")));
    JdbcCommentStore.builder(sqlite).build().migrate();
    try (Connection c = sqlite.getConnection()) {
      for (boolean anonymous : new boolean[] {true, false}) {
        for (boolean fromOldest : new boolean[] {true, false}) {
          List<String> plan = plan(c, ThreadPages.pageSql(anonymous, fromOldest));

          assertThat(plan).anyMatch(step ->
              step.startsWith("SEARCH t USING COVERING INDEX rejoinder_thread_by_time (post_id=?)"));
          assertThat(plan).anyMatch(step ->
              step.startsWith("SEARCH c USING INDEX rejoinder_comment_by_root (root_id=?)"));
          // one sort, of the page's comments, after the join: never of the post's threads
          assertThat(plan).filteredOn(step -> step.contains("TEMP B-TREE")).hasSize(1);
          assertThat(plan.get(plan.size() - 1)).isEqualTo("USE TEMP B-TREE FOR ORDER BY");
          assertThat(plan).noneMatch(step -> step.startsWith("SCAN t") || step.startsWith("SCAN c"));
        }
      }
      for (CommentOrder order : List.of(CommentOrder.BEST, CommentOrder.TOP, CommentOrder.CONTROVERSIAL, CommentOrder.HOT)) {
        String index = "rejoinder_thread_by_"
            + (order == CommentOrder.CONTROVERSIAL ? "controversy" : order.name());
        for (boolean fromFirst : new boolean[] {true, false}) {
          List<String> plan = plan(c, ThreadPages.pageSql(true, order, fromFirst));
          assertThat(plan).as("%s from the %s", order, fromFirst ? "first" : "last")
              .anyMatch(step -> step.startsWith("SEARCH t USING COVERING INDEX " + index + " (post_id=?)"))
              .filteredOn(step -> step.contains("TEMP B-TREE")).hasSize(1);
        }
      }
      assertThat(plan(c, AuditTable.BY_ACTOR))
          .anyMatch(step -> step.startsWith("SEARCH rejoinder_audit USING INDEX rejoinder_audit_by_actor (actor_key=?)"))
          .noneMatch(step -> step.contains("TEMP B-TREE"));
    }
  }

  /** Returns the steps of SQLite's plan for one of the store's statements, adapted as it runs. */
  private static List<String> plan(Connection c, String sql) throws Exception {
    String adapted = SqliteConnection.adaptSql(sql);
    try (PreparedStatement explain = c.prepareStatement("EXPLAIN QUERY PLAN " + adapted)) {
      int parameters = explain.getParameterMetaData().getParameterCount();
      for (int i = 1; i <= parameters; i++) {
        explain.setObject(i, i <= 2 ? (Object) "x" : (Object) 10);
      }
      List<String> steps = new ArrayList<>();
      try (ResultSet row = explain.executeQuery()) {
        while (row.next()) {
          steps.add(row.getString(4));
        }
      }
      return steps;
    }
  }
}
