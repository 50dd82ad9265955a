package org.rejoinder.thread;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;

/**
 * Sorting for assembly and slicing. The orders by time and by a score sort primitive keys rather
 * than comparing comments: a comment's time and id, and its score, are read once each, so that
 * sorting a million comments by "best" costs about what sorting them by time does. Numbers (which
 * follow time) come from the same sort by time. Loops only, no recursion.
 */
final class Ordering {
  /** Oldest first, then by id: the order numbers follow. */
  static final Comparator<Comment> BY_TIME =
      Comparator.comparing(Comment::createdAt).thenComparing(Comment::id);
  /** Runs of equal times up to this long are put in id order by insertion. */
  private static final int SHORT_RUN = 16;
  /** Digits of the radix sort, in bits. */
  private static final int DIGIT_BITS = 11;
  /** Fewer keys than this are sorted by comparison. */
  private static final int RADIX_FROM = 4096;

  private Ordering() {}

  /**
   * Returns the positions of {@code comments} in {@code order}: by primitive keys for the time
   * orders and for scores, given the positions in time order ({@link #byTime}) and, for an order
   * with a score, each comment's score ({@code scores}, read with the comment's other values;
   * unread for the other orders); by the order's comparator for the others.
   */
  static int[] order(Comment[] comments, CommentOrder order, int[] byTime, double[] scores) {
    if (order.equals(CommentOrder.OLDEST_FIRST)) {
      return byTime;
    }
    if (order.equals(CommentOrder.NEWEST_FIRST)) {
      int[] newest = byTime.clone();
      reverse(newest);
      return newest;
    }
    if (order.score() != null) {
      return byScore(scores, byTime);
    }
    Comparator<Comment> comparator = order.comparator();
    Integer[] positions = new Integer[comments.length];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
    }
    Arrays.sort(positions, (a, b) -> comparator.compare(comments[a], comments[b]));
    int[] sorted = new int[positions.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = positions[i];
    }
    return sorted;
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
   * among the approved comments given, from 1; 0 for the others. Linear when the comments are
   * already in time order; otherwise one sort of primitive keys.
   */
  static int[] numbersByTime(Comment[] comments) {
    int n = comments.length;
    int[] numbers = new int[n];
    boolean[] approved = new boolean[n];
    boolean inTimeOrder = true;
    Comment previous = null;
    for (int i = 0; i < n; i++) {
      Comment c = comments[i];
      if (c.state() != ModerationState.APPROVED) {
        continue;
      }
      approved[i] = true;
      if (previous != null && BY_TIME.compare(previous, c) > 0) {
        inTimeOrder = false;
      }
      previous = c;
    }
    if (inTimeOrder) {
      int number = 0;
      for (int i = 0; i < n; i++) {
        if (approved[i]) {
          numbers[i] = ++number;
        }
      }
      return numbers;
    }
    int[] order = byTime(comments, approved);
    for (int j = 0; j < order.length; j++) {
      numbers[order[j]] = j + 1;
    }
    return numbers;
  }

  /**
   * Returns the positions of {@code comments} (of those {@code among} marks, or all if it is
   * null) sorted by creation time and then id: the times and positions packed into one long each
   * and sorted as primitives, then runs created in the same millisecond put in id order.
   */
  static int[] byTime(Comment[] comments, boolean @Nullable [] among) {
    int count = 0;
    for (int i = 0; i < comments.length; i++) {
      if (among == null || among[i]) {
        count++;
      }
    }
    int[] positions = new int[count];
    long[] millis = new long[count];
    long[] ids = new long[count];
    int k = 0;
    for (int i = 0; i < comments.length; i++) {
      if (among == null || among[i]) {
        positions[k] = i;
        millis[k] = comments[i].createdAt().toEpochMilli();
        ids[k] = comments[i].id().value();
        k++;
      }
    }
    int[] order = byTime(millis, ids);
    for (int j = 0; j < count; j++) {
      order[j] = positions[order[j]];
    }
    return order;
  }

