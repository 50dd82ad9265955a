package org.rejoinder;

import static java.util.Objects.requireNonNull;

import org.rejoinder.moderation.Verdict;

/**
 * Thrown when the moderation policy rejects a comment. Nothing was stored; {@link #verdict()}
 * says why, in a reason code and a message that can be shown to the commenter.
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
}
