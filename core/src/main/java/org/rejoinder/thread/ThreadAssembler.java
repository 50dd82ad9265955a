package org.rejoinder.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;

/**
 * Turns a post's stored comments into a {@link CommentThread}. Every pass is a loop over arrays:
 * there is no recursion, so a reply chain of any depth assembles in linear time plus the sorting
 * of siblings.
 */
final class ThreadAssembler {
  private static final int NONE = -1;

  private final Post post;
  private final ThreadOptions options;
  // Whether the post takes comments at the time the thread is read: no Reply link otherwise.
  private final boolean open;
  private final Comment[] comments;
  private final IdIndex index;
  private final int[] parent;
  private final boolean[] visible;
  // Where the given threads sit in the whole discussion; null when all comments are given.
  private final @Nullable ThreadSlice slice;
  // Each approved comment's number (its position in time), 0 for the others.
  private final int[] numbers;

  private ThreadAssembler(
      Post post,
      Collection<Comment> input,
      Actor viewer,
      ThreadOptions options,
      Instant at,
      @Nullable ThreadSlice slice) {
    this.post = post;
    this.options = options;
    this.open = post.acceptsCommentsAt(at);
    this.slice = slice;
    // Sorted once by time (primitive keys: numbers follow time), then in reply order: every later
    // pass that fills lists in index order then yields siblings in reply order.
    Comment[] given = input.toArray(new Comment[0]);
    int[] byTime = Ordering.byTime(given, null);
    int[] inReplyOrder = Ordering.order(given, options.replyOrder(), byTime);
    int[] givenNumbers = slice == null ? Ordering.numbers(given, byTime) : null;
    int n = given.length;
    this.comments = new Comment[n];
    for (int k = 0; k < n; k++) {
      comments[k] = given[inReplyOrder[k]];
    }
    this.index = new IdIndex(n);
    for (int i = 0; i < n; i++) {
      Comment c = comments[i];
      if (!c.postId().equals(post.id())) {
        throw new IllegalArgumentException(
            "Comment " + c.id() + " belongs to post " + c.postId() + ", not " + post.id());
      }
      if (!index.put(c.id().value(), i)) {
        throw new IllegalArgumentException("Comment " + c.id() + " is given twice");
      }
    }
    this.parent = new int[n];
    this.visible = new boolean[n];
    String viewerKey = viewer.key();
    for (int i = 0; i < n; i++) {
      Comment c = comments[i];
      // A reply whose parent is missing (never the case in a consistent store) is shown at top level.
      parent[i] = c.parentId() == null ? NONE : index.get(c.parentId().value());
      visible[i] = Visibility.isVisible(c, viewerKey);
    }
    this.numbers = new int[n];
    if (givenNumbers != null) {
      for (int k = 0; k < n; k++) {
        numbers[k] = givenNumbers[inReplyOrder[k]];
      }
    } else if (slice != null) {
      for (int i = 0; i < n; i++) {
        Integer number = slice.numbers().get(comments[i].id());
        numbers[i] = number == null ? 0 : number;
      }
    }
  }

  static CommentThread assemble(
      Post post, Collection<Comment> input, Actor viewer, ThreadOptions options, Instant at) {
    return new ThreadAssembler(post, input, viewer, options, at, null).build();
  }

  static CommentThread assemble(
      Post post, ThreadSlice slice, Actor viewer, ThreadOptions options, Instant at) {
    if (!options.threaded()) {
      throw new IllegalArgumentException(
          "A slice of top-level threads cannot be shown flat; assemble all comments instead");
    }
    return new ThreadAssembler(post, slice.comments(), viewer, options, at, slice).build();
  }

