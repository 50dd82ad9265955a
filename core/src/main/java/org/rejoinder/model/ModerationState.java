package org.rejoinder.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a comment stands in moderation. Only {@link #APPROVED} comments are public; a {@link
 * #PENDING} comment is shown to its own author with "Your comment is awaiting moderation"; {@link
 * #SPAM} and {@link #TRASH} are never shown.
 *
 * <p>Every change of state goes through {@link #canChangeTo(ModerationState)}, the one place the
 * legal transitions are written down: any state may change to any other state (approve,
 * unapprove, mark as spam, mark as not spam, trash, restore from trash), and no state may change
 * to itself, so that two moderators acting on the same comment cannot both succeed unnoticed.
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
  TRASH;

  private Set<ModerationState> targets;

  static {
    PENDING.targets = EnumSet.of(APPROVED, SPAM, TRASH);
    APPROVED.targets = EnumSet.of(PENDING, SPAM, TRASH);
    SPAM.targets = EnumSet.of(PENDING, APPROVED, TRASH);
    TRASH.targets = EnumSet.of(PENDING, APPROVED, SPAM);
  }

  /** Returns whether a comment in this state may be moved to {@code target}. */
  public boolean canChangeTo(ModerationState target) {
    return targets.contains(target);
  }

  /** Returns whether comments in this state are shown to every reader. */
  public boolean isPublic() {
    return this == APPROVED;
  }
}
