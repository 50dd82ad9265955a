package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.RejoinderException;


/**
 * Thrown when a reply names a parent it cannot be attached to. Nothing is stored.
 *
 * @since 0.1.0
 */
public final class InvalidParentException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  /** Why the parent cannot take a reply. */
  public enum Reason {
    /** The parent belongs to another post. */
    OTHER_POST,
    /** The parent is pending, spam or trash: only approved comments take replies. */
    NOT_APPROVED
  }

  private final CommentId parentId;
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param parentId the parent named by the reply
   * @param reason why it cannot take the reply
   */
  public InvalidParentException(CommentId parentId, Reason reason) {
    super(ErrorCode.INVALID_PARENT, message(parentId, requireNonNull(reason, "reason")));
    this.parentId = parentId;
    this.reason = reason;
  }

  private static String message(CommentId parentId, Reason reason) {
    switch (reason) {
      case OTHER_POST:
        return "Comment " + parentId + " belongs to another post";
      case NOT_APPROVED:
        return "Comment " + parentId + " is not approved and cannot be replied to";
      default:
        throw new AssertionError(reason);
    }
  }

  /** Returns the parent named by the reply. */
  public CommentId parentId() {
    return parentId;
  }

  /** Returns why the parent cannot take the reply. */
  public Reason reason() {
    return reason;
  }
}
