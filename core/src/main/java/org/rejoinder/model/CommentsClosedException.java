package org.rejoinder.model;

import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.RejoinderException;

/**
 * Thrown when a comment is posted to a post whose comments are closed, or closed automatically
 * some days after publishing.
 *
 * @since 0.1.0
 */
public final class CommentsClosedException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  private final PostId postId;

  /**
   * Creates the exception.
   *
   * @param postId the post that does not accept comments
   */
  public CommentsClosedException(PostId postId) {
    super(ErrorCode.COMMENTS_CLOSED, "Comments are closed on post " + postId);
    this.postId = postId;
  }

  /** Returns the post that does not accept comments. */
  public PostId postId() {
    return postId;
  }
}
