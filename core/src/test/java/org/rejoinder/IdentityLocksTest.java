package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Guest;

class IdentityLocksTest {
  private final IdentityLocks locks = new IdentityLocks();

  private static List<String> keysOf(int reader) {
    return IdentityLocks.keys(Guest.of("Reader " + reader, "reader" + reader + "@example.net"),
        ClientInfo.of("10.0." + (reader >> 8) + "." + (reader & 255), "Firefox"));
  }

  @Test
  void onePersonsSubmissions_takeTurns() throws Exception {
    List<Lock> held = locks.lock(keysOf(1));
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(() -> IdentityLocks.unlock(locks.lock(keysOf(1))));

    Thread.sleep(100);
    assertThat(second).isNotDone();
    IdentityLocks.unlock(held);
    second.get(10, TimeUnit.SECONDS);
  }

  @Test
  void fifteenPeopleSubmitting_hardlyEverStopAnotherPerson() {
    List<List<Lock>> held = IntStream.range(0, 15).mapToObj(r -> locks.lock(keysOf(r))).toList();
    Set<Lock> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    held.forEach(taken::addAll);

    // Another person would wait if one of their locks is among those held. Taking them again on
    // this thread, which holds those, never waits (the locks are reentrant).
    long waiting = IntStream.range(15, 1_015).filter(r -> {
      List<Lock> theirs = locks.lock(keysOf(r));
      try {
        return theirs.stream().anyMatch(taken::contains);
      } finally {
        IdentityLocks.unlock(theirs);
      }
    }).count();

    // With 256 stripes about 440 of these 1,000 people would wait for one of the fifteen.
    assertThat(waiting).isLessThan(20);
    held.forEach(IdentityLocks::unlock);
  }
}
