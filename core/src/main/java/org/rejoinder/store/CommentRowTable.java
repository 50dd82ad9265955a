package org.rejoinder.store;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of {@link InMemoryCommentStore} by comment id: an open-addressing table with linear
 * probing on the row's own id, so an entry costs one reference rather than a map node and a boxed
 * key. Not thread-safe: the store's lock guards it.
 */
final class CommentRowTable {
  private static final int MIN_CAPACITY = 16;

  private @Nullable CommentRow[] slots = new CommentRow[MIN_CAPACITY];
  private int size;

  int size() {
    return size;
  }

  @Nullable CommentRow get(long id) {
    @Nullable CommentRow[] table = slots;
    int mask = table.length - 1;
    for (int i = slot(id, mask); ; i = (i + 1) & mask) {
      CommentRow row = table[i];
      if (row == null || row.id == id) {
        return row;
      }
    }
  }

  boolean contains(long id) {
    return get(id) != null;
  }

  /** Adds a row whose id is not in the table yet. */
  void add(CommentRow row) {
    if ((size + 1) * 4L > slots.length * 3L) {
      resize(slots.length * 2);
    }
    place(slots, row);
    size++;
  }

  /** Removes the row with {@code id}, if any, moving later rows of its run back into place. */
  void remove(long id) {
    @Nullable CommentRow[] table = slots;
    int mask = table.length - 1;
    int i = slot(id, mask);
    while (true) {
      CommentRow row = table[i];
      if (row == null) {
        return;
      }
      if (row.id == id) {
        break;
      }
      i = (i + 1) & mask;
    }
    table[i] = null;
    size--;
    // Backward-shift: move each following row of the run to the hole if its home allows.
    int hole = i;
    for (int j = (i + 1) & mask; ; j = (j + 1) & mask) {
      CommentRow row = table[j];
      if (row == null) {
        return;
      }
      int home = slot(row.id, mask);
      // The row may move to the hole if the hole lies on its probe path, from home to j.
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        table[hole] = row;
        table[j] = null;
        hole = j;
      }
    }
  }

  /** Returns the rows, in no particular order. */
  List<CommentRow> rows() {
    List<CommentRow> all = new ArrayList<>(size);
    for (CommentRow row : slots) {
      if (row != null) {
        all.add(row);
      }
    }
    return all;
  }

  private void resize(int capacity) {
    @Nullable CommentRow[] grown = new CommentRow[capacity];
    for (CommentRow row : slots) {
      if (row != null) {
        place(grown, row);
      }
    }
    slots = grown;
  }

  private static void place(@Nullable CommentRow[] table, CommentRow row) {
    int mask = table.length - 1;
    int i = slot(row.id, mask);
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = row;
  }

  private static int slot(long id, int mask) {
    long h = id * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
