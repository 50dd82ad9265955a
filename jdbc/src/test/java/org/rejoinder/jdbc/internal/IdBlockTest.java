package org.rejoinder.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdBlockTest {
  /** A database's id row: reserving advances it and returns the last id reserved. */
  private final AtomicLong row = new AtomicLong();
  private final AtomicInteger reservations = new AtomicInteger();

  private long reserve(int count) {
    reservations.incrementAndGet();
    return row.addAndGet(count);
  }

  @Test
  void handsOutABlockInOrder_thenReservesTheNext() {
    IdBlock ids = new IdBlock(10, this::reserve);

    for (long expected = 1; expected <= 25; expected++) {
      assertThat(ids.next()).isEqualTo(expected);
    }
    assertThat(reservations.get()).isEqualTo(3);
  }

  @Test
  void manyThreads_neverGetTheSameId_andWasteNoBlock() throws Exception {
    IdBlock ids = new IdBlock(10, this::reserve);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Long>>> taken = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        taken.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < 1_000; i++) {
            mine.add(ids.next());
          }
          return mine;
        }));
      }
      Set<Long> all = new HashSet<>();
      for (Future<List<Long>> f : taken) {
        all.addAll(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(all).hasSize(8_000);
      // Blocks reserved by threads that lost the race are kept and used, not dropped.
      assertThat(row.get()).isLessThanOrEqualTo(8_000 + 8 * 10);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aThreadWhoseReservationWaits_neverStopsAnotherFromGettingIds() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    IdBlock ids = new IdBlock(10, count -> {
      if (Thread.currentThread().getName().equals("slow")) {
        waiting.countDown();
        try {
          release.await(30, TimeUnit.SECONDS); // as a reservation waiting for a pooled connection
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return reserve(count);
    });
    AtomicLong slowId = new AtomicLong();
    Thread slow = new Thread(() -> slowId.set(ids.next()), "slow");
    slow.start();
    assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();

    Set<Long> others = CompletableFuture.supplyAsync(() -> {
      Set<Long> taken = new HashSet<>();
      for (int i = 0; i < 25; i++) {
        taken.add(ids.next());
      }
      return taken;
    }).get(5, TimeUnit.SECONDS);
    release.countDown();
    slow.join(10_000);

    assertThat(others).hasSize(25).doesNotContain(slowId.get());
  }

  @Test
  void idsPassedByStoresElsewhere_areNeverHandedOut() {
    IdBlock ids = new IdBlock(10, this::reserve);
    assertThat(ids.next()).isEqualTo(1);

    ids.passed(5);
    row.accumulateAndGet(30, Math::max); // the database skips what was stored, as the row does

    assertThat(ids.next()).isEqualTo(6);
    for (int i = 0; i < 4; i++) {
      ids.next();
    }
    assertThat(ids.next()).isEqualTo(31);
  }
}
