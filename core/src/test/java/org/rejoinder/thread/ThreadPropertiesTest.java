package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.testing.Comments.comment;
import static org.rejoinder.testing.Comments.guest;
import static org.rejoinder.testing.Comments.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.Votes;

/**
 * Random trees, random states, random layouts: the invariants every reader relies on hold, and
 * the display order equals a straightforward recursive pre-order of the shown comments.
 */
class ThreadPropertiesTest {
  private static final Post POST = post("p");
  private static final Guest VIEWER = guest("Viewer");

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0x5EED0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void invariantsHoldOnRandomThreads(long seed) {
    Random random = new Random(seed);
    List<Comment> comments = randomComments(random, 1 + random.nextInt(120));
    ThreadOptions options = randomOptions(random);
    Actor viewer = random.nextBoolean() ? Actor.reader(VIEWER) : Actor.ANONYMOUS;
    List<Comment> shuffled = new ArrayList<>(comments);
    Collections.shuffle(shuffled, random);

    CommentThread thread = CommentThread.assemble(POST, shuffled, viewer, options);

    Map<CommentId, Comment> byId = new HashMap<>();
    comments.forEach(c -> byId.put(c.id(), c));
    Set<CommentId> visible = new HashSet<>();
    for (Comment c : comments) {
      if (isVisible(c, viewer)) {
        visible.add(c.id());
      }
    }

    // Numbers follow time: the n-th approved comment posted is number n, wherever it is shown.
    List<Comment> approvedInTime = new ArrayList<>();
    for (Comment c : comments) {
      if (c.state() == ModerationState.APPROVED) {
        approvedInTime.add(c);
      }
    }
    approvedInTime.sort(CommentOrder.OLDEST_FIRST.comparator());
    Map<CommentId, Integer> expectedNumbers = new HashMap<>();
    for (int i = 0; i < approvedInTime.size(); i++) {
      expectedNumbers.put(approvedInTime.get(i).id(), i + 1);
    }

    List<ThreadNode> order = new ArrayList<>();
    thread.forEach(order::add);
    Set<CommentId> seen = new HashSet<>();
    int expectedNumber = 0;
    for (ThreadNode node : order) {
      assertThat(seen.add(node.id())).as("shown once: %s", node.id()).isTrue();
      assertThat(node.depth()).isBetween(1, options.threaded() ? options.maxDepth() : 1);
      Comment c = byId.get(node.id());
      if (node.kind() == ThreadNode.Kind.PLACEHOLDER) {
        assertThat(options.threaded()).isTrue();
        assertThat(visible).doesNotContain(node.id());
        assertThat(node.comment()).isEmpty();
      } else {
        assertThat(visible).contains(node.id());
        assertThat(node.comment()).contains(c);
      }
      if (node.kind() == ThreadNode.Kind.COMMENT) {
        expectedNumber++;
        assertThat(node.number()).hasValue(expectedNumbers.get(node.id()));
      } else {
        assertThat(node.number()).isEmpty();
      }
      if (options.threaded() && c.parentId() != null) {
        assertThat(seen).as("parent before reply").contains(c.parentId());
      }
    }
    assertThat(seen).containsAll(visible);
    assertThat(thread.responseCount()).isEqualTo(expectedNumber);
    assertThat(thread.size()).isEqualTo(order.size());
    checkPages(thread, order);
    if (options.threaded() && options.perPage() == Integer.MAX_VALUE) {
      assertThat(order).extracting(ThreadNode::id).containsExactlyElementsOf(reference(comments, viewer, options));
    }
  }