  private CommentThread build() {
    int n = comments.length;
    // Children of every comment in reply order, as one array of segments (no per-node lists).
    int[] childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (parent[i] != NONE) {
        childStart[parent[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    int[] fill = Arrays.copyOf(childStart, n);
    int[] children = new int[n];
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (parent[i] == NONE) {
        roots.add(i);
      } else {
        children[fill[parent[i]]++] = i;
      }
    }

    // Pre-order walk from the roots with an explicit stack: gives depths and an order in which
    // every parent comes before its replies. Comments not reachable from a root (a cycle in
    // inconsistent data) are left out.
    int[] preorder = new int[n];
    int[] depth = new int[n];
    int reached = 0;
    int[] stack = new int[n];
    int top = 0;
    for (int r = roots.size() - 1; r >= 0; r--) {
      stack[top++] = roots.get(r);
      depth[roots.get(r)] = 1;
    }
    while (top > 0) {
      int i = stack[--top];
      preorder[reached++] = i;
      for (int k = childStart[i + 1] - 1; k >= childStart[i]; k--) {
        int child = children[k];
        depth[child] = depth[i] + 1;
        stack[top++] = child;
      }
    }

    // A comment is shown if it is visible or has a visible reply below it; the others are kept as
    // placeholders. Replies come after their parents in preorder, so one backwards pass suffices.
    boolean[] shown = new boolean[n];
    for (int k = reached - 1; k >= 0; k--) {
      int i = preorder[k];
      if (visible[i]) {
        shown[i] = true;
      }
      if (shown[i] && parent[i] != NONE) {
        shown[parent[i]] = true;
      }
    }

    return options.threaded()
        ? threaded(preorder, reached, depth, shown)
        : flat();
  }

  private CommentThread threaded(int[] preorder, int reached, int[] depth, boolean[] shown) {
    int maxDepth = options.maxDepth();
    ThreadNode[] nodes = new ThreadNode[comments.length];
    // holder[i]: the comment whose replies list shows comment i. Below the cap a reply is shown
    // at the cap, after its parent, in the list that holds the parent.
    int[] holder = new int[comments.length];
    List<Integer> rootIndices = new ArrayList<>();
    for (int k = 0; k < reached; k++) {
      int i = preorder[k];
      if (!shown[i]) {
        continue;
      }
      int p = parent[i];
      ThreadNode node = newNode(i, Math.min(depth[i], maxDepth), depth[i] > maxDepth, true);
      nodes[i] = node;
      if (p == NONE) {
        holder[i] = NONE;
        rootIndices.add(i);
      } else {
        holder[i] = depth[i] <= maxDepth ? p : holder[p];
        nodes[holder[i]].addChild(node);
      }
    }
    return finish(rootIndices, nodes);
  }

  private CommentThread flat() {
    ThreadNode[] nodes = new ThreadNode[comments.length];
    List<Integer> rootIndices = new ArrayList<>();
    // Index order is reply order, which finish() expects of roots.
    for (int i = 0; i < comments.length; i++) {
      if (visible[i]) {
        nodes[i] = newNode(i, 1, false, false);
        rootIndices.add(i);
      }
    }
    return finish(rootIndices, nodes);
  }

  private ThreadNode newNode(int i, int displayDepth, boolean flattened, boolean threaded) {
    Comment c = comments[i];
    int p = parent[i];
    String inReplyTo = p != NONE && visible[p] ? comments[p].author().displayName() : null;
    ThreadNode.Kind kind;
    if (!visible[i]) {
      kind = ThreadNode.Kind.PLACEHOLDER;
    } else if (c.state() == ModerationState.APPROVED) {
      kind = ThreadNode.Kind.COMMENT;
    } else {
      kind = ThreadNode.Kind.AWAITING_MODERATION;
    }
    boolean canReply =
        open && threaded && kind == ThreadNode.Kind.COMMENT && displayDepth < options.maxDepth();
    return new ThreadNode(
        c.id(),
        kind == ThreadNode.Kind.PLACEHOLDER ? null : c,
        kind,
        displayDepth,
        c.parentId(),
        inReplyTo,
        canReply,
        flattened);
  }

  /**
   * Cuts the top-level nodes into pages in the order's page order (the order they were posted,
   * for the time orders), sorts each page by the display order, puts pinned threads first on
   * page 1, then numbers every node by time and indexes it by id. Given a slice, pages are cut
   * where they fall in the whole discussion.
   */
  private CommentThread finish(List<Integer> rootIndices, ThreadNode[] nodes) {
    List<Integer> pinnedIndices = new ArrayList<>(2);
    List<Integer> normalIndices = new ArrayList<>(rootIndices.size());
    for (int r : rootIndices) {
      (Visibility.isPinned(comments[r]) ? pinnedIndices : normalIndices).add(r);
    }
    Integer[] roots = normalIndices.toArray(new Integer[0]);
    CommentOrder order = options.order();
    CommentOrder replyOrder = options.replyOrder();
    // Roots arrive in reply order: often already the page order, with no comparator sort at all.
    if (!order.pagesByTime()) {
      if (!order.equals(replyOrder)) {
        Ordering.sort(roots, 0, roots.length, comments, order);
      }
    } else if (replyOrder.equals(CommentOrder.NEWEST_FIRST)) {
      Collections.reverse(Arrays.asList(roots));
    } else if (!replyOrder.equals(CommentOrder.OLDEST_FIRST)) {
      Ordering.sort(roots, 0, roots.length, comments, CommentOrder.OLDEST_FIRST);
    }
    int perPage = options.perPage();
    // A page read by cursor may start anywhere; its threads (at most a page) are cut as one page.
    long firstRoot = slice == null ? 0 : (long) slice.firstThread() / perPage * perPage;
    boolean sortWithinPages =
        order.pagesByTime()
            && !order.equals(CommentOrder.OLDEST_FIRST)
            && !order.equals(CommentOrder.NEWEST_FIRST);
    for (int from = 0; from < roots.length; ) {
      long pageEnd = ((firstRoot + from) / perPage + 1) * perPage;
      int to = (int) Math.min(pageEnd - firstRoot, roots.length);
      if (order.equals(CommentOrder.NEWEST_FIRST)) {
        Collections.reverse(Arrays.asList(roots).subList(from, to));
      } else if (sortWithinPages) {
        Ordering.sort(roots, from, to, comments, order);
      }
      from = to;
    }
    Integer[] pinned = pinnedIndices.toArray(new Integer[0]);
    Ordering.sort(pinned, 0, pinned.length, comments, order);
    List<ThreadNode> pinnedNodes = new ArrayList<>(pinned.length);
    for (int r : pinned) {
      nodes[r].setPinned();
      pinnedNodes.add(nodes[r]);
    }
    List<ThreadNode> rootNodes = new ArrayList<>(roots.length);
    for (int r : roots) {
      rootNodes.add(nodes[r]);
    }

    int responses = 0;
    int highest = 0;
    for (int i = 0; i < nodes.length; i++) {
      ThreadNode node = nodes[i];
      if (node != null && node.kind() == ThreadNode.Kind.COMMENT) {
        node.setNumber(numbers[i]);
        responses++;
        highest = Math.max(highest, numbers[i]);
      }
    }
    int size = 0;
    ArrayList<ThreadNode> stack = new ArrayList<>();
    for (int r = rootNodes.size() - 1; r >= 0; r--) {
      stack.add(rootNodes.get(r));
    }
    for (int r = pinnedNodes.size() - 1; r >= 0; r--) {
      stack.add(pinnedNodes.get(r));
    }
    while (!stack.isEmpty()) {
      ThreadNode node = stack.remove(stack.size() - 1);
      node.freeze();
      size++;
      List<ThreadNode> kids = node.children();
      for (int k = kids.size() - 1; k >= 0; k--) {
        ThreadNode kid = kids.get(k);
        kid.setRoot(node.root());
        stack.add(kid);
      }
    }
    IdIndex ids = index;
    Function<CommentId, @Nullable ThreadNode> lookup = id -> {
      int i = ids.get(id.value());
      return i < 0 ? null : nodes[i];
    };
    Predicate<CommentId> onPage = id -> {
      ThreadNode node = lookup.apply(id);
      return node != null && node.kind() == ThreadNode.Kind.COMMENT;
    };
    Comment[] all = comments;
    Function<CommentId, @Nullable Comment> rootComments = id -> {
      int i = ids.get(id.value());
      return i < 0 ? null : all[i];
    };
    if (slice == null) {
      return new CommentThread(post, options, open, pinnedNodes, rootNodes, lookup, onPage, size,
          responses, 0, rootNodes.size(), rootComments, false, false);
    }
    // A store read without a snapshot may count a thread posted meanwhile; never show less.
    int threadCount = Math.max(slice.threadCount(), slice.firstThread() + rootNodes.size());
    int responseCount = Math.max(slice.responseCount(), highest);
    ThreadSlice read = slice;
    Predicate<CommentId> shows = id -> onPage.test(id) || read.approvedMentions().contains(id);
    return new CommentThread(post, options, open, pinnedNodes, rootNodes, lookup, shows, size,
        responseCount, slice.firstThread(), threadCount, rootComments, slice.earlier(),
        slice.later());
  }
}
