package org.rejoinder;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.rejoinder.model.Actor;
import org.rejoinder.store.ErasureRecord;

/**
 * What an erasure did ({@link PersonalDataView#erase}): who asked, and the record the store keeps
 * of it (request id, when, how much was changed, never the address).
 *
 * @param requestedBy the administrator who erased
 * @param record the erasure's record, as {@link PersonalDataView#erasures} lists it
 * @since 0.2.0
 */
public record ErasureReport(Actor requestedBy, ErasureRecord record) {
  /** Creates one. */
  public ErasureReport {
    requireNonNull(requestedBy, "requestedBy must not be null");
    requireNonNull(record, "record must not be null");
  }

  /** Returns the erasure's random request id: a receipt to give the reader. */
  public String requestId() {
    return record.requestId();
  }

  /** Returns when the erasure was asked for. */
  public Instant at() {
    return record.requestedAt();
  }

  /** Returns how many comments were anonymized. */
  public int comments() {
    return record.comments();
  }

  /** Returns how many reports no longer name the reader. */
  public int reports() {
    return record.reports();
  }

  /** Returns how many subscriptions ended. */
  public int subscriptions() {
    return record.subscriptions();
  }

  /** Returns how many votes no longer name the reader. */
  public int votes() {
    return record.votes();
  }
}
