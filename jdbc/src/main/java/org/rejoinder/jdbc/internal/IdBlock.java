package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntToLongFunction;

/**
 * Comment ids reserved ahead, a block at a time, and handed out from memory. A block is reserved
 * by a write committed before any of its ids is handed out, so no id of it is handed out twice,
 * by this process or by another sharing the database, even after a crash; ids of a block that
 * this process does not hand out before it ends are never used.
 *
 * <p>Safe for use by many threads, and no thread waits for another: a thread that finds the
 * block used up reserves the next one itself, on its own connection (a submission's, which
 * holds one), rather than waiting for a thread that may be waiting for a pooled connection. When
 * several do so at once, the blocks that come second are kept for the next renewals; one that
 * lies below ids stored meanwhile is skipped as far as they reach ({@link #passed}).
 */
public final class IdBlock {
  private final int size;
  private final IntToLongFunction reserve;
  /** The block ids are taken from; its ids above its last are used up. */
  private final AtomicReference<Block> current = new AtomicReference<>(new Block(1, 0));
  /** Blocks reserved while another took the place of a used-up one, in the order reserved. */
  private final Queue<Block> spare = new ConcurrentLinkedQueue<>();
  /** Ids up to this one are never handed out from now on. */
  private final AtomicLong floor = new AtomicLong();

  private record Block(AtomicLong next, long last) {
    Block(long first, long last) {
      this(new AtomicLong(first), last);
    }
  }

  /**
   * @param size how many ids to reserve at a time
   * @param reserve reserves the given number of consecutive ids in a committed write and returns
   *     the last of them
   */
  public IdBlock(int size, IntToLongFunction reserve) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive but was " + size);
    }
    this.size = size;
    this.reserve = reserve;
  }

  /** Returns the next id, reserving a block first when the last one is used up. */
  public long next() {
    while (true) {
      Block block = requireNonNull(current.get());
      long id = block.next().getAndIncrement();
      if (id <= block.last()) {
        if (id > floor.get()) {
          return id;
        }
        continue;
      }
      Block fresh = spare.poll();
      if (fresh == null) {
        long last = reserve.applyAsLong(size);
        fresh = new Block(last - size + 1, last);
      }
      if (!current.compareAndSet(block, fresh)) {
        spare.add(fresh); // another thread renewed the block first: this one comes next
      }
    }
  }

  /**
   * Makes sure ids handed out from now on are larger than {@code id}: called after ids chosen
   * elsewhere were stored. Ids reserved already up to {@code id} are skipped; a block reserved
   * from now on starts above the ids stored.
   */
  public void passed(long id) {
    floor.accumulateAndGet(id, Math::max);
  }
}
