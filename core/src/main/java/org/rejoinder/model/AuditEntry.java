package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;

/**
 * One recorded change of a comment's moderation state: who moved it, when, from which state to
 * which, and why. The first entry of every comment records its creation, with no {@code from}.
 *
 * <p>An entry whose {@code from} and {@code to} are the same records a moderator's action that
 * kept the state, such as pinning or unpinning a comment; its reason says which ({@code
 * org.rejoinder.moderation.Reasons#PINNED}). {@link #changesState()} tells the two apart.
 *
 * @param commentId the comment
 * @param at when the change happened
 * @param actor who made it ({@link Actor#SYSTEM} for the moderation policy)
 * @param from the state before, or {@code null} for the comment's creation
 * @param to the state after
 * @param reason why, for example a moderation rule's reason; may be empty, at most {@value
 *     Limits#MAX_REASON_CHARS} characters
 * @since 0.1.0
 */
public record AuditEntry(
    CommentId commentId,
    Instant at,
    Actor actor,
    @Nullable ModerationState from,
    ModerationState to,
    String reason) {

  /** Creates an entry. */
  public AuditEntry {
    requireNonNull(commentId, "commentId must not be null");
    at = requireNonNull(at, "at must not be null").truncatedTo(ChronoUnit.MILLIS);
    requireNonNull(actor, "actor must not be null");
    requireNonNull(to, "to must not be null");
    String checked = Checks.optionalLine("reason", reason, Limits.MAX_REASON_CHARS);
    reason = checked == null ? "" : checked;
  }

  /**
   * Returns whether this entry records a comment's creation or a change of its state, rather
   * than an action that kept the state (such as a pin).
   *
   * @since 0.2.0
   */
  public boolean changesState() {
    return from != to;
  }
}
