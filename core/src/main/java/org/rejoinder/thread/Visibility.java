package org.rejoinder.thread;

import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;

/**
 * Who sees a comment, in one place: everyone an approved one, its author a pending one, nobody
 * spam, trash or a purged comment's tombstone (those appear only as placeholders above shown
 * replies).
 */
final class Visibility {
  private Visibility() {}

  /** Returns whether the viewer with {@code viewerKey} (null if anonymous) sees {@code c}. */
  static boolean isVisible(Comment c, @Nullable String viewerKey) {
    return c.state() == ModerationState.APPROVED
        || (c.state() == ModerationState.PENDING
            && viewerKey != null
            && viewerKey.equals(c.author().key()));
  }

  /**
   * Returns whether {@code c} leads a pinned thread: an approved top-level comment a moderator
   * pinned. Such threads come first on page 1; a pinned comment that is no longer approved leads
   * an ordinary thread until it is approved again.
   */
  static boolean isPinned(Comment c) {
    return c.pinned() && c.parentId() == null && c.state() == ModerationState.APPROVED;
  }
}
