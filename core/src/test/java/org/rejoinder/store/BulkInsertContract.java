package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;
import org.rejoinder.thread.ThreadPageRequest;

/**
 * {@link BulkInsertStore#insertAll}: imports in any order, with their history and counts, and
 * bad input that stores nothing. A store implementation extends this class and supplies fresh,
 * empty stores; the in-memory store and the JDBC store both run it, and so does a store that
 * keeps the default implementation.
 */
public abstract class BulkInsertContract extends StoreContractSupport<BulkInsertStore> {
  private static final Actor IMPORTER = Actor.admin(SiteUser.of("admin", "Admin"));

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
    ThreadOptions options = ThreadOptions.DEFAULTS.withPerPage(25);
    org.rejoinder.model.Post post = store.findPost(POST).orElseThrow();
    CommentThread whole = CommentThread.assemble(post, store.commentsOf(POST), Actor.ANONYMOUS, options, T0);
    if (store instanceof ThreadPageStore paged) {
      int last = whole.pageCount();
      ThreadPage lastPage =
          CommentThread.assemble(post, paged.threadPage(ThreadPageRequest.of(POST, Actor.ANONYMOUS, options, last)),
              Actor.ANONYMOUS, options, T0).page(last);
      assertThat(lastPage.thread().responseCount())
          .isEqualTo(whole.responseCount())
          .isEqualTo((int) store.count(CommentQuery.all().withStates(ModerationState.APPROVED)));
      assertThat(lastPage.pageCount()).isEqualTo(whole.pageCount());
    }
    assertThat(whole.responseCount())
        .isEqualTo((int) store.count(CommentQuery.all().withStates(ModerationState.APPROVED)));
    assertThat(store.nextCommentId().value()).isEqualTo(4_000);
  }

  @Test
  void importsInParts_numberEveryApprovedCommentByItsTime() {
    // the middle of a discussion, then its start (before every stored comment), then its end
    store.insertAll(part(20, 30), IMPORTER, "middle");
    store.insertAll(part(10, 20), IMPORTER, "start");
    store.insertAll(part(30, 40), IMPORTER, "end");

    Map<CommentId, Integer> expected = new HashMap<>();
    for (long id = 10; id < 40; id++) {
      boolean held = id % 3 != 0 && id % 10 != 0 && id % 4 == 3;
      if (!held) {
        expected.put(CommentId.of(id), expected.size() + 1);
      }
    }
    org.rejoinder.model.Post post = store.findPost(POST).orElseThrow();
    ThreadOptions options = ThreadOptions.DEFAULTS.unpaged();
    CommentThread whole = CommentThread.assemble(post, store.commentsOf(POST), Actor.ANONYMOUS, options, T0);
    assertThat(numbers(whole.page(1))).isEqualTo(expected);
    if (store instanceof ThreadPageStore paged) {
      ThreadPage read = CommentThread.assemble(post, paged.threadPage(ThreadPageRequest.of(POST, Actor.ANONYMOUS, options, 1)),
          Actor.ANONYMOUS, options, T0).page(1);
      assertThat(numbers(read)).isEqualTo(expected);
    }
  }

  /**
   * Comments {@code from} to {@code to - 1}, dated in the order of their ids: the first and every
   * third start a thread, the others reply to the latest of those; every fourth reply is held.
   */
  private static List<Comment> part(long from, long to) {
    List<Comment> comments = new ArrayList<>();
    for (long id = from; id < to; id++) {
      Long parent = id == from || id % 3 == 0 ? null : Math.max(from, id - id % 3);
      boolean held = parent != null && id % 4 == 3;
      comments.add(comment(id, POST, parent, held ? ModerationState.PENDING : ModerationState.APPROVED));
    }
    return comments;
  }

  private static Map<CommentId, Integer> numbers(ThreadPage page) {
    Map<CommentId, Integer> numbers = new HashMap<>();
    for (ThreadNode node : page) {
      node.number().ifPresent(n -> numbers.put(node.id(), n));
    }
    return numbers;
  }

  @Test
  void repliesMayNameStoredParents() {
    Comment stored = comment(1, POST, null, ModerationState.APPROVED);
    store.insertAll(List.of(stored), IMPORTER, "");

    store.insertAll(List.of(comment(3, POST, 2L, ModerationState.APPROVED), comment(2, POST, 1L, ModerationState.APPROVED)),
        IMPORTER, "second batch");

    assertThat(store.find(CommentQuery.all().withPost(POST))).extracting(c -> c.id().value()).containsExactly(1L, 2L, 3L);
    assertThat(store.auditTrail(CommentId.of(3))).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("second batch"));
  }

  @Test
  void statesAreKeptAsGiven_notJudgedAgain() {
    store.insertAll(List.of(comment(1, POST, null, ModerationState.SPAM), comment(2, POST, 1L, ModerationState.PENDING),
        comment(3, POST, null, ModerationState.TRASH)), IMPORTER, "imported");

    assertThat(store.commentsOf(POST)).extracting(Comment::state)
        .containsExactly(ModerationState.SPAM, ModerationState.PENDING, ModerationState.TRASH);
    assertThat(store.auditTrail(CommentId.of(2))).singleElement()
        .satisfies(e -> {
          assertThat(e.from()).isNull();
          assertThat(e.to()).isEqualTo(ModerationState.PENDING);
        });
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

  @Test
  void anEmptyImport_storesNothing() {
    store.insertAll(List.of(), IMPORTER, "nothing");

    assertThat(store.count(CommentQuery.all())).isZero();
  }
}
