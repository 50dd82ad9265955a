package org.rejoinder.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
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
    int responseCount = 0;
    for (int i = 0; i < n; i++) {
      if (root[i] == i) {
        responseCount += approved[i];
        if (shown[i]) {
          shownRoots.add(i);
        }
      }
    }
    Comparator<Comment> pageOrder = request.order().pageOrder();
    shownRoots.sort((a, b) -> pageOrder.compare(comments[a], comments[b]));

    int threadCount = shownRoots.size();
    int from = request.fromThread(threadCount);
    int to = request.toThread(threadCount);
    int responsesBefore = 0;
    boolean[] selected = new boolean[n];
    for (int k = 0; k < to; k++) {
      int r = shownRoots.get(k);
      if (k < from) {
        responsesBefore += approved[r];
      } else {
        selected[r] = true;
      }
    }
    List<Comment> sliced = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (root[i] != NONE && selected[root[i]]) {
        sliced.add(comments[i]);
      }
    }
    return new ThreadSlice(sliced, threadCount, from, responsesBefore, responseCount);
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
