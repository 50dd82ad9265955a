package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/**
 * On PostgreSQL a store reserves comment ids a block at a time, each block committed before its
 * first id is handed out, and hands them out from memory: a new comment's id costs no round trip,
 * and no id is handed out twice, by one store or by several sharing the database.
 */
@RequiresPostgres
class PostgresCommentIdsTest {
  private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
  private static final PostId POST = PostId.of("ids");
  private static final SiteUser ED = SiteUser.of("1", "Ed");

  private TestDatabase database;

  @BeforeEach
  void open() throws Exception {
    database = TestDatabase.postgres();
    database.migratedStore().insertPost(Post.of(POST, "Ids", ED, T0));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void idsAreReservedAHundredAtATime() {
    AtomicInteger trips = new AtomicInteger();
    JdbcCommentStore store = JdbcCommentStore.builder(
            CountingDataSource.roundTrips(database.dataSource(), trips))
        .dialect(JdbcDialect.POSTGRESQL)
        .build();

    long first = store.nextCommentId().value();
    for (int i = 1; i < 250; i++) {
      assertThat(store.nextCommentId().value()).isEqualTo(first + i);
    }

    assertThat(trips.get()).isEqualTo(3);
  }

  @Test
  void storesSharingTheDatabase_neverHandOutTheSameId() {
    JdbcCommentStore one = database.migratedStore();
    JdbcCommentStore two = database.migratedStore();
    Set<CommentId> ids = new HashSet<>();

    for (int i = 0; i < 450; i++) {
      assertThat(ids.add(one.nextCommentId())).isTrue();
      assertThat(ids.add(two.nextCommentId())).isTrue();
      if (i % 7 == 0) {
        assertThat(ids.add(database.migratedStore().nextCommentId())).isTrue();
      }
    }
  }

  @Test
  void aStoreOpenedAgain_handsOutIdsAboveAllThatTheLastOneReserved() {
    JdbcCommentStore before = database.migratedStore();
    List<Comment> stored = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Comment c = Comment.create(before.nextCommentId(), POST, null, ED, Body.plain("#" + i),
          T0.plusSeconds(i), ModerationState.APPROVED, ClientInfo.NONE);
      before.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null,
          ModerationState.APPROVED, ""));
      stored.add(c);
    }
    long reservedUpTo = before.lastCommentId();
    assertThat(reservedUpTo).isGreaterThanOrEqualTo(stored.get(2).id().value() + 97);

    JdbcCommentStore after = database.migratedStore(); // as after a restart
    assertThat(after.nextCommentId().value()).isEqualTo(reservedUpTo + 1);
    assertThat(before.nextCommentId().value()).isEqualTo(stored.get(2).id().value() + 1);
  }

  @Test
  void anIdStoredFromElsewhereInsideTheBlock_isNeverHandedOut() {
    JdbcCommentStore store = database.migratedStore();
    long first = store.nextCommentId().value();
    Comment imported = Comment.create(CommentId.of(first + 5), POST, null, ED,
        Body.plain("imported"), T0, ModerationState.APPROVED, ClientInfo.NONE);
    store.insertComment(imported, new AuditEntry(imported.id(), T0, Actor.SYSTEM, null,
        ModerationState.APPROVED, ""));

    for (int i = 0; i < 150; i++) {
      assertThat(store.nextCommentId().value()).isGreaterThan(first + 5);
    }
  }
}
