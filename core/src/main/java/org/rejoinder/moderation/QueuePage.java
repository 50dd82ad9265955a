package org.rejoinder.moderation;

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
  /** Creates a page. */
  public QueuePage {
    items = List.copyOf(items);
  }

  /** Returns whether more pending comments follow this page. */
  public boolean hasMore() {
    return offset + (long) items.size() < total;
  }
}