  /**
   * Stores return a post's comments in time order, which assembly takes as they come instead of
   * sorting and copying them: the thread must be the one any other order of the same comments
   * gives, also when several comments share a millisecond, as a plain list and with the arrays
   * stores give with it.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void commentsInTimeOrderAssembleAsInAnyOtherOrder(long seed) {
    Random random = new Random(seed);
    List<Comment> comments = new ArrayList<>();
    Instant time = Instant.parse("2026-01-01T00:00:00Z");
    for (Comment c : randomComments(random, 1 + random.nextInt(120))) {
      // A third share the previous comment's millisecond, some a part of it.
      time = random.nextInt(3) == 0 ? time : time.plusMillis(1 + random.nextInt(1_000));
      Instant created = random.nextInt(5) == 0 ? time.plusNanos(random.nextInt(1_000_000)) : time;
      comments.add(c.toBuilder().createdAt(created).updatedAt(created).build());
    }
    ThreadOptions options = randomOptions(random);
    Actor viewer = random.nextBoolean() ? Actor.reader(VIEWER) : Actor.ANONYMOUS;
    List<Comment> inTime = new ArrayList<>(comments);
    inTime.sort(CommentOrder.OLDEST_FIRST.comparator());
    List<Comment> shuffled = new ArrayList<>(comments);
    Collections.shuffle(shuffled, random);

    CommentThread fromStore = CommentThread.assemble(POST, inTime, viewer, options);
    CommentThread fromShuffled = CommentThread.assemble(POST, shuffled, viewer, options);
    CommentThread withArrays =
        CommentThread.assemble(POST, PostComments.of(POST.id(), inTime), viewer, options);

    assertThat(pages(fromStore)).isEqualTo(pages(fromShuffled));
    assertThat(pages(withArrays)).isEqualTo(pages(fromShuffled));
    assertThat(fromStore.responseCount()).isEqualTo(fromShuffled.responseCount());
    for (Comment c : comments) {
      assertThat(fromStore.node(c.id()).map(ThreadPropertiesTest::describe))
          .isEqualTo(fromShuffled.node(c.id()).map(ThreadPropertiesTest::describe));
      if (fromStore.node(c.id()).isPresent()) {
        assertThat(fromStore.pageOf(c.id())).isEqualTo(fromShuffled.pageOf(c.id()));
      }
    }
  }

  /**
   * Stores hand assembly a post's comments with their ids, parents, times and states in arrays
   * ({@link PostComments}), which assembly reads instead of the comments: the thread must be the
   * one the same comments give as a plain list, for any viewer (a pending comment of their own
   * shown to them alone), pinned comments, ranked orders, and any order of the comments given.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void commentsWithTheirArraysAssembleAsAPlainList(long seed) {
    Random random = new Random(seed);
    List<Comment> comments = new ArrayList<>();
    for (Comment c : randomComments(random, 1 + random.nextInt(120))) {
      Comment voted = c.state() == ModerationState.PURGED || random.nextBoolean()
          ? c : c.withVotes(Votes.of(random.nextInt(5), random.nextInt(3)));
      boolean pin = voted.parentId() == null && voted.state() != ModerationState.PURGED
          && random.nextInt(4) == 0;
      comments.add(pin ? voted.toBuilder().pinned(true).build() : voted);
    }
    if (random.nextBoolean()) {
      Collections.shuffle(comments, random);
    }
    ThreadOptions options = randomOptions(random);
    if (random.nextInt(3) == 0) {
      options = options.withOrder(CommentOrder.BEST).withReplyOrder(CommentOrder.TOP);
    }
    Actor viewer = random.nextBoolean() ? Actor.reader(VIEWER) : Actor.ANONYMOUS;
    PostComments withArrays = PostComments.of(POST.id(), comments);

    CommentThread fromArrays = CommentThread.assemble(POST, withArrays, viewer, options);
    CommentThread fromList = CommentThread.assemble(POST, comments, viewer, options);

    assertThat(withArrays).containsExactlyElementsOf(comments);
    assertThat(pages(fromArrays)).isEqualTo(pages(fromList));
    assertThat(fromArrays.pinned().stream().map(ThreadPropertiesTest::describe).toList())
        .isEqualTo(fromList.pinned().stream().map(ThreadPropertiesTest::describe).toList());
    assertThat(fromArrays.responseCount()).isEqualTo(fromList.responseCount());
    for (Comment c : comments) {
      assertThat(fromArrays.node(c.id()).map(ThreadPropertiesTest::describe))
          .isEqualTo(fromList.node(c.id()).map(ThreadPropertiesTest::describe));
    }
  }

  /**
   * The ranked orders sort replies (and threads) by score with a radix sort of the scores' bits:
   * on random votes, with many ties and scores of both signs, the display order is the one their
   * comparators give, ties older first.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void rankedOrdersSortAsTheirComparators(long seed) {
    Random random = new Random(seed);
    CommentOrder[] ranked = {
      CommentOrder.BEST, CommentOrder.TOP, CommentOrder.CONTROVERSIAL,
      CommentOrder.rankedBy("signed", c -> c.votes().score() * 0.37 - c.votes().downs())
    };
    CommentOrder order = ranked[(int) Math.floorMod(seed, (long) ranked.length)]; // each in turn
    List<Comment> comments = new ArrayList<>();
    for (Comment c : randomComments(random, 1 + random.nextInt(300))) {
      boolean voted = c.state() != ModerationState.PURGED && random.nextInt(3) > 0;
      comments.add(voted ? c.withVotes(Votes.of(random.nextInt(6), random.nextInt(4))) : c);
    }
    Collections.shuffle(comments, random);
    ThreadOptions options =
        ThreadOptions.DEFAULTS.withOrder(order).withReplyOrder(order).unpaged();

    CommentThread thread = CommentThread.assemble(POST, comments, Actor.ANONYMOUS, options);

    List<CommentId> shown = new ArrayList<>();
    thread.forEach(node -> shown.add(node.id()));
    assertThat(shown).containsExactlyElementsOf(reference(comments, Actor.ANONYMOUS, options));
  }

  /** Each page's nodes in display order, each described by what a reader sees of it. */
  private static List<List<String>> pages(CommentThread thread) {
    List<List<String>> pages = new ArrayList<>();
    for (int page = 1; page <= thread.pageCount(); page++) {
      List<String> nodes = new ArrayList<>();
      thread.page(page).forEach(node -> nodes.add(describe(node)));
      pages.add(nodes);
    }
    return pages;
  }

