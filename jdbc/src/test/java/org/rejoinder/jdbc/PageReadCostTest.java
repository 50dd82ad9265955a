package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.jdbc.internal.AuditTable;
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
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadCursor;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * A page read touches the page's rows, found through indexes, not the whole post; so does a page
 * of one moderator's actions.
 */
class PageReadCostTest {
  private static final PostId POST = PostId.of("big");
  private static final int THREADS = 2_000;

  private TestDatabase database;
  private JdbcCommentStore store;

  @BeforeEach
  void fill() {
    database = TestDatabase.h2();
    store = database.migratedStore();
    store.insertPost(Post.of(POST, "Big", SiteUser.of("1", "Ed"), Instant.EPOCH));
    List<Comment> comments = new ArrayList<>();
    long id = 1;
    for (int t = 0; t < THREADS; t++) {
      long root = id;
      for (int r = 0; r < 3; r++, id++) {
        comments.add(Comment.create(CommentId.of(id), POST, r == 0 ? null : CommentId.of(root),
            Guest.of("G", null), Body.plain("c" + id), Instant.EPOCH.plusSeconds(id),
            ModerationState.APPROVED, ClientInfo.NONE));
      }
    }
    store.insertAll(comments, Actor.SYSTEM, "bulk");
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void aMiddlePage_returnsOnlyItsComments_withTheCountsOfTheWholePost() {
    ThreadSlice slice = store.threadPage(new ThreadPageRequest(POST, null, 250, 5, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST));

    assertThat(slice.comments()).hasSize(15);
    assertThat(slice.comments().get(0).id().value()).isEqualTo(249 * 5 * 3 + 1);
    assertThat(slice.threadCount()).isEqualTo(THREADS);
    assertThat(slice.firstThread()).isEqualTo(1_245);
    assertThat(slice.responsesBefore()).isEqualTo(1_245 * 3);
    assertThat(slice.responseCount()).isEqualTo(THREADS * 3);
  }

  @Test
  void thePageQuery_walksTheThreadIndexInOrder_andFindsCommentsThroughTheRootIndex() throws Exception {
    String anonymous = plan(ThreadPages.pageSql(true, true), POST.value(), 100, 5);
    String viewer = plan(ThreadPages.pageSql(false, false), POST.value(), "email:v@example.com", 100, 5);

    for (String plan : List.of(anonymous, viewer)) {
      assertThat(plan)
          .containsPattern("REJOINDER_THREAD_BY_TIME: [^*]*POST_ID = \\?1")
          .contains("REJOINDER_COMMENT_BY_ROOT: ROOT_ID = W.ROOT_ID")
          .contains("index sorted") // stops after the page's threads instead of sorting all
          .doesNotContain("tableScan");
    }
    assertThat(viewer).contains("REJOINDER_COMMENT_BY_AUTHOR_POST:").contains("AUTHOR_KEY = ?2");
  }

  @Test
  void aRankedPage_walksItsOrdersOwnIndexInOrder_fromEitherEnd() throws Exception {
    for (CommentOrder order : List.of(CommentOrder.BEST, CommentOrder.TOP, CommentOrder.CONTROVERSIAL, CommentOrder.HOT)) {
      String index = "REJOINDER_THREAD_BY_" + (order == CommentOrder.CONTROVERSIAL ? "CONTROVERSY"
          : order.name().toUpperCase(java.util.Locale.ROOT));
      for (boolean fromFirst : List.of(true, false)) {
        String plan = plan(ThreadPages.pageSql(true, order, fromFirst), POST.value(), 100, 5);
        assertThat(plan).as("%s from the %s", order, fromFirst ? "first" : "last")
            .containsPattern(index + ": [^*]*POST_ID = \\?1")
            .contains("REJOINDER_COMMENT_BY_ROOT: ROOT_ID = W.ROOT_ID")
            .contains("index sorted")
            .doesNotContain("tableScan");
      }
    }
  }

  @Test
  void aPageByCursor_seeksItsOrdersIndexFromTheBoundary_eitherWay() throws Exception {
    OffsetDateTime at = OffsetDateTime.parse("2024-01-01T00:00:00Z");
    for (boolean forward : List.of(true, false)) {
      for (boolean anonymous : List.of(true, false)) {
        Object[] shown = anonymous ? new Object[] {POST.value()}
            : new Object[] {POST.value(), "email:v@example.com"};
        int next = shown.length + 1;
        String time = plan(ThreadPages.seekSql(anonymous, CommentOrder.OLDEST_FIRST, forward, true),
            values(shown, at, at, 5L, 6));
        assertThat(time).as("%s, forward %s", anonymous ? "anonymous" : "viewer", forward)
            // the index's conditions, in H2's order: the post and the boundary's time
            .containsPattern("REJOINDER_THREAD_BY_TIME: [^*]*POST_ID = \\?1")
            .containsPattern("REJOINDER_THREAD_BY_TIME: [^*]*CREATED_AT [<>]= \\?" + next)
            .contains("index sorted")
            .doesNotContain("tableScan");
      }
      for (CommentOrder order : List.of(CommentOrder.BEST, CommentOrder.TOP, CommentOrder.CONTROVERSIAL, CommentOrder.HOT)) {
        String suffix = order == CommentOrder.CONTROVERSIAL ? "CONTROVERSY" : order.name().toUpperCase(java.util.Locale.ROOT);
        Object score = order == CommentOrder.TOP ? (Object) 3L : (Object) 0.5;
        String tie = plan(ThreadPages.seekSql(true, order, forward, true), POST.value(), score, at, at, 5L, 6);
        String beyond = plan(ThreadPages.seekSql(true, order, forward, false), POST.value(), score, 6);
        assertThat(tie).as("%s ties, forward %s", order, forward)
            .containsPattern("REJOINDER_THREAD_BY_" + suffix + ": [^*]*POST_ID = \\?1")
            .containsPattern("REJOINDER_THREAD_BY_" + suffix + ": [^*]*SCORE_" + suffix + " = \\?2")
            .containsPattern("REJOINDER_THREAD_BY_" + suffix + ": [^*]*CREATED_AT [<>]= \\?3")
            .contains("index sorted")
            .doesNotContain("tableScan");
        assertThat(beyond).as("%s beyond, forward %s", order, forward)
            .containsPattern("REJOINDER_THREAD_BY_" + suffix + ": [^*]*POST_ID = \\?1")
            .containsPattern("REJOINDER_THREAD_BY_" + suffix + ": [^*]*SCORE_" + suffix + " [<>] \\?2")
            .contains("index sorted")
            .doesNotContain("tableScan");
      }
    }
  }

  @Test
  void aMiddlePageByCursor_isTheNumberedPage_readFromTheBoundary() {
    ThreadSlice before = store.threadPage(new ThreadPageRequest(POST, null, 249, 5, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST));
    Comment last = before.comments().stream().filter(c -> c.parentId() == null).reduce((a, b) -> b).orElseThrow();
    ThreadCursor cursor = ThreadCursor.of(POST, CommentOrder.OLDEST_FIRST, ThreadCursor.Direction.LATER, last, 1_245);

    ThreadSlice slice = store.threadPage(new ThreadPageRequest(POST, null, 1, 5, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST, cursor));

    assertThat(slice.comments()).isEqualTo(store.threadPage(
        new ThreadPageRequest(POST, null, 250, 5, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST)).comments());
    assertThat(slice.firstThread()).isEqualTo(1_245);
    assertThat(slice.earlier()).isTrue();
    assertThat(slice.later()).isTrue();
  }

  private static Object[] values(Object[] first, Object... rest) {
    Object[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  @Test
  void numberingANewComment_readsTheRangeAfterIt_notThePost() throws Exception {
    String plan = plan(ResponseNumbers.COUNT_LATER, POST.value(),
        OffsetDateTime.parse("2024-01-01T00:00:00Z"),
        OffsetDateTime.parse("2024-01-01T00:00:00Z"), 5L);

    assertThat(plan)
        .containsPattern("REJOINDER_COMMENT_BY_POST: POST_ID = \\?1\\s+AND CREATED_AT >= \\?2")
        .doesNotContain("tableScan");
  }

  @Test
  void oneActorsAuditTrail_isReadInOrderFromTheActorIndex() throws Exception {
    String plan = plan(AuditTable.BY_ACTOR, "user:mod", 100, 20);

    assertThat(plan)
        .contains("REJOINDER_AUDIT_BY_ACTOR: ACTOR_KEY = ?1")
        .contains("index sorted")
        .doesNotContain("tableScan");
  }

  private String plan(String sql, Object... values) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < values.length; i++) {
        explain.setObject(i + 1, values[i]);
      }
      try (ResultSet row = explain.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }
}
