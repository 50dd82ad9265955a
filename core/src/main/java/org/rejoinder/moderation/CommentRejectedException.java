package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.RejoinderException;


/**
 * Thrown when the moderation policy rejects a comment or an edit. Nothing was stored; {@link
 * #verdict()} says why, in a reason code (see {@link Reasons}) and a message that can be shown to
 * the commenter, and {@link #httpStatus()} suggests how a web application answers.
 *
 * @since 0.1.0
 */
public final class CommentRejectedException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  private final transient Verdict verdict;

  /**
   * Creates the exception.
   *
   * @param verdict the rejecting verdict
   */
  public CommentRejectedException(Verdict verdict) {
    super(ErrorCode.REJECTED, requireNonNull(verdict, "verdict").message());
    this.verdict = verdict;
  }

  /** Returns the verdict that rejected the comment. */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns the HTTP status that fits the rejection: 429 Too Many Requests for {@link
   * Reasons#FLOOD}, 409 Conflict for {@link Reasons#DUPLICATE}, 400 Bad Request for {@link
   * Reasons#REQUIRED_FIELDS}, {@link Reasons#EMPTY_BODY} and {@link Reasons#TOO_LONG}, and 403
   * Forbidden for every other reason, bans and custom rules included.
   */
  public int httpStatus() {
    switch (verdict.reason()) {
      case Reasons.FLOOD:
        return 429;
      case Reasons.DUPLICATE:
        return 409;
      case Reasons.REQUIRED_FIELDS:
      case Reasons.EMPTY_BODY:
      case Reasons.TOO_LONG:
        return 400;
      default:
        return 403;
    }
  }
}
