package org.rejoinder.thread;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;

/**
 * Sorting for assembly and slicing: orders by a score compute each comment's score once, and
 * numbers (which follow time) come from one sort of primitive keys. Loops only, no recursion.
 */
final class Ordering {
  /** Oldest first, then by id: the order numbers follow. */
  static final Comparator<Comment> BY_TIME =
      Comparator.comparing(Comment::createdAt).thenComparing(Comment::id);

  private Ordering() {}

  /** A comment with its score, computed once. */
  private record Scored(double score, Comment comment) {}

  private static final Comparator<Scored> SCORED =
      (a, b) -> {
        int byScore = Double.compare(b.score, a.score);
        return byScore != 0 ? byScore : BY_TIME.compare(a.comment, b.comment);
      };

  /** Sorts comments in {@code order}, computing a ranked order's scores once each. */
  static void sort(Comment[] comments, CommentOrder order) {
    ToDoubleFunction<Comment> score = order.score();
    if (score == null) {
      Arrays.sort(comments, order.comparator());
      return;
    }
    Scored[] scored = new Scored[comments.length];
    for (int i = 0; i < comments.length; i++) {
      scored[i] = new Scored(score.applyAsDouble(comments[i]), comments[i]);
    }
    Arrays.sort(scored, SCORED);
    for (int i = 0; i < comments.length; i++) {
      comments[i] = scored[i].comment;
    }
  }

  /**
   * Sorts positions {@code from} to {@code to} of {@code indices}, which point into {@code
   * comments}, in {@code order}.
   */
  static void sort(Integer[] indices, int from, int to, Comment[] comments, CommentOrder order) {
    ToDoubleFunction<Comment> score = order.score();
    if (score == null) {
      Comparator<Comment> comparator = order.comparator();
      Arrays.sort(indices, from, to, (a, b) -> comparator.compare(comments[a], comments[b]));
      return;
    }
    double[] keys = new double[comments.length];
    for (int k = from; k < to; k++) {
      keys[indices[k]] = score.applyAsDouble(comments[indices[k]]);
    }
    Arrays.sort(indices, from, to, (a, b) -> {
      int byScore = Double.compare(keys[b], keys[a]);
      return byScore != 0 ? byScore : BY_TIME.compare(comments[a], comments[b]);
    });
  }

  /**
   * Returns each approved comment's number, its position in time (by creation time, then id)
   * among the approved comments given, from 1; 0 for the others. Runs in linear time when the
   * comments are already in time order, and otherwise sorts one primitive key per approved
   * comment.
   */
  static int[] numbersByTime(Comment[] comments) {
    int n = comments.length;
    int[] numbers = new int[n];
    int approved = 0;
    boolean inTimeOrder = true;
    Comment previous = null;
    long minMillis = Long.MAX_VALUE;
    long maxMillis = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      Comment c = comments[i];
      if (c.state() != ModerationState.APPROVED) {
        continue;
      }
      approved++;
      if (previous != null && BY_TIME.compare(previous, c) > 0) {
        inTimeOrder = false;
      }
      previous = c;
      long millis = c.createdAt().toEpochMilli();
      minMillis = Math.min(minMillis, millis);
      maxMillis = Math.max(maxMillis, millis);
    }
    if (inTimeOrder) {
      int number = 0;
      for (int i = 0; i < n; i++) {
        if (comments[i].state() == ModerationState.APPROVED) {
          numbers[i] = ++number;
        }
      }
      return numbers;
    }
    int bits = 32 - Integer.numberOfLeadingZeros(n);
    if (maxMillis - minMillis >= (1L << (62 - bits))) {
      return numbersByComparator(comments, approved);
    }
    // Time offset in the high bits, the comment's position in the low ones: one primitive sort,
    // then comments created in the same millisecond are put in id order.
    long[] keys = new long[approved];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (comments[i].state() == ModerationState.APPROVED) {
        keys[k++] = ((comments[i].createdAt().toEpochMilli() - minMillis) << bits) | i;
      }
    }
    Arrays.sort(keys);
    long mask = (1L << bits) - 1;
    int[] order = new int[approved];
    for (int j = 0; j < approved; j++) {
      order[j] = (int) (keys[j] & mask);
    }
    for (int start = 0; start < approved; ) {
      int end = start + 1;
      while (end < approved && (keys[end] >>> bits) == (keys[start] >>> bits)) {
        end++;
      }
      for (int j = start + 1; j < end; j++) { // insertion sort by id: such runs are short
        int current = order[j];
        int m = j - 1;
        while (m >= start && comments[order[m]].id().compareTo(comments[current].id()) > 0) {
          order[m + 1] = order[m];
          m--;
        }
        order[m + 1] = current;
      }
      start = end;
    }
    for (int j = 0; j < approved; j++) {
      numbers[order[j]] = j + 1;
    }
    return numbers;
  }

  private static int[] numbersByComparator(Comment[] comments, int approved) {
    Integer[] order = new Integer[approved];
    int k = 0;
    for (int i = 0; i < comments.length; i++) {
      if (comments[i].state() == ModerationState.APPROVED) {
        order[k++] = i;
      }
    }
    Arrays.sort(order, (a, b) -> BY_TIME.compare(comments[a], comments[b]));
    int[] numbers = new int[comments.length];
    for (int j = 0; j < approved; j++) {
      numbers[order[j]] = j + 1;
    }
    return numbers;
  }
}
