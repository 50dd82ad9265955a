package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;
import org.rejoinder.model.SiteUser;

/** A page of the moderation queue costs the same number of statements however long it is. */
class QueueReadCostTest {
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");
  private static final PostId POST = PostId.of("busy");

  private final AtomicInteger statements = new AtomicInteger();
  private TestDatabase database;
  private JdbcCommentStore store;

  @BeforeEach
  void open() {
    database = TestDatabase.h2();
    JdbcCommentStore migrated = database.migratedStore();
    migrated.insertPost(Post.of(POST, "Busy", SiteUser.of("1", "Ed"), T0));
    for (int i = 0; i < 60; i++) {
      Comment c = Comment.create(migrated.nextCommentId(), POST, null, Guest.of("G" + i, null),
          Body.plain("held " + i), T0.plusSeconds(i), ModerationState.PENDING, ClientInfo.NONE);
      migrated.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null,
          ModerationState.PENDING, "first-comment"));
      migrated.addReport(new Report(c.id(), "user:" + i, T0.plusSeconds(100), "odd"));
    }
    store = JdbcCommentStore.builder(CountingDataSource.counting(database.dataSource(), statements)).dialect(migrated.dialect()).build();
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private QueuePage countedPage(int limit) {
    statements.set(0);
    return store.moderationQueue(0, limit);
  }

  @Test
  void aPageOfFive_andAPageOfFifty_takeTheSameFourStatements() {
    QueuePage small = countedPage(5);
    int forSmall = statements.get();
    QueuePage large = countedPage(50);
    int forLarge = statements.get();

    assertThat(small.items()).hasSize(5);
    assertThat(large.items()).hasSize(50).allSatisfy(item -> {
      assertThat(item.reports()).hasSize(1);
      assertThat(item.heldBy().reason()).isEqualTo("first-comment");
    });
    assertThat(large.total()).isEqualTo(60);
    assertThat(forSmall).isEqualTo(4);
    assertThat(forLarge).isEqualTo(4);
  }
}