  /**
   * Returns the positions 0 to n - 1 of the comments whose creation times (in epoch milliseconds)
   * and ids are {@code millis} and {@code ids}, sorted by time and then id: the order of {@link
   * #byTime(Comment[], boolean[])}, from values read off the comments once each. The times and
   * positions are packed into one long each and sorted as primitives, then runs created in the
   * same millisecond are put in id order. Values already in that order, as stores return a post's
   * comments, are not sorted: the positions are returned as they are.
   */
  static int[] byTime(long[] millis, long[] ids) {
    int n = millis.length;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    boolean inOrder = true;
    long previous = 0;
    for (int i = 0; i < n; i++) {
      long m = millis[i];
      min = Math.min(min, m);
      max = Math.max(max, m);
      inOrder &= i == 0 || m > previous || (m == previous && ids[i] > ids[i - 1]);
      previous = m;
    }
    if (inOrder) {
      return identity(n);
    }
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n));
    long spread = max - min;
    if (n > 0 && (spread < 0 || spread >= (1L << (62 - bits)))) {
      return byTimeAndId(millis, ids);
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((millis[i] - min) << bits) | i;
    }
    sortUnsigned(keys);
    long mask = (1L << bits) - 1;
    int[] order = new int[n];
    for (int j = 0; j < n; j++) {
      order[j] = (int) (keys[j] & mask);
    }
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && (keys[end] >>> bits) == (keys[start] >>> bits)) {
        end++;
      }
      if (end - start > 1) {
        sortRunById(ids, order, start, end);
      }
      start = end;
    }
    return order;
  }

  /** Returns the positions 0 to n - 1 in order: the order of comments given in time order. */
  static int[] identity(int n) {
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    return order;
  }

  /**
   * Sorts {@code keys}, none negative: a radix sort, {@value #DIGIT_BITS} bits at a time, for
   * many keys, so that sorting ten times as many takes ten times as long; digits every key
   * shares cost one counting pass and no move.
   */
  static void sortUnsigned(long[] keys) {
    int n = keys.length;
    if (n < RADIX_FROM) {
      Arrays.sort(keys);
      return;
    }
    long all = 0;
    for (long k : keys) {
      all |= k;
    }
    int used = 64 - Long.numberOfLeadingZeros(all);
    long[] from = keys;
    long[] to = new long[n];
    int[] counts = new int[(1 << DIGIT_BITS) + 1];
    int digitMask = (1 << DIGIT_BITS) - 1;
    for (int shift = 0; shift < used; shift += DIGIT_BITS) {
      Arrays.fill(counts, 0);
      for (long k : from) {
        counts[(int) ((k >>> shift) & digitMask) + 1]++;
      }
      if (counts[(int) ((from[0] >>> shift) & digitMask) + 1] == n) {
        continue;
      }
      for (int d = 0; d < digitMask + 1; d++) {
        counts[d + 1] += counts[d];
      }
      for (long k : from) {
        to[counts[(int) ((k >>> shift) & digitMask)]++] = k;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
    }
  }

  /** Puts positions {@code start} to {@code end} of {@code order} in the order of {@code ids}. */
  private static void sortRunById(long[] ids, int[] order, int start, int end) {
    if (end - start <= SHORT_RUN) {
      for (int j = start + 1; j < end; j++) {
        int current = order[j];
        int m = j - 1;
        while (m >= start && ids[order[m]] > ids[current]) {
          order[m + 1] = order[m];
          m--;
        }
        order[m + 1] = current;
      }
      return;
    }
    Integer[] run = new Integer[end - start];
    for (int j = start; j < end; j++) {
      run[j - start] = order[j];
    }
    Arrays.sort(run, (a, b) -> Long.compare(ids[a], ids[b]));
    for (int j = start; j < end; j++) {
      order[j] = run[j - start];
    }
  }

  private static int[] byTimeAndId(long[] millis, long[] ids) {
    Integer[] order = new Integer[millis.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int byMillis = Long.compare(millis[a], millis[b]);
      return byMillis != 0 ? byMillis : Long.compare(ids[a], ids[b]);
    });
    int[] sorted = new int[order.length];
    for (int j = 0; j < sorted.length; j++) {
      sorted[j] = order[j];
    }
    return sorted;
  }

  /**
   * Returns the positions of comments whose scores are {@code scores}, sorted by score, highest
   * first, then by time and id: the positions in time order ({@code byTime}), stably sorted by
   * each score's bits with a radix sort, a byte at a time, so ties keep their order in time. The
   * keys move with their positions, so that every pass reads both in order; one pass counts every
   * byte of every key first, and bytes every score shares (most of a double's exponent) cost
   * nothing after it.
   */
  static int[] byScore(double[] scores, int[] byTime) {
    int n = byTime.length;
    int[] order = byTime.clone();
    long[] keys = new long[n];
    int[] counts = new int[8 * 257];
    for (int j = 0; j < n; j++) {
      long key = ~sortable(scores[order[j]]); // descending
      keys[j] = key;
      for (int b = 0; b < 8; b++) {
        counts[b * 257 + (int) ((key >>> (b * 8)) & 0xFF) + 1]++;
      }
    }
    long[] spareKeys = new long[n];
    int[] spare = new int[n];
    for (int b = 0; b < 8; b++) {
      int base = b * 257;
      if (oneValue(counts, base, n)) {
        continue;
      }
      for (int d = base; d < base + 256; d++) {
        counts[d + 1] += counts[d];
      }
      int shift = b * 8;
      for (int j = 0; j < n; j++) {
        long key = keys[j];
        int to = counts[base + (int) ((key >>> shift) & 0xFF)]++;
        spareKeys[to] = key;
        spare[to] = order[j];
      }
      long[] swapKeys = keys;
      keys = spareKeys;
      spareKeys = swapKeys;
      int[] swap = order;
      order = spare;
      spare = swap;
    }
    return order;
  }

  /** Returns whether all {@code n} keys share the byte counted at {@code counts[base + 1…256]}. */
  private static boolean oneValue(int[] counts, int base, int n) {
    for (int d = base + 1; d <= base + 256; d++) {
      if (counts[d] == n) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a long whose unsigned order is the order of {@link Double#compare}: the sign bit
   * flipped for positive numbers, every bit for negative ones.
   */
  private static long sortable(double value) {
    long bits = Double.doubleToLongBits(value);
    return bits < 0 ? ~bits : bits | Long.MIN_VALUE;
  }

  private static void reverse(int[] a) {
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
