package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.jdbc.internal.ResponseNumbers;
import org.rejoinder.jdbc.internal.ThreadPages;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.thread.CommentOrder;

/**
 * In PostgreSQL, a page read by cursor is an index seek: the condition on the boundary's key is
 * an index condition of the order's own index, read in order, never a scan of the post's threads
 * nor a sort of them. So is the numbering of a new comment, on the general plan it runs on.
 */
@RequiresPostgres
class PostgresPageSeekPlanTest {
  private static final PostId POST = PostId.of("big");
  private static final int THREADS = 5_000;

  private TestDatabase database;

  @BeforeEach
  void fill() throws Exception {
    database = TestDatabase.postgres();
    JdbcCommentStore store = database.migratedStore();
    store.insertPost(Post.of(POST, "Big", SiteUser.of("1", "Ed"), Instant.EPOCH));
    List<Comment> comments = new ArrayList<>();
    for (long id = 1; id <= THREADS; id++) {
      comments.add(Comment.create(CommentId.of(id), POST, null, Guest.of("G", null),
          Body.plain("c" + id), Instant.EPOCH.plusSeconds(id), ModerationState.APPROVED,
          ClientInfo.NONE));
    }
    store.insertAll(comments, Actor.SYSTEM, "bulk");
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      // Votes spread the threads over a hundred scores, as on a post readers vote on.
      s.execute("UPDATE rejoinder_thread SET score_best = (root_id % 100) / 100.0,"
          + " score_top = root_id % 100, score_controversy = (root_id % 100) / 10.0,"
          + " score_hot = root_id % 100");
      s.execute("ANALYZE rejoinder_thread");
    }
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void everySeek_isAnIndexConditionOfItsOrdersIndex_readInOrder() throws Exception {
    OffsetDateTime at = OffsetDateTime.parse("1970-01-01T00:40:00Z");
    for (boolean forward : List.of(true, false)) {
      String time = plan(ThreadPages.seekSql(true, CommentOrder.OLDEST_FIRST, forward, true),
          POST.value(), at, at, 2_400L, 6);
      assertThat(time).as("time, forward %s", forward)
          .containsPattern("Index (Only )?Scan (Backward )?using rejoinder_thread_by_time")
          .containsPattern("Index Cond: .*post_id.* AND \\(created_at [<>]= ")
          .doesNotContain("Seq Scan")
          .doesNotContain("Sort");
      for (CommentOrder order : List.of(CommentOrder.BEST, CommentOrder.TOP, CommentOrder.CONTROVERSIAL, CommentOrder.HOT)) {
        String suffix = order == CommentOrder.CONTROVERSIAL ? "controversy" : order.name().toLowerCase(Locale.ROOT);
        Object score = order == CommentOrder.TOP ? (Object) 40L
            : order == CommentOrder.BEST ? (Object) 0.4
            : order == CommentOrder.CONTROVERSIAL ? (Object) 4.0 : (Object) 40.0;
        String tie = plan(ThreadPages.seekSql(true, order, forward, true), POST.value(), score, at, at, 2_400L, 6);
        String beyond = plan(ThreadPages.seekSql(true, order, forward, false), POST.value(), score, 6);
        for (String plan : List.of(tie, beyond)) {
          assertThat(plan).as("%s, forward %s", order, forward)
              .containsPattern("Index (Only )?Scan (Backward )?using rejoinder_thread_by_" + suffix)
              .containsPattern("Index Cond: .*post_id.* AND \\(score_" + suffix + " [=<>] ")
              .doesNotContain("Seq Scan")
              .doesNotContain("Sort");
        }
        assertThat(tie).contains("created_at");
      }
    }
  }

  @Test
  void numberingANewComment_onItsGeneralPlan_readsThePostsIndexFromTheComment() throws Exception {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE rejoinder_comment");
      s.execute("SET plan_cache_mode = force_generic_plan");
      String at = "'1970-01-01T00:40:00Z'";
      String number = generalPlan(s, "number_new", "SELECT " + ResponseNumbers.NEW_NUMBER_POSTGRESQL,
          "'big', 'big', " + at + ", 2400, 2147483647");
      String shift = generalPlan(s, "shift_later", ResponseNumbers.SHIFT_LATER_POSTGRESQL,
          "1, 'big', 'big', " + at + ", 2400, 2147483647");
      for (String plan : List.of(number, shift)) {
        assertThat(plan)
            .contains("Index Scan using rejoinder_comment_by_post")
            .containsPattern("Index Cond: .*post_id.* AND \\(ROW\\(created_at, id\\) > ")
            .doesNotContain("Seq Scan on rejoinder_comment")
            .doesNotContain("Sort");
      }
      s.execute("RESET plan_cache_mode");
    }
  }

  /** Returns the plan PostgreSQL made for {@code sql} without its parameters' values. */
  private static String generalPlan(Statement s, String name, String sql, String values)
      throws Exception {
    StringBuilder numbered = new StringBuilder();
    int parameter = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        numbered.append('$').append(++parameter);
      } else {
        numbered.append(ch);
      }
    }
    s.execute("PREPARE " + name + " AS " + numbered);
    StringBuilder plan = new StringBuilder();
    try (ResultSet row = s.executeQuery("EXPLAIN EXECUTE " + name + "(" + values + ")")) {
      while (row.next()) {
        plan.append(row.getString(1)).append('\n');
      }
    }
    s.execute("DEALLOCATE " + name);
    return plan.toString();
  }

  private String plan(String sql, Object... values) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < values.length; i++) {
        explain.setObject(i + 1, values[i]);
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet row = explain.executeQuery()) {
        while (row.next()) {
          plan.append(row.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }
}
