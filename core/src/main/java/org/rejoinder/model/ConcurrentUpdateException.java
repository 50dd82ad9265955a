package org.rejoinder.model;

import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.RejoinderException;

/**
 * Thrown when a comment was changed by someone else between reading and writing it. The write did
 * not happen; read the comment again and decide anew.
 *
 * @since 0.1.0
 */
public final class ConcurrentUpdateException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  private final CommentId commentId;

  /**
   * Creates the exception.
   *
   * @param commentId the comment that changed
   * @param expectedVersion the version the writer had read
   */
  public ConcurrentUpdateException(CommentId commentId, long expectedVersion) {
    super(
        ErrorCode.CONCURRENT_UPDATE,
        "Comment " + commentId + " changed since version " + expectedVersion + " was read");
    this.commentId = commentId;
  }

  /** Returns the comment that changed. */
  public CommentId commentId() {
    return commentId;
  }
}
