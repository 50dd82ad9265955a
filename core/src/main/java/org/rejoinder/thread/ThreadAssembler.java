package org.rejoinder.thread;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

/**
 * Turns a post's stored comments into a {@link CommentThread}. The tree is kept in arrays of
 * primitives from the first pass to the last: each comment is read once, its id, parent, time and
 * state copied into arrays ({@link PostComments}, which stores hand over made already); the sorts
 * sort packed {@code long} keys; parents, replies, the walk in
 * display order and the depth cap are {@code int} arrays, which the thread keeps ({@link
 * ThreadTree}) and makes each node from when it is first read. Every pass is a loop: there is no
 * recursion, so a reply chain of any depth assembles in linear time plus the sorting of siblings.
 */
final class ThreadAssembler {
  private static final int NONE = ThreadTree.NONE;
  private static final byte VISIBLE = ThreadTree.VISIBLE;
  private static final byte APPROVED = ThreadTree.APPROVED;
  private static final byte PINNED = ThreadTree.PINNED;
  private static final byte SHOWN = ThreadTree.SHOWN;

  private final Post post;
  private final ThreadOptions options;
  // Whether the post takes comments at the time the thread is read: no Reply link otherwise.
  private final boolean open;
  // Where the given threads sit in the whole discussion; null when all comments are given.
  private final @Nullable ThreadSlice slice;
  // Everything below is indexed by position in reply order.
  private final Comment[] comments;
  private final IdIndex index;
  private final int[] parent;
  // VISIBLE to the viewer, APPROVED, PINNED (leads a pinned thread) for each comment.
  private final byte[] flags;
  // Each approved comment's number (its position in time), 0 for the others.
  private final int[] numbers;
  // Whether no creation time has a part of a millisecond: time order is then that of milliseconds.
  private final boolean wholeMillis;
  // The positions of the given comments in time order and in reply order, for timeRank().
  private final int[] byTime;
  private final int[] inReplyOrder;
  private int @Nullable [] timeRank;

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
    // The one pass that reads the comments, in the order given, into arrays of what assembly
    // needs: those a store made as it read them, or made here. Of the comments themselves, only
    // what those arrays cannot tell is read after it.
    PostId postId = post.id();
    PostComments columns =
        input instanceof PostComments stored ? stored : PostComments.of(postId, input);
    Comment[] given = columns.comments();
    if (given.length > 0 && !columns.postId().equals(postId)) {
      throw new IllegalArgumentException(
          "Comment " + given[0].id() + " belongs to post " + columns.postId() + ", not " + postId);
    }
    int n = given.length;
    long[] givenIds = columns.ids();
    long[] givenParents = columns.parentIds();
    byte[] givenFlags = flags(columns, viewer.key());
    double[] givenScores = scores(given, options.replyOrder().score());
    this.wholeMillis = columns.wholeMillis();
    // Sorted once by time (primitive keys: numbers follow time), then in reply order: every later
    // pass that goes through positions in order then yields siblings in reply order.
    this.byTime = columns.inTimeOrder()
        ? Ordering.identity(n)
        : Ordering.byTime(columns.millis(), givenIds);
    this.inReplyOrder = Ordering.order(given, options.replyOrder(), byTime, givenScores);
    int[] givenNumbers = new int[n];
    if (slice == null) {
      int number = 0;
      for (int g : byTime) {
        if ((givenFlags[g] & APPROVED) != 0) {
          givenNumbers[g] = ++number;
        }
      }
    }
    long[] parentIds;
    if (isIdentity(inReplyOrder)) {
      // Given in reply order already, as a store returns comments shown oldest first: the arrays
      // are kept as they are, and a million comments are not copied once more.
      this.comments = given;
      this.flags = givenFlags;
      this.numbers = givenNumbers;
      parentIds = givenParents;
    } else {
      this.comments = new Comment[n];
      this.flags = new byte[n];
      this.numbers = new int[n];
      parentIds = new long[n];
      for (int i = 0; i < n; i++) {
        int g = inReplyOrder[i];
        comments[i] = given[g];
        flags[i] = givenFlags[g];
        parentIds[i] = givenParents[g];
        numbers[i] = givenNumbers[g];
      }
    }
    this.index = new IdIndex(n, columns.smallestId(), columns.largestId());
    for (int i = 0; i < n; i++) {
      if (!index.put(givenIds[inReplyOrder[i]], i)) {
        throw new IllegalArgumentException("Comment " + comments[i].id() + " is given twice");
      }
    }
    this.parent = new int[n];
    for (int i = 0; i < n; i++) {
      // A reply whose parent is missing (never the case in a consistent store) is shown at top level.
      parent[i] = parentIds[i] == 0 ? NONE : index.get(parentIds[i]);
    }
    if (slice != null) {
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
    return options.threaded() ? threaded() : flat();
  }

