package org.rejoinder.thread;

import org.jspecify.annotations.Nullable;

/**
 * Comment id to array position, for the arrays thread assembly works on, over primitive arrays
 * only: indexing a million comments allocates one or two arrays rather than a million boxed
 * entries.
 *
 * <p>Ids that lie close together (a store's sequence hands them out one after another) are kept
 * in one array from the smallest id up, read by subtraction: comments in time order then read
 * the array in order too, and a reply's parent, posted shortly before it, is nearby. Other ids go
 * into an open-addressing hash table.
 */
final class IdIndex {
  private static final int ABSENT = -1;
  /** Ids spread over at most this many times as many numbers as there are comments are dense. */
  private static final int DENSE_SPREAD = 4;

  private final long smallest;
  // Dense: position + 1 at id - smallest, 0 where there is no comment. Null when hashed.
  private final int @Nullable [] dense;
  private final long[] keys;
  // Hashed: position + 1 at the id's slot, 0 for an empty slot.
  private final int[] values;
  private final int mask;

  /** An index for {@code expected} ids between {@code smallest} and {@code largest}. */
  IdIndex(int expected, long smallest, long largest) {
    long spread = largest - smallest;
    if (expected > 0 && spread >= 0 && spread < (long) DENSE_SPREAD * expected + 16) {
      this.smallest = smallest;
      this.dense = new int[(int) spread + 1];
      this.keys = new long[0];
      this.values = new int[0];
      this.mask = 0;
    } else {
      int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
      this.smallest = 0;
      this.dense = null;
      this.keys = new long[capacity];
      this.values = new int[capacity];
      this.mask = capacity - 1;
    }
  }

  /** Maps {@code id} (positive) to {@code position}; returns false if {@code id} was present. */
  boolean put(long id, int position) {
    int[] direct = dense;
    if (direct != null) {
      int at = (int) (id - smallest);
      if (direct[at] != 0) {
        return false;
      }
      direct[at] = position + 1;
      return true;
    }
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      if (values[slot] == 0) {
        keys[slot] = id;
        values[slot] = position + 1;
        return true;
      }
      if (keys[slot] == id) {
        return false;
      }
    }
  }

  /** Returns the position of {@code id}, or -1. */
  int get(long id) {
    int[] direct = dense;
    if (direct != null) {
      long at = id - smallest;
      return at >= 0 && at < direct.length ? direct[(int) at] - 1 : ABSENT;
    }
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      if (values[slot] == 0) {
        return ABSENT;
      }
      if (keys[slot] == id) {
        return values[slot] - 1;
      }
    }
  }

  private int slot(long id) {
    long h = id * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
