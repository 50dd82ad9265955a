package org.rejoinder.error;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when the acting user may not do what they asked, for example a reader trying to approve
 * a comment, or an author editing their comment after the edit window. {@link #reason()} says why
 * as a value an application can switch on, to show its own message.
 *
 * @since 0.1.0
 */
public final class PermissionDeniedException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  /**
   * Why an operation was refused.
   *
   * @since 0.2.0
   */
  public enum Reason {
    /** The operation needs a known person, and the actor is anonymous (for example a report). */
    ANONYMOUS,
    /** The operation is for moderators and administrators only. */
    NOT_MODERATOR,
    /** The operation is for administrators only (for example purging the trash). */
    NOT_ADMIN,
    /** Only the comment's author (or a moderator) may do this, and the actor is someone else. */
    NOT_AUTHOR,
    /** The author's edit window has passed; only a moderator may edit the comment now. */
    EDIT_WINDOW_PASSED,
    /**
     * The comment is in a state its author may not edit (spam or trash); only a moderator may.
     */
    STATE_NOT_EDITABLE,
    /** The comment was purged: nothing of it is left to change. */
    PURGED,
    /**
     * A reader may not vote on their own comment.
     *
     * @since 0.2.0
     */
    OWN_COMMENT,
    /**
     * The comment is not approved (held, spam, trash): it takes no votes, and cannot be pinned.
     *
     * @since 0.2.0
     */
    NOT_APPROVED,
    /**
     * The reader is banned (by a ban that rejects; a ban that marks as spam lets the vote pass
     * unnoticed and uncounted).
     *
     * @since 0.2.0
     */
    BANNED,
    /**
     * The reader is a guest, and the application lets only signed-in readers vote.
     *
     * @since 0.2.0
     */
    GUEST,
    /**
     * Only a top-level comment can be pinned.
     *
     * @since 0.2.0
     */
    NOT_TOP_LEVEL,
    /**
     * The post already has as many pinned comments as the application allows.
     *
     * @since 0.2.0
     */
    PIN_LIMIT
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the operation was refused
   * @param message what was refused and why, for people
   * @since 0.2.0
   */
  public PermissionDeniedException(Reason reason, String message) {
    super(ErrorCode.PERMISSION_DENIED, message);
    this.reason = requireNonNull(reason, "reason must not be null");
  }

  /**
   * Returns why the operation was refused.
   *
   * @since 0.2.0
   */
  public Reason reason() {
    return reason;
  }
}
