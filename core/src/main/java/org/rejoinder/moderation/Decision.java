package org.rejoinder.moderation;

import org.jspecify.annotations.Nullable;
import org.rejoinder.model.ModerationState;

/**
 * What a moderation rule decides about a comment, from weakest to strongest. When rules disagree
 * the strongest decision wins.
 *
 * @since 0.1.0
 */
public enum Decision {
  /** Publish it. */
  APPROVE(ModerationState.APPROVED),
  /** Hold it for review. */
  HOLD(ModerationState.PENDING),
  /** Keep it as spam, never shown. */
  SPAM(ModerationState.SPAM),
  /** Keep it in the trash, never shown. */
  TRASH(ModerationState.TRASH),
  /** Do not store it at all; the caller is told why. */
  REJECT(null);

  private final @Nullable ModerationState state;

  Decision(@Nullable ModerationState state) {
    this.state = state;
  }

  /** Returns the state a comment is stored in, or {@code null} for {@link #REJECT}. */
  public @Nullable ModerationState state() {
    return state;
  }

  /** Returns the stronger of this decision and {@code other}. */
  public Decision strongest(Decision other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
