package org.rejoinder.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;

/**
 * Cuts a page of whole top-level threads out of all of a post's comments, in linear time plus
 * the sorting of top-level comments in the request's page order. Loops over arrays only, no
 * recursion.
 */
final class ThreadSlicer {
  private static final int NONE = -1;
  private static final int UNKNOWN = -2;
  private static final int ON_PATH = -3;

  private ThreadSlicer() {}

  static ThreadSlice cut(List<Comment> input, ThreadPageRequest request) {
    Comment[] comments = input.toArray(new Comment[0]);
    int n = comments.length;
    Map<CommentId, Integer> index = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
    for (int i = 0; i < n; i++) {
      if (!comments[i].postId().equals(request.postId())) {
        throw new IllegalArgumentException(
            "Comment " + comments[i].id() + " belongs to post " + comments[i].postId()
                + ", not " + request.postId());
      }
      index.put(comments[i].id(), i);
    }
    int[] root = roots(comments, index);

    int[] approved = new int[n];
    boolean[] shown = new boolean[n];
    for (int i = 0; i < n; i++) {
      int r = root[i];
      if (r == NONE) {
        continue;
      }
      if (comments[i].state() == ModerationState.APPROVED) {
        approved[r]++;
      }
      shown[r] |= Visibility.isVisible(comments[i], request.viewerKey());
    }
    List<Integer> shownRoots = new ArrayList<>();
    List<Integer> pinnedRoots = new ArrayList<>();
    int responseCount = 0;
    for (int i = 0; i < n; i++) {
      if (root[i] == i) {
        responseCount += approved[i];
        if (Visibility.isPinned(comments[i])) {
          pinnedRoots.add(i);
        } else if (shown[i]) {
          shownRoots.add(i);
        }
      }
    }
    Integer[] ordered = shownRoots.toArray(new Integer[0]);
    CommentOrder order = request.order();
    if (order.pagesByTime()) {
      Ordering.sort(ordered, 0, ordered.length, comments, CommentOrder.OLDEST_FIRST);
    } else {
      Ordering.sort(ordered, 0, ordered.length, comments, order);
    }

    int threadCount = ordered.length;
    int from;
    int to;
    ThreadCursor cursor = request.cursor();
    if (cursor == null) {
      from = request.fromThread(threadCount);
      to = request.toThread(threadCount);
    } else {
      // The first thread after the boundary, found by its key: the boundary may be gone.
      int after = 0;
      boolean later = cursor.direction() == ThreadCursor.Direction.LATER;
      while (after < threadCount) {
        int c = cursor.compareTo(comments[ordered[after]], order);
        if (c < 0 || (c == 0 && !later)) {
          break;
        }
        after++;
      }
      from = later ? after : Math.max(0, after - request.perPage());
      to = later ? Math.min(threadCount, after + request.perPage()) : after;
    }
    boolean onFirstPage = cursor == null
        ? request.page() == 1
        : request.firstPage() == FirstPage.OLDEST ? from == 0 : to == threadCount;
    int responsesBefore = 0;
    boolean[] selected = new boolean[n];
    for (int k = 0; k < to; k++) {
      int r = ordered[k];
      if (k < from) {
        responsesBefore += approved[r];
      } else {
        selected[r] = true;
      }
    }
    if (onFirstPage) {
      for (int r : pinnedRoots) {
        selected[r] = true;
      }
    }
    int[] numbers = Ordering.numbersByTime(comments);
    List<Comment> sliced = new ArrayList<>();
    Map<CommentId, Integer> slicedNumbers = new HashMap<>();
    Set<CommentId> approvedMentions = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (root[i] == NONE || !selected[root[i]]) {
        continue;
      }
      Comment c = comments[i];
      sliced.add(c);
      if (numbers[i] > 0) {
        slicedNumbers.put(c.id(), numbers[i]);
      }
      for (Mention mention : c.mentions()) {
        Integer target = index.get(mention.commentId());
        if (target != null && comments[target].state() == ModerationState.APPROVED) {
          approvedMentions.add(mention.commentId());
        }
      }
    }
    return new ThreadSlice(sliced, threadCount, from, responsesBefore, responseCount,
        slicedNumbers, approvedMentions, from > 0, to < threadCount);
  }

  /**
   * Returns the index of each comment's top-level ancestor. A reply whose parent is missing
   * counts as top level, as in assembly; comments caught in a parent cycle (never the case in a
   * consistent store) have {@link #NONE}.
   */
  private static int[] roots(Comment[] comments, Map<CommentId, Integer> index) {
    int n = comments.length;
    int[] root = new int[n];
    Arrays.fill(root, UNKNOWN);
    int[] path = new int[n];
    for (int i = 0; i < n; i++) {
      int length = 0;
      int j = i;
      int found;
      while (true) {
        if (root[j] == ON_PATH) {
          found = NONE;
          break;
        }
        if (root[j] != UNKNOWN) {
          found = root[j];
          break;
        }
        root[j] = ON_PATH;
        path[length++] = j;
        Integer parent = comments[j].parentId() == null ? null : index.get(comments[j].parentId());
        if (parent == null) {
          found = j;
          break;
        }
        j = parent;
      }
      while (length > 0) {
        root[path[--length]] = found;
      }
    }
    return root;
  }
}
