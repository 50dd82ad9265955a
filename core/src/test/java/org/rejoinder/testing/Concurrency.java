package org.rejoinder.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs a task on several threads at once, to provoke races. */
public final class Concurrency {
  private Concurrency() {}

  /** A task that may throw, given the index of its thread. */
  @FunctionalInterface
  public interface Task {
    void run(int thread) throws Exception;
  }

  /**
   * Runs {@code task} on {@code threads} threads that start together, waits for all of them (at
   * most a minute) and rethrows the first failure.
   */
  public static void runConcurrently(int threads, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        Callable<Void> call = () -> {
          start.await();
          task.run(index);
          return null;
        };
        futures.add(pool.submit(call));
      }
      start.countDown();
      for (Future<Void> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
