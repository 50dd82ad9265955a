package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/** {@link JdbcCommentStore#insertAll}: large imports in batches, all or nothing. */
abstract class BulkInsertContract {
  private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
  private static final PostId POST = PostId.of("imported");
  private static final PostId OTHER = PostId.of("other");
  private static final Actor IMPORTER = Actor.admin(SiteUser.of("admin", "Admin"));

  private TestDatabase database;
  private JdbcCommentStore store;

  abstract TestDatabase newDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = newDatabase();
    JdbcCommentStore migrated = database.migratedStore();
    store = JdbcCommentStore.builder(database.dataSource()).dialect(migrated.dialect()).batchSize(97).build();
    store.insertPost(Post.of(POST, "Imported", SiteUser.of("1", "Ed"), T0));
    store.insertPost(Post.of(OTHER, "Other", SiteUser.of("1", "Ed"), T0));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private static Comment comment(long id, PostId post, Long parent, ModerationState state) {
    return Comment.create(CommentId.of(id), post, parent == null ? null : CommentId.of(parent),
        Guest.of("G" + id % 7, null), Body.plain("comment " + id), T0.plusSeconds(id), state,
        ClientInfo.NONE);
  }

  @Test
  void aLargeDiscussion_inAnyOrder_isStoredWithItsHistoryAndCounts() {
    Random random = new Random(7);
    List<Comment> comments = new ArrayList<>();
    for (long id = 1_000; id < 4_000; id++) {
      Long parent = id == 1_000 || random.nextInt(4) == 0 ? null : 1_000 + (long) random.nextInt((int) (id - 1_000));
      comments.add(comment(id, POST, parent, random.nextInt(10) == 0 ? ModerationState.SPAM : ModerationState.APPROVED));
    }
    Collections.shuffle(comments, random);

    store.insertAll(comments, IMPORTER, "imported");

    assertThat(store.count(CommentQuery.all().withPost(POST))).isEqualTo(3_000);
    Comment sample = comments.get(123);
    assertThat(store.findComment(sample.id())).contains(sample);
    assertThat(store.auditTrail(sample.id())).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo(IMPORTER);
          assertThat(e.reason()).isEqualTo("imported");
          assertThat(e.at()).isEqualTo(sample.createdAt());
        });
    Rejoinder rejoinder = Rejoinder.builder().store(store).build();
    ThreadOptions options = ThreadOptions.DEFAULTS.withPerPage(25);
    CommentThread whole = rejoinder.thread(POST, Actor.ANONYMOUS, options);
    ThreadPage lastPage = rejoinder.threadPage(POST, Actor.ANONYMOUS, options, whole.pageCount());
    assertThat(lastPage.thread().responseCount())
        .isEqualTo(whole.responseCount())
        .isEqualTo((int) store.count(CommentQuery.all().withStates(ModerationState.APPROVED)));
    assertThat(lastPage.pageCount()).isEqualTo(whole.pageCount());
    assertThat(store.nextCommentId().value()).isEqualTo(4_000);
  }

  @Test
  void repliesMayNameStoredParents() {
    Comment stored = comment(1, POST, null, ModerationState.APPROVED);
    store.insertAll(List.of(stored), IMPORTER, "");

    store.insertAll(List.of(comment(3, POST, 2L, ModerationState.APPROVED), comment(2, POST, 1L, ModerationState.APPROVED)),
        IMPORTER, "second batch");

    assertThat(store.find(CommentQuery.all().withPost(POST))).extracting(c -> c.id().value()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void anyBadComment_storesNothing() {
    Comment good = comment(1, POST, null, ModerationState.APPROVED);
    store.insertAll(List.of(comment(50, POST, null, ModerationState.APPROVED)), IMPORTER, "");

    assertThatThrownBy(() -> store.insertAll(List.of(good, comment(2, POST, 999L, ModerationState.APPROVED)), IMPORTER, ""))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.insertAll(List.of(good, comment(2, OTHER, 1L, ModerationState.APPROVED)), IMPORTER, ""))
        .isInstanceOf(InvalidParentException.class);
    assertThatThrownBy(() -> store.insertAll(List.of(good, comment(2, OTHER, 50L, ModerationState.APPROVED)), IMPORTER, ""))
        .isInstanceOf(InvalidParentException.class);
    assertThatThrownBy(() -> store.insertAll(List.of(good, good), IMPORTER, ""))
        .isInstanceOf(AlreadyExistsException.class);
    assertThatThrownBy(() -> store.insertAll(List.of(good, comment(50, POST, null, ModerationState.APPROVED)), IMPORTER, ""))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("50");
    assertThatThrownBy(() -> store.insertAll(List.of(good, comment(2, PostId.of("nope"), null, ModerationState.APPROVED)), IMPORTER, ""))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.insertAll(
            List.of(good, comment(2, POST, 3L, ModerationState.APPROVED), comment(3, POST, 2L, ModerationState.APPROVED)),
            IMPORTER, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replies to itself");

    assertThat(store.count(CommentQuery.all())).isEqualTo(1);
  }
}
