package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.RecentCommentsQuery;

/** Counts of many posts and a page of recent comments each take one statement, however many posts. */
class ActivityReadCostTest {
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");
  private static final int POSTS = 120;

  private final AtomicInteger statements = new AtomicInteger();
  private final List<PostId> posts = new ArrayList<>();
  private TestDatabase database;
  private JdbcCommentStore store;

  @BeforeEach
  void open() {
    database = TestDatabase.h2();
    JdbcCommentStore migrated = database.migratedStore();
    for (int p = 0; p < POSTS; p++) {
      PostId post = PostId.of("post-" + p);
      posts.add(post);
      migrated.insertPost(Post.of(post, "Post " + p, SiteUser.of("1", "Ed"), T0));
      for (int i = 0; i < p % 3; i++) {
        Comment c = Comment.create(migrated.nextCommentId(), post, null, Guest.of("G" + i, null),
            Body.plain("c " + i), T0.plusSeconds(p * 10L + i), ModerationState.APPROVED, ClientInfo.NONE);
        migrated.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null,
            ModerationState.APPROVED, "approved"));
      }
    }
    store = JdbcCommentStore.builder(CountingDataSource.counting(database.dataSource(), statements)).dialect(migrated.dialect()).build();
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void theCountsOfOneHundredPosts_takeOneStatement_asThoseOfOne() {
    statements.set(0);
    assertThat(store.responseCounts(posts.subList(0, 1))).containsEntry(posts.get(0), 0);
    assertThat(statements.get()).isOne();

    statements.set(0);
    assertThat(store.responseCounts(posts.subList(0, 100))).hasSize(100).containsEntry(posts.get(5), 2);
    assertThat(statements.get()).isOne();
  }

  @Test
  void aPageOfRecentComments_takesOneStatement_evenOfOpenPostsOnly() {
    statements.set(0);
    assertThat(store.recentComments(RecentCommentsQuery.all().withPage(0, 50), T0)).hasSize(50);
    assertThat(statements.get()).isOne();

    statements.set(0);
    assertThat(store.recentComments(RecentCommentsQuery.all().withOpenPostsOnly(true)
        .withExcludedPosts(posts.subList(0, 10)).withPage(10, 20), T0)).hasSize(20);
    assertThat(statements.get()).isOne();
  }
}
