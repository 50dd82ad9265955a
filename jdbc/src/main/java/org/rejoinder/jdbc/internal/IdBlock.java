package org.rejoinder.jdbc.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;

/**
 * Comment ids reserved ahead, a block at a time, and handed out from memory. A block is reserved
 * by a write committed before any of its ids is handed out, so no id of it is handed out twice,
 * by this process or by another sharing the database, even after a crash; ids of a block that
 * this process does not hand out before it ends are never used.
 *
 * <p>Safe for use by many threads. Taking an id waits for nothing but the reservation of a new
 * block, and only while one is being reserved; {@link #passed} never waits.
 */
public final class IdBlock {
  private final int size;
  private final IntToLongFunction reserve;
  private final Object reserving = new Object();
  /** The block ids are taken from; its ids above its last are used up. */
  private volatile Block current = new Block(0, 0);
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
      Block block = current;
      long id = block.next().getAndIncrement();
      if (id > block.last()) {
        renew(block);
      } else if (id > floor.get()) {
        return id;
      }
    }
  }

  /** Reserves a new block in place of {@code usedUp}, unless another thread did meanwhile. */
  private void renew(Block usedUp) {
    synchronized (reserving) {
      if (current == usedUp) {
        long last = reserve.applyAsLong(size);
        current = new Block(last - size + 1, last);
      }
    }
  }

  /**
   * Makes sure ids handed out from now on are larger than {@code id}: called after ids chosen
   * elsewhere were stored. What is left of the block up to {@code id} is skipped; a block reserved
   * from now on starts above the ids stored.
   */
  public void passed(long id) {
    floor.accumulateAndGet(id, Math::max);
  }
}