  private CommentThread threaded() {
    int n = comments.length;
    // Replies of every comment in reply order, as segments of one array: the replies of i are
    // replies[replyStart[i]] to replies[replyStart[i + 1] - 1]. Counts are summed up to the ends
    // of the segments, then filled backwards, which leaves each at its start.
    int[] replyStart = new int[n + 1];
    int rootCount = 0;
    for (int i = 0; i < n; i++) {
      if (parent[i] == NONE) {
        rootCount++;
      } else {
        replyStart[parent[i]]++;
      }
    }
    for (int i = 1; i <= n; i++) {
      replyStart[i] += replyStart[i - 1];
    }
    int[] replies = new int[n - rootCount];
    int[] roots = new int[rootCount];
    for (int i = n - 1; i >= 0; i--) {
      if (parent[i] == NONE) {
        roots[--rootCount] = i;
      } else {
        replies[--replyStart[parent[i]]] = i;
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
    for (int r = roots.length - 1; r >= 0; r--) {
      stack[top++] = roots[r];
      depth[roots[r]] = 1;
    }
    while (top > 0) {
      int i = stack[--top];
      preorder[reached++] = i;
      for (int k = replyStart[i + 1] - 1; k >= replyStart[i]; k--) {
        int child = replies[k];
        depth[child] = depth[i] + 1;
        stack[top++] = child;
      }
    }

    // A comment is shown if it is visible or has a visible reply below it; the others are kept as
    // placeholders. Replies come after their parents in preorder, so one backwards pass suffices.
    for (int k = reached - 1; k >= 0; k--) {
      int i = preorder[k];
      if ((flags[i] & VISIBLE) != 0) {
        flags[i] |= SHOWN;
      }
      if ((flags[i] & SHOWN) != 0 && parent[i] != NONE) {
        flags[parent[i]] |= SHOWN;
      }
    }

    // holder[i]: the comment whose replies list shows comment i. Below the cap a reply is shown
    // at the cap, after its parent, in the list that holds the parent. Each holder's list is a
    // segment of one array (the shelf), filled in preorder: shelfStart counts as replyStart did,
    // and stack (free now) keeps where each list's next entry goes.
    int maxDepth = options.maxDepth();
    int[] holder = new int[n];
    int[] rootOf = new int[n];
    int[] shelfStart = replyStart;
    Arrays.fill(shelfStart, 0);
    int size = 0;
    int shownRoots = 0;
    int responses = 0;
    int highest = 0;
    for (int k = 0; k < reached; k++) {
      int i = preorder[k];
      if ((flags[i] & SHOWN) == 0) {
        continue;
      }
      size++;
      if ((flags[i] & APPROVED) != 0) {
        responses++;
        highest = Math.max(highest, numbers[i]);
      }
      int p = parent[i];
      if (p == NONE) {
        holder[i] = NONE;
        rootOf[i] = i;
        roots[shownRoots++] = i;
      } else {
        int h = depth[i] <= maxDepth ? p : holder[p];
        holder[i] = h;
        rootOf[i] = rootOf[p];
        shelfStart[h + 1]++;
      }
    }
    for (int i = 1; i <= n; i++) {
      shelfStart[i] += shelfStart[i - 1];
    }
    int[] next = stack;
    System.arraycopy(shelfStart, 0, next, 0, n);
    int[] shelf = new int[size - shownRoots];
    for (int k = 0; k < reached; k++) {
      int i = preorder[k];
      if ((flags[i] & SHOWN) != 0 && holder[i] != NONE) {
        shelf[next[holder[i]]++] = i;
      }
    }
    ThreadTree tree = new ThreadTree(
        comments, flags, parent, numbers, depth, rootOf, shelf, shelfStart, maxDepth, open);
    return finish(Arrays.copyOf(roots, shownRoots), tree, size, responses, highest);
  }

  private CommentThread flat() {
    int n = comments.length;
    int[] roots = new int[n];
    int size = 0;
    int responses = 0;
    int highest = 0;
    // Index order is reply order, which finish() expects of roots.
    for (int i = 0; i < n; i++) {
      if ((flags[i] & VISIBLE) != 0) {
        flags[i] |= SHOWN;
        roots[size++] = i;
        if ((flags[i] & APPROVED) != 0) {
          responses++;
          highest = Math.max(highest, numbers[i]);
        }
      }
    }
    int[] none = new int[0];
    ThreadTree tree = new ThreadTree(
        comments, flags, parent, numbers, null, none, none, none, options.maxDepth(), open);
    return finish(Arrays.copyOf(roots, size), tree, size, responses, highest);
  }

  /**
   * Cuts the top-level nodes into pages in the order's page order (the order they were posted,
   * for the time orders), sorts each page by the display order, puts pinned threads first on
   * page 1, and indexes every node by id. Given a slice, pages are cut where they fall in the
   * whole discussion. {@code rootIndices} arrive in reply order.
   */
  private CommentThread finish(
      int[] rootIndices, ThreadTree tree, int size, int responses, int highest) {
    int pinnedCount = 0;
    for (int r : rootIndices) {
      if ((flags[r] & PINNED) != 0) {
        pinnedCount++;
      }
    }
    int[] pinned = new int[pinnedCount];
    int[] roots = new int[rootIndices.length - pinnedCount];
    int p = 0;
    int u = 0;
    for (int r : rootIndices) {
      if ((flags[r] & PINNED) != 0) {
        pinned[p++] = r;
      } else {
        roots[u++] = r;
      }
    }
    CommentOrder order = options.order();
    CommentOrder replyOrder = options.replyOrder();
    // Roots arrive in reply order: often already the page order, with no sort at all.
    if (!order.pagesByTime()) {
      if (!order.equals(replyOrder)) {
        sort(roots, 0, roots.length, order);
      }
    } else if (replyOrder.equals(CommentOrder.NEWEST_FIRST)) {
      reverse(roots, 0, roots.length);
    } else if (!replyOrder.equals(CommentOrder.OLDEST_FIRST)) {
      sort(roots, 0, roots.length, CommentOrder.OLDEST_FIRST);
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
        reverse(roots, from, to);
      } else if (sortWithinPages) {
        sort(roots, from, to, order);
      }
      from = to;
    }
    sort(pinned, 0, pinned.length, order);
    // Page 1 shows the pinned threads first; the nodes are made as the lists are read.
    int[] shown = new int[pinned.length + roots.length];
    System.arraycopy(pinned, 0, shown, 0, pinned.length);
    System.arraycopy(roots, 0, shown, pinned.length, roots.length);
    List<ThreadNode> pinnedNodes = tree.nodes(shown, 0, pinned.length);
    List<ThreadNode> rootNodes = tree.nodes(shown, pinned.length, shown.length);
    List<ThreadNode> allRoots = tree.nodes(shown, 0, shown.length);

    IdIndex ids = index;
    Function<CommentId, @Nullable ThreadNode> lookup = id -> {
      int i = ids.get(id.value());
      return i < 0 || !tree.isShown(i) ? null : tree.node(i);
    };
    Predicate<CommentId> onPage = id -> {
      int i = ids.get(id.value());
      return i >= 0 && tree.isShownComment(i);
    };
    Comment[] all = comments;
    Function<CommentId, @Nullable Comment> rootComments = id -> {
      int i = ids.get(id.value());
      return i < 0 ? null : all[i];
    };
    if (slice == null) {
      return new CommentThread(post, options, open, pinnedNodes, rootNodes, allRoots, lookup, onPage, size,
          responses, 0, rootNodes.size(), rootComments, false, false);
    }
    // A store read without a snapshot may count a thread posted meanwhile; never show less.
    int threadCount = Math.max(slice.threadCount(), slice.firstThread() + rootNodes.size());
    int responseCount = Math.max(slice.responseCount(), highest);
    ThreadSlice read = slice;
    Predicate<CommentId> shows = id -> onPage.test(id) || read.approvedMentions().contains(id);
    return new CommentThread(post, options, open, pinnedNodes, rootNodes, allRoots, lookup, shows, size,
        responseCount, slice.firstThread(), threadCount, rootComments, slice.earlier(),
        slice.later());
  }

  /**
   * Sorts positions {@code from} to {@code to} of {@code a}, which are positions in reply order,
   * in {@code order}: by each comment's rank in time for the two time orders, as primitives.
   */
  private void sort(int[] a, int from, int to, CommentOrder order) {
    int length = to - from;
    if (length < 2) {
      return;
    }
    boolean newest = order.equals(CommentOrder.NEWEST_FIRST);
    if (wholeMillis && (newest || order.equals(CommentOrder.OLDEST_FIRST))) {
      int[] rank = timeRank();
      long[] keys = new long[length];
      for (int k = 0; k < length; k++) {
        keys[k] = ((long) rank[a[from + k]] << 32) | a[from + k];
      }
      Ordering.sortUnsigned(keys);
      for (int k = 0; k < length; k++) {
        a[from + k] = (int) keys[newest ? length - 1 - k : k];
      }
      return;
    }
    Integer[] boxed = new Integer[length];
    for (int k = 0; k < length; k++) {
      boxed[k] = a[from + k];
    }
    Ordering.sort(boxed, 0, length, comments, order);
    for (int k = 0; k < length; k++) {
      a[from + k] = boxed[k];
    }
  }

  /** Returns each comment's position in time order, by its position in reply order. */
  private int[] timeRank() {
    int[] rank = timeRank;
    if (rank == null) {
      int n = comments.length;
      int[] ofGiven = new int[n];
      for (int j = 0; j < n; j++) {
        ofGiven[byTime[j]] = j;
      }
      rank = new int[n];
      for (int i = 0; i < n; i++) {
        rank[i] = ofGiven[inReplyOrder[i]];
      }
      timeRank = rank;
    }
    return rank;
  }

  /**
   * The assembly flags of the comments, as {@link Visibility} decides them: a pending comment's
   * author, the one thing the arrays do not hold, is read for a viewer who has a key.
   */
  private static byte[] flags(PostComments columns, @Nullable String viewerKey) {
    byte[] stored = columns.flags();
    Comment[] comments = columns.comments();
    byte[] flags = new byte[stored.length];
    for (int g = 0; g < stored.length; g++) {
      byte f = stored[g];
      if ((f & PostComments.APPROVED) != 0) {
        flags[g] = (byte) (VISIBLE | APPROVED | ((f & PostComments.PINNED) != 0 ? PINNED : 0));
      } else if ((f & PostComments.PENDING) != 0 && viewerKey != null
          && Visibility.isVisible(comments[g], viewerKey)) {
        flags[g] = VISIBLE;
      }
    }
    return flags;
  }

  /** Each comment's score in a ranked reply order; none for the time orders. */
  private static double[] scores(Comment[] comments, @Nullable ToDoubleFunction<Comment> score) {
    if (score == null) {
      return new double[0];
    }
    double[] scores = new double[comments.length];
    for (int g = 0; g < comments.length; g++) {
      scores[g] = score.applyAsDouble(comments[g]);
    }
    return scores;
  }

  private static boolean isIdentity(int[] positions) {
    for (int i = 0; i < positions.length; i++) {
      if (positions[i] != i) {
        return false;
      }
    }
    return true;
  }

  private static void reverse(int[] a, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
