package org.rejoinder.model;

import static java.util.Objects.requireNonNull;


/**
 * Where a comment stands in moderation. Only {@link #APPROVED} comments are public; a {@link
 * #PENDING} comment is shown to its own author with "Your comment is awaiting moderation"; {@link
 * #SPAM} and {@link #TRASH} are never shown.
 *
 * <p>Every change of state goes through {@link #canChangeTo(ModerationState)}, the one place the
 * legal transitions are written down: any of the four moderation states may change to any other
 * (approve, unapprove, mark as spam, mark as not spam, trash, restore from trash), and no state
 * may change to itself, so that two moderators acting on the same comment cannot both succeed
 * unnoticed. {@link #PURGED} is outside that cycle: only purging the trash makes a comment
 * purged, and nothing brings it back.
 *
 * @since 0.1.0
 */
public enum ModerationState {
  /** Held for review; shown only to its author. */
  PENDING,
  /** Public. */
  APPROVED,
  /** Spam; never shown, kept so that a mistaken verdict can be undone. */
  SPAM,
  /** Soft-deleted; never shown, purged after a retention period. */
  TRASH,
  /**
   * Purged from the trash while other comments still reply to it: a tombstone that keeps the
   * replies' place. Its author, text and client information are erased (see {@link
   * Comment#toTombstone(java.time.Instant)}); it is never shown, except as a placeholder.
   */
  PURGED;


  /**
   * Returns whether a moderator may move a comment in this state to {@code target}. Never true
   * to or from {@link #PURGED}.
   */
  public boolean canChangeTo(ModerationState target) {
    requireNonNull(target, "target must not be null");
    // The four moderation states reach each other; nothing reaches or leaves PURGED but purging.
    return this != target && this != PURGED && target != PURGED;
  }

  /** Returns whether comments in this state are shown to every reader. */
  public boolean isPublic() {
    return this == APPROVED;
  }
}
