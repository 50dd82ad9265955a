package org.rejoinder;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.rejoinder.model.Actor;

/**
 * What an erasure did ({@link PersonalDataView#erase}): who asked, when, and how much was erased.
 *
 * @param requestedBy the administrator who erased
 * @param at when
 * @param comments comments anonymized
 * @param reports reports that no longer name the reader
 * @param subscriptions subscriptions ended
 * @since 0.2.0
 */
public record ErasureReport(Actor requestedBy, Instant at, int comments, int reports, int subscriptions) {
  /** Creates one. */
  public ErasureReport {
    requireNonNull(requestedBy, "requestedBy must not be null");
    requireNonNull(at, "at must not be null");
  }
}
