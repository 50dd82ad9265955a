package org.rejoinder;

import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Mention;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.VoteChange;

/**
 * Hears what happens to comments, after it is stored: the hook for reply notifications,
 * subscriptions, cache invalidation or search indexing. Register listeners with {@link
 * Rejoinder.Builder#listener(CommentListener)}; every method does nothing by default.
 *
 * <p>Listeners are called on the thread that made the change, after the write, in the order they
 * were registered. A listener that throws does not undo the write, and does not keep the other
 * listeners from hearing of it: the exception is logged through SLF4J (logger {@code
 * org.rejoinder.Rejoinder}, level WARN) and dropped. A slow listener slows the call that made
 * the change; hand long work to an executor.
 *
 * @since 0.1.0
 */
public interface CommentListener {

  /** A new comment was stored, in whatever state the policy decided. */
  default void posted(Comment comment) {}

  /** A comment's moderation state changed; {@code entry} records who, when, from, to and why. */
  default void stateChanged(Comment comment, AuditEntry entry) {}

  /** A comment's text was edited; {@code revision} keeps the previous text. */
  default void edited(Comment comment, Revision revision) {}

  /** A reader reported a comment ({@code comment} as it was when reported). */
  default void reported(Comment comment, Report report) {}

  /**
   * A reader voted on a comment, changed their vote or took it back; {@code comment} carries the
   * counts after. Not called when a vote changes nothing (the same vote twice).
   *
   * @since 0.2.0
   */
  default void voted(Comment comment, VoteChange change) {}

  /**
   * A moderator pinned or unpinned a top-level comment; {@code entry} records who and when, and
   * its reason ({@code pinned} or {@code unpinned}) which.
   *
   * @since 0.2.0
   */
  default void pinned(Comment comment, AuditEntry entry) {}

  /**
   * A comment that readers can see names or links to another: the hook for "you were mentioned"
   * notifications. Called once per mention when the comment is first shown to readers (posted
   * approved, or approved for the first time later), and for the mentions an edit of a shown
   * comment adds.
   *
   * @param comment the comment that mentions
   * @param mention how it mentions
   * @param mentioned the comment mentioned, whose author is the one to tell
   * @since 0.2.0
   */
  default void mentioned(Comment comment, Mention mention, Comment mentioned) {}
}
