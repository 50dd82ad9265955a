package org.rejoinder.interop.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The source ids an import has met, to tell a comment the file holds twice. WordPress and Disqus
 * ids are numbers, kept in an open-addressing table of longs (8 to 16 bytes an id, so a million
 * comments take about 16 MB); other ids in a set of strings.
 */
final class SeenIds {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] table = newTable(1 << 12);
  private int size;
  private final Set<String> others = new HashSet<>();

  private static long[] newTable(int capacity) {
    long[] table = new long[capacity];
    java.util.Arrays.fill(table, EMPTY);
    return table;
  }

  /** Adds an id; returns whether it was new. */
  boolean add(String id) {
    long number = number(id);
    if (number == EMPTY) {
      return others.add(id);
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    if (insert(table, number)) {
      size++;
      return true;
    }
    return false;
  }

  /** Returns the id as a number if it is one written without a sign or leading zeros, else EMPTY. */
  private static long number(String id) {
    int n = id.length();
    if (n == 0 || n > 18 || (n > 1 && id.charAt(0) == '0')) {
      return EMPTY;
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return EMPTY;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = (int) (mix(value) & mask);
    while (table[i] != EMPTY) {
      if (table[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = value;
    return true;
  }

  private static long mix(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  private void grow() {
    long[] bigger = newTable(table.length * 2);
    for (long value : table) {
      if (value != EMPTY) {
        insert(bigger, value);
      }
    }
    table = bigger;
  }
}