  private static String describe(ThreadNode node) {
    return node.id() + " " + node.kind() + " depth " + node.depth() + " number " + node.number()
        + " flattened " + node.isFlattened() + " can reply " + node.canReply()
        + " replies " + node.children().stream().map(ThreadNode::id).toList();
  }

  private static void checkPages(CommentThread thread, List<ThreadNode> order) {
    List<ThreadNode> fromPages = new ArrayList<>();
    int chunks = thread.pageCount();
    for (int chunk = 0; chunk < chunks; chunk++) {
      int page = thread.options().firstPage() == FirstPage.OLDEST ? chunk + 1 : chunks - chunk;
      ThreadPage p = thread.page(page);
      assertThat(p.roots().size()).isLessThanOrEqualTo(thread.options().perPage());
      for (ThreadNode node : p) {
        assertThat(thread.pageOf(node.id())).isEqualTo(page);
        fromPages.add(node);
      }
    }
    assertThat(fromPages).containsExactlyElementsOf(order);
  }

  /** The obvious recursive definition, fine for small trees, as the expected order. */
  private static List<CommentId> reference(List<Comment> comments, Actor viewer, ThreadOptions options) {
    Map<CommentId, List<Comment>> children = new HashMap<>();
    List<Comment> roots = new ArrayList<>();
    for (Comment c : comments) {
      if (c.parentId() == null) {
        roots.add(c);
      } else {
        children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
      }
    }
    roots.sort(options.order().comparator());
    children.values().forEach(list -> list.sort(options.replyOrder().comparator()));
    List<CommentId> out = new ArrayList<>();
    for (Comment root : roots) {
      walk(root, children, viewer, out);
    }
    return out;
  }

  private static void walk(Comment c, Map<CommentId, List<Comment>> children, Actor viewer, List<CommentId> out) {
    if (!shownBelow(c, children, viewer)) {
      return;
    }
    out.add(c.id());
    for (Comment child : children.getOrDefault(c.id(), List.of())) {
      walk(child, children, viewer, out);
    }
  }

  private static boolean shownBelow(Comment c, Map<CommentId, List<Comment>> children, Actor viewer) {
    if (isVisible(c, viewer)) {
      return true;
    }
    for (Comment child : children.getOrDefault(c.id(), List.of())) {
      if (shownBelow(child, children, viewer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVisible(Comment c, Actor viewer) {
    return c.state() == ModerationState.APPROVED
        || (c.state() == ModerationState.PENDING && c.author().key().equals(viewer.key()));
  }

  private static List<Comment> randomComments(Random random, int n) {
    List<Comment> comments = new ArrayList<>();
    ModerationState[] states = ModerationState.values();
    for (int i = 1; i <= n; i++) {
      Long parent = i == 1 || random.nextInt(3) == 0 ? null : (long) (1 + random.nextInt(i - 1));
      if (parent == null && random.nextInt(4) == 0 && i > 1) {
        parent = (long) (i - 1); // some long chains
      }
      ModerationState state =
          random.nextInt(3) > 0 ? ModerationState.APPROVED : states[random.nextInt(states.length)];
      Guest author = random.nextInt(5) == 0 ? VIEWER : guest("G" + random.nextInt(10));
      comments.add(comment(i, "p", parent, author, state));
    }
    return comments;
  }

  private static ThreadOptions randomOptions(Random random) {
    ThreadOptions options =
        ThreadOptions.DEFAULTS
            .withThreaded(random.nextInt(4) > 0)
            .withMaxDepth(2 + random.nextInt(9))
            .withOrder(random.nextBoolean() ? CommentOrder.OLDEST_FIRST : CommentOrder.NEWEST_FIRST)
            .withReplyOrder(random.nextBoolean() ? CommentOrder.OLDEST_FIRST : CommentOrder.NEWEST_FIRST)
            .withFirstPage(random.nextBoolean() ? FirstPage.OLDEST : FirstPage.NEWEST);
    return random.nextBoolean() ? options.unpaged() : options.withPerPage(1 + random.nextInt(10));
  }
}
