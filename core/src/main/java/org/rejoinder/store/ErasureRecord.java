package org.rejoinder.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.rejoinder.internal.Checks;
import org.rejoinder.model.Limits;

/**
 * The durable record of one erasure of a reader's personal data ({@link
 * PersonalDataStore#erasePersonalData}): who asked, when, and how much was changed. It never holds
 * the address: the erasure is known by a random request id, which an administrator can give the
 * reader as a receipt.
 *
 * <p>A store writes it with the erasure's first batch, in that batch's atomic step, and adds
 * each later batch's counts in that batch's step; so it always says what was erased, even of an
 * erasure that stopped half-way.
 *
 * @param requestId the erasure's random id, 1 to {@value #MAX_REQUEST_ID_CHARS} characters
 * @param requestedBy who asked: an administrator's actor key or name, never an email address
 * @param requestedAt when, from the engine's clock
 * @param comments comments anonymized
 * @param revisions revisions that no longer name the reader as their editor
 * @param reports reports that no longer name the reader as their reporter
 * @param subscriptions subscriptions deleted
 * @param votes votes that no longer name the reader as their voter
 * @param mentions mentions of the reader's comments by name that were dropped
 * @since 0.2.0
 */
public record ErasureRecord(
    String requestId,
    String requestedBy,
    Instant requestedAt,
    int comments,
    int revisions,
    int reports,
    int subscriptions,
    int votes,
    int mentions) {

  /** The longest request id: {@value}. */
  public static final int MAX_REQUEST_ID_CHARS = 64;

  /**
   * Creates one.
   *
   * @throws IllegalArgumentException if the request id or {@code requestedBy} is blank, too long
   *     or holds control characters, {@code requestedBy} holds an {@code @} (an address must
   *     never be recorded), or a count is negative
   */
  public ErasureRecord {
    requestId = Checks.argumentLine("requestId", requestId, MAX_REQUEST_ID_CHARS);
    requestedBy = Checks.argumentLine("requestedBy", requestedBy, Limits.MAX_KEY_CHARS);
    checkArgument(requestedBy.indexOf('@') < 0,
        "requestedBy must not hold an email address, but has an @");
    requireNonNull(requestedAt, "requestedAt must not be null");
    checkArgument(comments >= 0 && revisions >= 0 && reports >= 0 && subscriptions >= 0
        && votes >= 0 && mentions >= 0, "counts must not be negative");
  }

  /** Returns the record of an erasure that has erased nothing yet. */
  public static ErasureRecord started(String requestId, String requestedBy, Instant requestedAt) {
    return new ErasureRecord(requestId, requestedBy, requestedAt, 0, 0, 0, 0, 0, 0);
  }

  /** Returns this record with one more batch's counts added. */
  public ErasureRecord plus(PersonalDataStore.Erased batch) {
    requireNonNull(batch, "batch must not be null");
    return new ErasureRecord(requestId, requestedBy, requestedAt, comments + batch.comments(),
        revisions + batch.revisions(), reports + batch.reports(),
        subscriptions + batch.subscriptions(), votes + batch.votes(), mentions + batch.mentions());
  }
}
