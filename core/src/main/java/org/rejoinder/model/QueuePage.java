package org.rejoinder.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * One page of the moderation queue: pending comments of every post, oldest first.
 *
 * @param items the comments on this page
 * @param total how many comments are pending in all
 * @param offset how many pending comments come before this page
 * @since 0.1.0
 */
public record QueuePage(List<QueueItem> items, long total, int offset) {
  /**
   * Creates a page.
   *
   * @throws IllegalArgumentException if the offset or the total is negative
   */
  public QueuePage {
    items = List.copyOf(items);
    checkArgument(offset >= 0, "offset must not be negative but was %s", offset);
    checkArgument(total >= 0, "total must not be negative but was %s", total);
  }

  /** Returns whether more pending comments follow this page. */
  public boolean hasMore() {
    return offset + (long) items.size() < total;
  }
}
