package org.rejoinder.moderation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When a list kept in a {@link ModerationListStore} is read again: at its first use, then at the
 * first use {@code refresh} or more after the last read began, by {@code clock}. One thread reads
 * at a time; threads that find a read under way wait for it and use its result.
 */
final class StoreReads {
  private final Duration refresh;
  private final Clock clock;
  private volatile @Nullable Instant nextRead;

  /** @throws IllegalArgumentException if {@code refresh} is negative */
  StoreReads(Duration refresh, Clock clock) {
    requireNonNull(refresh, "refresh must not be null");
    checkArgument(!refresh.isNegative(), "refresh must not be negative but was %s", refresh);
    this.refresh = refresh;
    this.clock = requireNonNull(clock, "clock must not be null");
  }

  /** Runs {@code read} holding {@code lock}, if the last read is too old. */
  void readIfDue(Object lock, Runnable read) {
    if (due()) {
      synchronized (lock) {
        if (due()) {
          readNow(read);
        }
      }
    }
  }

  /** Runs {@code read} now, the caller holding the lock, and counts the interval from now. */
  void readNow(Runnable read) {
    Instant at = clock.instant();
    read.run();
    nextRead = at.plus(refresh);
  }

  private boolean due() {
    Instant next = nextRead;
    return next == null || !clock.instant().isBefore(next);
  }
}
