package org.rejoinder.store;

/**
 * What {@link ModerationHistoryStore#purgeComment} did with a comment.
 *
 * @since 0.1.0
 */
public enum PurgeOutcome {
  /** Nothing replied to it: the comment, its audit trail, revisions and reports are gone. */
  DELETED,
  /** Other comments reply to it: it became a tombstone that keeps their place. */
  TOMBSTONED,
  /** It already was a tombstone and still has replies: nothing changed. */
  KEPT
}
