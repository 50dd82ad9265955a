package org.rejoinder.model;

import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.RejoinderException;

/**
 * Thrown when a comment's moderation state cannot change to the requested one, for example when
 * an approved comment is approved again. Nothing changes.
 *
 * @since 0.1.0
 */
public final class IllegalTransitionException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  private final CommentId commentId;
  private final ModerationState from;
  private final ModerationState to;

  /**
   * Creates the exception.
   *
   * @param commentId the comment
   * @param from its current state
   * @param to the requested state
   */
  public IllegalTransitionException(CommentId commentId, ModerationState from, ModerationState to) {
    super(
        ErrorCode.ILLEGAL_TRANSITION,
        "Comment " + commentId + " cannot change from " + from + " to " + to);
    this.commentId = commentId;
    this.from = from;
    this.to = to;
  }

  /** Returns the comment. */
  public CommentId commentId() {
    return commentId;
  }

  /** Returns the comment's state when the change was asked for. */
  public ModerationState from() {
    return from;
  }

  /** Returns the requested state. */
  public ModerationState to() {
    return to;
  }
}
