package org.rejoinder.thread;

import java.util.Arrays;

/**
 * Comment id to array position, for the arrays thread assembly works on: open addressing over
 * primitive arrays, so indexing a million comments allocates two arrays rather than a million
 * boxed entries.
 */
final class IdIndex {
  private static final int ABSENT = -1;

  private final long[] keys;
  private final int[] values;
  private final int mask;

  IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, ABSENT);
    mask = capacity - 1;
  }

  /** Maps {@code id} (positive) to {@code position}; returns false if {@code id} was present. */
  boolean put(long id, int position) {
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      if (values[slot] == ABSENT) {
        keys[slot] = id;
        values[slot] = position;
        return true;
      }
      if (keys[slot] == id) {
        return false;
      }
    }
  }

  /** Returns the position of {@code id}, or -1. */
  int get(long id) {
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      if (values[slot] == ABSENT) {
        return ABSENT;
      }
      if (keys[slot] == id) {
        return values[slot];
      }
    }
  }

  private int slot(long id) {
    long h = id * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
