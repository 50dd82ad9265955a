package org.rejoinder.error;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the storage backend fails: a database that cannot be reached, a connection that
 * breaks, a schema newer than this code. The cause is the backend's own exception, with its
 * details (for a database, its SQL state and message), and the message names what failed.
 *
 * <p>{@link #outcome()} says whether the write can have happened:
 *
 * <ul>
 *   <li>{@link Outcome#NOT_APPLIED}: nothing changed. The failure came before the write was
 *       committed, and the database discarded it. Trying again is safe.
 *   <li>{@link Outcome#UNKNOWN}: the failure came at or after the commit (the connection broke
 *       while the database was committing, or before it could answer), so the write may have
 *       been kept. Do not simply repeat it: find out first. A new comment's id is chosen before
 *       its commit, and {@link #commentId()} gives it, so {@code rejoinder.comment(id)} (or the
 *       store's {@code findComment}) tells, once the database answers again, whether the comment
 *       was stored. For other writes, read the object back and compare its version.
 * </ul>
 *
 * <p>What an application should do with it:
 *
 * <ul>
 *   <li>a web form posting a comment answers 503 either way and keeps the reader's text; with
 *       {@code NOT_APPLIED} it may invite the reader to send it again, with {@code UNKNOWN} it
 *       says that the comment may have been saved and offers to check (by the id) rather than a
 *       plain "post again": a second identical submission would be refused as a duplicate if the
 *       first was kept, but only after the reader was told to send it;
 *   <li>an import that stops on an {@code UNKNOWN} failure resumes by first reading back the ids
 *       of the batch that failed, and stores only those that are missing, so that nothing is
 *       inserted twice;
 *   <li>reads and migrations fail as {@code NOT_APPLIED}: they changed nothing.
 * </ul>
 *
 * @since 0.1.0
 */
public final class StorageException extends RejoinderException {
  private static final long serialVersionUID = 2L;

  /**
   * Whether a failed write can have happened.
   *
   * @since 0.2.0
   */
  public enum Outcome {
    /** The write did not happen: nothing changed, and doing it again is safe. */
    NOT_APPLIED,
    /**
     * The write may or may not have happened: the failure came at or after its commit. Read the
     * data back before doing it again.
     */
    UNKNOWN
  }

  private final Outcome outcome;
  private final long commentId;

  /**
   * Creates the exception for a failure that changed nothing ({@link Outcome#NOT_APPLIED}).
   *
   * @param message what failed
   * @param cause the backend's exception
   */
  public StorageException(String message, Throwable cause) {
    this(message, cause, Outcome.NOT_APPLIED);
  }

  /**
   * Creates the exception without a cause, for a failure that changed nothing ({@link
   * Outcome#NOT_APPLIED}).
   *
   * @param message what failed
   */
  public StorageException(String message) {
    this(message, null, Outcome.NOT_APPLIED);
  }

  /**
   * Creates the exception with its outcome.
   *
   * @param message what failed
   * @param cause the backend's exception, or {@code null}
   * @param outcome whether the write can have happened
   * @since 0.2.0
   */
  public StorageException(String message, @Nullable Throwable cause, Outcome outcome) {
    super(ErrorCode.STORAGE_FAILURE, message, cause);
    this.outcome = requireNonNull(outcome, "outcome must not be null");
    this.commentId = 0;
  }

  /**
   * Creates the exception for a failure while storing one new comment, whose id the caller can
   * look up to find out an {@link Outcome#UNKNOWN} outcome.
   *
   * @param message what failed
   * @param cause the backend's exception, or {@code null}
   * @param outcome whether the write can have happened
   * @param commentId the id of the comment being stored, positive
   * @throws IllegalArgumentException if {@code commentId} is not positive
   * @since 0.2.0
   */
  public StorageException(String message, @Nullable Throwable cause, Outcome outcome, long commentId) {
    super(ErrorCode.STORAGE_FAILURE, message, cause);
    this.outcome = requireNonNull(outcome, "outcome must not be null");
    if (commentId <= 0) {
      throw new IllegalArgumentException("commentId must be positive but was " + commentId);
    }
    this.commentId = commentId;
  }

  /**
   * Returns whether the failed write can have happened: {@link Outcome#NOT_APPLIED} if it surely
   * did not, {@link Outcome#UNKNOWN} if the failure came at or after its commit.
   *
   * @since 0.2.0
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns the id of the new comment the failed write was storing, if it was storing one: with
   * an {@link Outcome#UNKNOWN} outcome, look it up to learn whether it was kept.
   *
   * @since 0.2.0
   */
  public OptionalLong commentId() {
    return commentId == 0 ? OptionalLong.empty() : OptionalLong.of(commentId);
  }
}
