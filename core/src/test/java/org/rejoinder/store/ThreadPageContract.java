package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rejoinder.error.InvalidCursorException;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadCursor;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * Paged reads through {@link ThreadPageStore#threadPage} show exactly the corresponding page of
 * the whole thread, whatever the tree, the states, the viewer, the order and the layout. A store
 * implementation extends this class and supplies fresh, empty stores. Tombstones are made only
 * in a store that is also a {@link ModerationHistoryStore}, which purges.
 */
public abstract class ThreadPageContract {
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");
  private static final SiteUser EDITOR = SiteUser.of("ed", "Editor");
  private static final Guest VIEWER = Guest.of("Vera Viewer", "vera@example.com");
  private static final PostId POST = PostId.of("paged");
  private static final PostId NEIGHBOUR = PostId.of("neighbour");
  /** The states a comment is posted in or moved to; tombstones come only from purging. */
  private static final ModerationState[] MODERATED = {
    ModerationState.PENDING, ModerationState.APPROVED, ModerationState.SPAM, ModerationState.TRASH
  };

  /** A time order of one's own: pages are cut by time, threads sorted by author within them. */
  private static final CommentOrder BY_AUTHOR =
      CommentOrder.of("by-author",
          Comparator.comparing((Comment c) -> c.author().displayName()).thenComparing(Comment::id));
  /** A ranked order: pages are cut by it, the longest texts on page 1. */
  private static final CommentOrder LONGEST_FIRST =
      CommentOrder.ranked("longest-first",
          Comparator.comparing((Comment c) -> c.body().text().length()).reversed()
              .thenComparing(Comment::id));
  private static final CommentOrder[] ORDERS = {
    CommentOrder.OLDEST_FIRST, CommentOrder.NEWEST_FIRST, BY_AUTHOR, LONGEST_FIRST,
    CommentOrder.BEST, CommentOrder.TOP, CommentOrder.CONTROVERSIAL, CommentOrder.HOT
  };

  private ThreadPageStore store;

  /** Returns a new, empty store. */
  protected abstract ThreadPageStore newStore() throws Exception;

  /** Releases what {@link #newStore()} opened. */
  protected void closeStore(ThreadPageStore store) throws Exception {}

  /** How many random discussions to check; fewer for slow stores. */
  protected int randomDiscussions() {
    return 40;
  }

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
    store.insertPost(Post.of(POST, "Paged", EDITOR, T0));
    store.insertPost(Post.of(NEIGHBOUR, "Next door", EDITOR, T0));
  }

  @AfterEach
  void close() throws Exception {
    closeStore(store);
  }

  static Stream<Integer> seeds() {
    return IntStream.range(0, 3).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyPageEqualsThatPageOfTheWholeThread_onRandomDiscussions(int batch) {
    Random random = new Random(0xC0FFEE + batch);
    int rounds = Math.max(1, randomDiscussions() / 3);
    for (int round = 0; round < rounds; round++) {
      // One store, growing: each round adds comments and changes states, then compares.
      addRandomComments(random, POST, 5 + random.nextInt(40));
      addRandomComments(random, NEIGHBOUR, random.nextInt(5));
      castRandomVotes(random, 10 + random.nextInt(40));
      changeRandomPins(random);
      changeRandomStates(random, 1 + random.nextInt(6));
      purgeRandomTrash(random);
      for (int layout = 0; layout < 3; layout++) {
        ThreadOptions options = randomOptions(random);
        Actor viewer = random.nextBoolean() ? Actor.reader(VIEWER) : Actor.ANONYMOUS;
        comparePages(viewer, options);
      }
    }
  }

  /** Returns the whole thread, from all the post's comments. */
  private CommentThread whole(Actor viewer, ThreadOptions options) {
    Post post = store.findPost(POST).orElseThrow();
    return CommentThread.assemble(post, store.commentsOf(POST), viewer, options, T0);
  }

  /**
   * Returns one page as {@code Rejoinder.threadPage} reads it: through the store's paged read
   * when threaded, from all comments when flat.
   */
  private ThreadPage page(Actor viewer, ThreadOptions options, int number) {
    if (!options.threaded()) {
      return whole(viewer, options).page(number);
    }
    Post post = store.findPost(POST).orElseThrow();
    ThreadSlice slice = store.threadPage(ThreadPageRequest.of(POST, viewer, options, number));
    return CommentThread.assemble(post, slice, viewer, options, T0).page(number);
  }

  private void comparePages(Actor viewer, ThreadOptions options) {
    CommentThread whole = whole(viewer, options);
    for (int number = 1; number <= whole.pageCount(); number++) {
      ThreadPage expected = whole.page(number);
      ThreadPage actual = page(viewer, options, number);
      String context = "page " + number + " of " + whole + " with " + options + " for " + viewer;
      assertThat(describe(actual)).as(context).containsExactlyElementsOf(describe(expected));
      for (ThreadNode node : actual) {
        for (Mention mention : node.comment().map(Comment::mentions).orElse(List.of())) {
          assertThat(actual.thread().shows(mention.commentId()))
              .as("%s links to %s: %s", node.id(), mention.commentId(), context)
              .isEqualTo(whole.shows(mention.commentId()));
        }
      }
      assertThat(actual.pageCount()).as(context).isEqualTo(whole.pageCount());
      assertThat(actual.thread().responseCount()).as(context).isEqualTo(whole.responseCount());
      for (ThreadNode node : actual) {
        assertThat(actual.thread().pageOf(node.id())).as(context).isEqualTo(number);
      }
    }
    int beyond = whole.pageCount() + 1;
    assertThatThrownBy(() -> page(viewer, options, beyond))
        .isInstanceOf(InvalidInputException.class);
    compareCursorWalks(viewer, options, whole);
  }

  /** Returns the page a cursor leads to, as {@code Rejoinder.threadPage} reads it. */
  private ThreadPage byCursor(Actor viewer, ThreadOptions options, ThreadCursor cursor) {
    Post post = store.findPost(POST).orElseThrow();
    ThreadSlice slice = store.threadPage(ThreadPageRequest.of(POST, viewer, options, cursor));
    return CommentThread.assemble(post, slice, viewer, options, T0).cursorPage();
  }

  /**
   * Walks from page 1 to the last page by cursor and back: while nothing changes, each page a
   * cursor leads to is the numbered page of the whole thread, number included.
   */
  private void compareCursorWalks(Actor viewer, ThreadOptions options, CommentThread whole) {
    if (!options.threaded() || !ThreadCursor.supports(options.order())) {
      return;
    }
    boolean oldestFirst = options.firstPage() == FirstPage.OLDEST;
    int pages = whole.pageCount();
    ThreadPage current = page(viewer, options, 1);
    for (int number = 2; number <= pages; number++) {
      ThreadCursor away = (oldestFirst ? current.later() : current.earlier()).orElseThrow();
      current = byCursor(viewer, options, away);
      assertThat(describe(current)).as("page %d by cursor %s with %s", number, away, options)
          .containsExactlyElementsOf(describe(whole.page(number)));
    }
    assertThat(oldestFirst ? current.later() : current.earlier()).as("after the last page").isEmpty();
    for (int number = pages - 1; number >= 1; number--) {
      ThreadCursor back = (oldestFirst ? current.earlier() : current.later()).orElseThrow();
      current = byCursor(viewer, options, back);
      assertThat(describe(current)).as("page %d back by cursor %s with %s", number, back, options)
          .containsExactlyElementsOf(describe(whole.page(number)));
    }
    assertThat(oldestFirst ? current.earlier() : current.later()).as("before page 1").isEmpty();
  }

  static Stream<CommentOrder> cursorOrders() {
    return Stream.of(CommentOrder.OLDEST_FIRST, CommentOrder.NEWEST_FIRST, CommentOrder.BEST,
        CommentOrder.TOP, CommentOrder.HOT);
  }

  @ParameterizedTest
  @MethodSource("cursorOrders")
  void cursorWalks_visitEveryThreadOnceInOrder_whileThreadsAreAddedBetweenReads(CommentOrder order) {
    Random random = new Random(7);
    List<Comment> before = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      // Few distinct times, so that cursors meet ties of time (and of score, without votes).
      before.add(insert(comment(null, EDITOR, random.nextInt(10), ModerationState.APPROVED)));
    }
    castRandomVotes(random, 30);
    ThreadOptions options = ThreadOptions.DEFAULTS.withSort(order).withPerPage(4);
    Comparator<Comment> pageOrder = order.pageOrder();

    for (boolean forward : new boolean[] {true, false}) {
      List<Comment> start = store.commentsOf(POST).stream()
          .filter(c -> c.parentId() == null).sorted(pageOrder).toList();
      // Forward from the first page of the page order, back from its last.
      ThreadPage current = forward
          ? page(Actor.ANONYMOUS, options, 1)
          : page(Actor.ANONYMOUS, options.withFirstPage(FirstPage.NEWEST), 1);
      // Pages as read, each in page order: a page shows its threads in display order.
      List<List<Comment>> pages = new ArrayList<>();
      pages.add(roots(current, pageOrder));
      int reads = 0;
      while ((forward ? current.later() : current.earlier()).isPresent()) {
        ThreadCursor cursor = (forward ? current.later() : current.earlier()).orElseThrow();
        // A new thread at either end of the time order, and a reply, between two reads.
        insert(comment(null, EDITOR, reads % 2 == 0 ? 1000 + reads : -1000 - reads,
            ModerationState.APPROVED));
        insert(comment(start.get(reads % start.size()), VIEWER, 500, ModerationState.APPROVED));
        current = byCursor(Actor.ANONYMOUS, forward ? options : options.withFirstPage(FirstPage.NEWEST),
            cursor);
        pages.add(roots(current, pageOrder));
        assertThat(++reads).as("reads").isLessThan(100);
      }
      if (!forward) {
        java.util.Collections.reverse(pages);
      }
      List<Comment> seen = pages.stream().flatMap(List::stream).toList();
      List<Comment> inPageOrder = new ArrayList<>(seen);
      inPageOrder.sort(pageOrder);
      assertThat(ids(seen)).as("%s %s", order.name(), forward ? "forward" : "back")
          .doesNotHaveDuplicates()
          .containsExactlyElementsOf(ids(inPageOrder))
          .containsAll(ids(start));
    }
  }

  @Test
  void threadPage_refusesACursorOfAnotherPostOrOrder() {
    for (int i = 0; i < 5; i++) {
      insert(comment(null, EDITOR, i, ModerationState.APPROVED));
    }
    ThreadOptions options = ThreadOptions.DEFAULTS.withPerPage(2);
    ThreadCursor cursor = page(Actor.ANONYMOUS, options, 1).later().orElseThrow();

    assertThatThrownBy(() -> store.threadPage(
            ThreadPageRequest.of(NEIGHBOUR, Actor.ANONYMOUS, options, cursor)))
        .isInstanceOfSatisfying(InvalidCursorException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidCursorException.Reason.OTHER_POST));
    assertThatThrownBy(() -> store.threadPage(ThreadPageRequest.of(
            POST, Actor.ANONYMOUS, options.withSort(CommentOrder.BEST), cursor)))
        .isInstanceOfSatisfying(InvalidCursorException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidCursorException.Reason.OTHER_ORDER));
    assertThat(store.threadPage(ThreadPageRequest.of(POST, Actor.ANONYMOUS, options, cursor))
            .firstThread())
        .isEqualTo(2);
  }

  private List<Comment> roots(ThreadPage page, Comparator<Comment> pageOrder) {
    return page.roots().stream().map(n -> store.findComment(n.id()).orElseThrow())
        .sorted(pageOrder).toList();
  }

  private static List<CommentId> ids(List<Comment> comments) {
    return comments.stream().map(Comment::id).toList();
  }

  @Test
  void threadPage_countsOnlyTheThreadsTheViewerIsShown() {
    Comment approved = insert(comment(null, Guest.of("Ann", "ann@example.com"), 1, ModerationState.APPROVED));
    insert(comment(approved, EDITOR, 2, ModerationState.APPROVED));
    Comment trashedRoot = insert(comment(null, EDITOR, 3, ModerationState.APPROVED));
    insert(comment(trashedRoot, VIEWER, 4, ModerationState.PENDING));
    store.updateComment(trashedRoot.withState(ModerationState.TRASH, T0.plusSeconds(9)),
        new AuditEntry(trashedRoot.id(), T0.plusSeconds(9), Actor.moderator(EDITOR),
            ModerationState.APPROVED, ModerationState.TRASH, ""));
    insert(comment(null, EDITOR, 5, ModerationState.SPAM));

    ThreadSlice anonymous = store.threadPage(new ThreadPageRequest(POST, null, 1, 10, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST));
    ThreadSlice viewer = store.threadPage(new ThreadPageRequest(POST, VIEWER.key(), 1, 10, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST));

    assertThat(anonymous.threadCount()).isEqualTo(1);
    assertThat(anonymous.comments()).extracting(Comment::parentId).containsOnly(null, approved.id());
    assertThat(anonymous.responseCount()).isEqualTo(2);
    assertThat(viewer.threadCount()).isEqualTo(2);
    assertThat(viewer.comments()).hasSize(4);
    assertThat(viewer.responseCount()).isEqualTo(2);
  }

  @Test
  void threadPage_showsATombstoneWithShownReplies_asAPlaceholder_andHidesOneWithout() {
    assumeTrue(store instanceof ModerationHistoryStore, "only a store that purges makes tombstones");
    Comment answered = insert(comment(null, VIEWER, 1, ModerationState.APPROVED));
    Comment reply = insert(comment(answered, EDITOR, 2, ModerationState.APPROVED));
    Comment unanswered = insert(comment(null, VIEWER, 3, ModerationState.APPROVED));
    insert(comment(unanswered, EDITOR, 4, ModerationState.SPAM));
    Comment tombstone = trashAndPurge(answered);
    trashAndPurge(unanswered);

    ThreadSlice slice = store.threadPage(new ThreadPageRequest(POST, VIEWER.key(), 1, 10, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST));
    ThreadPage page = page(Actor.reader(VIEWER), ThreadOptions.DEFAULTS, 1);

    assertThat(slice.threadCount()).isEqualTo(1);
    assertThat(slice.comments()).containsExactly(tombstone, reply);
    assertThat(slice.responseCount()).isEqualTo(1);
    assertThat(page.roots()).singleElement().satisfies(root -> {
      assertThat(root.isPlaceholder()).isTrue();
      assertThat(root.comment()).isEmpty();
      assertThat(root.children()).singleElement()
          .satisfies(child -> assertThat(child.comment()).contains(reply));
    });
  }

  /** Trashes a comment and purges it; returns its tombstone. */
  private Comment trashAndPurge(Comment c) {
    Instant at = T0.plusSeconds(100);
    Comment trashed = c.withState(ModerationState.TRASH, at);
    store.updateComment(trashed, new AuditEntry(c.id(), at, Actor.moderator(EDITOR), c.state(),
        ModerationState.TRASH, ""));
    assertThat(((ModerationHistoryStore) store).purgeComment(c.id(), trashed.version(), new AuditEntry(c.id(), at, Actor.SYSTEM,
        ModerationState.TRASH, ModerationState.PURGED, "purged"))).isEqualTo(PurgeOutcome.TOMBSTONED);
    return store.findComment(c.id()).orElseThrow();
  }

  @Test
  void threadPage_returnsTheCommentsByCreationThenId_andPositionsTheWindow() {
    List<Comment> roots = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      roots.add(insert(comment(null, EDITOR, 100 - i * 10, ModerationState.APPROVED)));
    }
    Comment late = insert(comment(roots.get(2), EDITOR, 200, ModerationState.APPROVED));
    Comment early = insert(comment(roots.get(2), EDITOR, 75, ModerationState.APPROVED));

    // Oldest first the roots are 6, 5, 4, ...; with 3 a page and the newest page first, page 2
    // holds the second chunk: roots 3, 2, 1 (positions 3 to 5) and the replies to root 2.
    ThreadSlice slice = store.threadPage(new ThreadPageRequest(POST, null, 2, 3, FirstPage.NEWEST, CommentOrder.OLDEST_FIRST));

    assertThat(slice.threadCount()).isEqualTo(7);
    assertThat(slice.firstThread()).isEqualTo(3);
    assertThat(slice.responsesBefore()).isEqualTo(3);
    assertThat(slice.responseCount()).isEqualTo(9);
    assertThat(slice.comments())
        .containsExactly(roots.get(3), early, roots.get(2), roots.get(1), late);
    assertThat(store.threadPage(new ThreadPageRequest(POST, null, 4, 3, FirstPage.NEWEST, CommentOrder.OLDEST_FIRST)).comments())
        .isEmpty();
    assertThat(store.threadPage(new ThreadPageRequest(PostId.of("unknown"), null, 1, 3, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST)))
        .isEqualTo(new ThreadSlice(List.of(), 0, 0, 0, 0));
  }

  @Test
  void threadPage_ofARankedOrder_cutsPagesByRank_countsTheResponsesRankedBefore_andNumbersByTime() {
    Comment four = insert(comment(null, EDITOR, 4444, ModerationState.APPROVED));
    Comment three = insert(comment(null, EDITOR, 333, ModerationState.APPROVED));
    Comment two = insert(comment(null, EDITOR, 22, ModerationState.APPROVED));
    Comment oneA = insert(comment(null, EDITOR, 1, ModerationState.APPROVED));
    Comment oneB = insert(comment(null, EDITOR, 5, ModerationState.APPROVED));
    Comment reply = insert(comment(four, VIEWER, 6, ModerationState.APPROVED));

    ThreadSlice first = store.threadPage(new ThreadPageRequest(POST, null, 1, 2, FirstPage.OLDEST, LONGEST_FIRST));
    ThreadSlice second = store.threadPage(new ThreadPageRequest(POST, null, 2, 2, FirstPage.OLDEST, LONGEST_FIRST));
    ThreadSlice lastFirst = store.threadPage(new ThreadPageRequest(POST, null, 1, 2, FirstPage.NEWEST, LONGEST_FIRST));

    assertThat(first.comments()).containsExactlyInAnyOrder(four, three, reply);
    assertThat(first.threadCount()).isEqualTo(5);
    assertThat(second.comments()).containsExactlyInAnyOrder(two, oneA);
    assertThat(second.firstThread()).isEqualTo(2);
    assertThat(second.responsesBefore()).isEqualTo(3);
    assertThat(lastFirst.comments()).containsExactly(oneB);
    assertThat(lastFirst.firstThread()).isEqualTo(4);

    ThreadPage page = page(Actor.ANONYMOUS, ThreadOptions.DEFAULTS.withOrder(LONGEST_FIRST).withPerPage(2), 2);
    assertThat(page.roots()).extracting(ThreadNode::id).containsExactly(two.id(), oneA.id());
    // numbers follow time, whatever the order: oneA was posted first, two fourth
    assertThat(page.roots()).extracting(n -> n.number().getAsInt()).containsExactly(4, 1);
  }

  private Comment comment(Comment parent, org.rejoinder.model.Author author, long seconds, ModerationState state) {
    return Comment.create(store.nextCommentId(), POST, parent == null ? null : parent.id(), author,
        Body.plain("at " + seconds), T0.plusSeconds(seconds), state, ClientInfo.NONE);
  }

  private Comment insert(Comment c) {
    store.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), ""));
    return c;
  }

  private void addRandomComments(Random random, PostId post, int count) {
    List<Comment> existing = store.commentsOf(post);
    List<CommentId> ids = new ArrayList<>(existing.stream().map(Comment::id).toList());
    for (int i = 0; i < count; i++) {
      // Replies to tombstones too: a store keeps them, and threads show placeholders above them.
      CommentId parent = ids.isEmpty() || random.nextInt(3) == 0 ? null : ids.get(random.nextInt(ids.size()));
      ModerationState state =
          random.nextInt(3) > 0 ? ModerationState.APPROVED : MODERATED[random.nextInt(MODERATED.length)];
      org.rejoinder.model.Author author =
          random.nextInt(5) == 0 ? VIEWER : Guest.of("G" + random.nextInt(6), null);
      // Few distinct times, so that ties between creation times are common.
      List<Mention> mentions = new ArrayList<>();
      for (int m = random.nextInt(3); m > 0 && !ids.isEmpty(); m--) {
        mentions.add(Mention.link(ids.get(random.nextInt(ids.size()))));
      }
      Comment c = Comment.create(store.nextCommentId(), post, parent, author,
          Body.plain("comment " + i), T0.plusSeconds(random.nextInt(60)), state, ClientInfo.NONE)
          .toBuilder().mentions(List.copyOf(new java.util.LinkedHashSet<>(mentions))).build();
      store.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, state, ""));
      ids.add(c.id());
    }
  }

  /** Votes at random on the post, if the store keeps votes: few voters, so ties are common. */
  private void castRandomVotes(Random random, int count) {
    if (!(store instanceof VoteStore votes)) {
      return;
    }
    List<Comment> comments = store.commentsOf(POST);
    for (int i = 0; i < count && !comments.isEmpty(); i++) {
      Comment c = comments.get(random.nextInt(comments.size()));
      if (c.state() == ModerationState.PURGED) {
        continue;
      }
      String voter = "user:" + random.nextInt(8);
      if (random.nextInt(5) == 0) {
        votes.unvote(c.id(), voter);
      } else {
        votes.vote(new Vote(c.id(), voter, random.nextBoolean() ? VoteDirection.UP : VoteDirection.DOWN,
            T0.plusSeconds(300 + i)));
      }
    }
  }

  /** Pins or unpins a top-level comment or two, if the store pins. */
  private void changeRandomPins(Random random) {
    if (!(store instanceof PinStore pins)) {
      return;
    }
    List<Comment> roots = store.commentsOf(POST).stream()
        .filter(c -> c.parentId() == null && c.state() != ModerationState.PURGED).toList();
    for (int i = 0; i < 2 && !roots.isEmpty(); i++) {
      Comment c = store.findComment(roots.get(random.nextInt(roots.size())).id()).orElseThrow();
      pins.pinComment(c.withPinned(!c.pinned()), new AuditEntry(c.id(), T0.plusSeconds(400),
          Actor.moderator(EDITOR), c.state(), c.state(), c.pinned() ? "unpinned" : "pinned"), 3);
    }
  }

  private void changeRandomStates(Random random, int count) {
    List<Comment> comments = store.commentsOf(POST);
    for (int i = 0; i < count && !comments.isEmpty(); i++) {
      Comment c = store.findComment(comments.get(random.nextInt(comments.size())).id()).orElseThrow();
      ModerationState target = MODERATED[random.nextInt(MODERATED.length)];
      if (c.state().canChangeTo(target)) {
        Instant at = T0.plusSeconds(100 + i);
        store.updateComment(c.withState(target, at),
            new AuditEntry(c.id(), at, Actor.moderator(EDITOR), c.state(), target, "random"));
      }
    }
  }

  /**
   * Purges about half of the trash and the tombstones: a trashed comment with replies becomes a
   * tombstone, one without is deleted, and so is a tombstone whose replies are gone.
   */
  private void purgeRandomTrash(Random random) {
    if (!(store instanceof ModerationHistoryStore history)) {
      return;
    }
    for (Comment c : store.commentsOf(POST)) {
      boolean purgeable = c.state() == ModerationState.TRASH || c.state() == ModerationState.PURGED;
      if (purgeable && random.nextBoolean()) {
        Instant at = T0.plusSeconds(200);
        history.purgeComment(c.id(), c.version(),
            new AuditEntry(c.id(), at, Actor.SYSTEM, c.state(), ModerationState.PURGED, "purged"));
      }
    }
  }

  private static ThreadOptions randomOptions(Random random) {
    ThreadOptions options =
        ThreadOptions.DEFAULTS
            .withMaxDepth(2 + random.nextInt(9))
            .withOrder(ORDERS[random.nextInt(ORDERS.length)])
            .withReplyOrder(ORDERS[random.nextInt(ORDERS.length)])
            .withFirstPage(random.nextBoolean() ? FirstPage.OLDEST : FirstPage.NEWEST)
            .withThreaded(random.nextInt(6) > 0);
    if (random.nextInt(3) == 0) {
      options = options.withSort(ORDERS[random.nextInt(ORDERS.length)]);
    }
    return random.nextInt(8) == 0 ? options.unpaged() : options.withPerPage(1 + random.nextInt(8));
  }

  /** Everything a reader sees of each node of a page, in display order. */
  private static List<String> describe(ThreadPage page) {
    List<String> lines = new ArrayList<>();
    lines.add("page " + page.number() + " roots " + page.roots().stream().map(ThreadNode::id).toList());
    for (ThreadNode node : page) {
      lines.add(node.id() + " " + node.kind() + " depth " + node.depth() + " number " + node.number()
          + " pinned " + node.isPinned()
          + " reply " + node.canReply() + " to " + node.inReplyTo() + " parent " + node.parentId()
          + " root " + node.root().id() + " children " + node.children().stream().map(ThreadNode::id).toList()
          + " comment " + node.comment());
    }
    return lines;
  }
}
