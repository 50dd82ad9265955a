package org.rejoinder.error;

/**
 * The machine-readable reason carried by every {@link RejoinderException}.
 *
 * <p>An application maps a code to its own message or HTTP status; the suggested statuses are
 * listed with each constant.
 *
 * @since 0.1.0
 */
public enum ErrorCode {
  /** A post or comment does not exist (HTTP 404). */
  NOT_FOUND,
  /** A value failed validation: blank, too long, malformed (HTTP 400). */
  INVALID_INPUT,
  /** An id is already taken, for example a post created twice (HTTP 409). */
  ALREADY_EXISTS,
  /** The post does not accept comments, or no longer does (HTTP 403). */
  COMMENTS_CLOSED,
  /** A reply names a parent that cannot be replied to: another post's, or not approved (HTTP 400). */
  INVALID_PARENT,
  /** The requested moderation state change is not allowed from the current state (HTTP 409). */
  ILLEGAL_TRANSITION,
  /** Someone else changed the comment first; reload and retry (HTTP 409). */
  CONCURRENT_UPDATE,
  /**
   * The actor may not do this: their role does not allow it, or they are not the comment's
   * author, or the edit window has passed (HTTP 403; see {@link
   * PermissionDeniedException#reason()}).
   */
  PERMISSION_DENIED,
  /**
   * The moderation policy rejected the comment; nothing was stored (HTTP 403, 409 or 429; 400 for
   * missing, empty or too long fields; see {@code CommentRejectedException.httpStatus()} in
   * {@code org.rejoinder.moderation}).
   */
  REJECTED,
  /**
   * A page link's cursor ({@code org.rejoinder.thread.ThreadCursor}) is malformed, or was made
   * for another post or order (HTTP 400; see {@link InvalidCursorException#reason()}).
   *
   * @since 0.2.0
   */
  INVALID_CURSOR,
  /** The storage backend failed (HTTP 503). */
  STORAGE_FAILURE
}
