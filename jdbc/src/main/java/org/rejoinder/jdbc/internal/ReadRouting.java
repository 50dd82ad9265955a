package org.rejoinder.jdbc.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.rejoinder.model.PostId;

/**
 * Chooses the database a thread read goes to: the read replica, unless this store wrote to the
 * post within the replica's allowed lag, in which case the primary, so that whoever just wrote
 * reads what they wrote.
 */
public final class ReadRouting {
  /** Past this many remembered posts, expired ones are swept out on the next write. */
  private static final int SWEEP_AT = 10_000;

  private final Database primary;
  private final Database replica;
  private final long windowNanos;
  private final ConcurrentMap<PostId, Long> writtenUntil = new ConcurrentHashMap<>();

  private ReadRouting(Database primary, Database replica, Duration window) {
    this.primary = primary;
    this.replica = replica;
    this.windowNanos = window.toNanos();
  }

  /** Every read from {@code primary}. */
  public static ReadRouting primaryOnly(Database primary) {
    return new ReadRouting(primary, primary, Duration.ZERO);
  }

  /** Thread reads from {@code replica}, except for posts written through this store within {@code window}. */
  public static ReadRouting withReplica(Database primary, Database replica, Duration window) {
    return new ReadRouting(primary, replica, window);
  }

  /** Returns whether thread reads may go to a replica at all. */
  public boolean hasReplica() {
    return replica != primary;
  }

  /** Notes that this store has just written to {@code post}. */
  public void wrote(PostId post) {
    if (!hasReplica() || windowNanos == 0) {
      return;
    }
    long now = System.nanoTime();
    writtenUntil.put(post, now + windowNanos);
    if (writtenUntil.size() > SWEEP_AT) {
      writtenUntil.values().removeIf(until -> until - now <= 0);
    }
  }

  /** Notes that this store has just written to each of {@code posts}. */
  public void wrote(Collection<PostId> posts) {
    for (PostId post : posts) {
      wrote(post);
    }
  }

  /** Returns the database to read {@code post}'s thread from. */
  public Database forPost(PostId post) {
    return recentlyWritten(post) ? primary : replica;
  }

  /** Returns the database to read {@code posts} from together: the primary if any was just written. */
  public Database forPosts(Collection<PostId> posts) {
    if (!hasReplica()) {
      return primary;
    }
    for (PostId post : posts) {
      if (recentlyWritten(post)) {
        return primary;
      }
    }
    return replica;
  }

  /** Returns the database for reads across posts, such as the latest comments of a site. */
  public Database forSite() {
    return replica;
  }

  private boolean recentlyWritten(PostId post) {
    if (!hasReplica()) {
      return true;
    }
    Long until = writtenUntil.get(post);
    if (until == null) {
      return false;
    }
    if (until - System.nanoTime() > 0) {
      return true;
    }
    writtenUntil.remove(post, until);
    return false;
  }
}
