package org.rejoinder;

import com.google.common.util.concurrent.Striped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.Lock;
import org.rejoinder.model.Author;
import org.rejoinder.model.ClientInfo;

/**
 * Serialises the submissions of one person, so that the flood and duplicate rules see each
 * other's comments: a submission holds the locks of its author key, IP address and email address
 * from the policy's verdict until the comment is stored. Locks are striped: 65,536 stripes, made
 * when first taken and dropped when no longer used, so that unrelated people rarely wait for
 * each other (sixteen submissions at once, three identities each, share a stripe about once in
 * five hundred; with 256 stripes it was nearly one in two). They are taken in a fixed order, so
 * they never deadlock. The same keys
 * are given to the store ({@link org.rejoinder.store.IdentityLockStore#serialized}), which
 * serialises them across the processes sharing it.
 */
final class IdentityLocks {
  private final Striped<Lock> stripes = Striped.lazyWeakLock(1 << 16);

  /** Returns the identities of a submission: its author's key, IP address and email address. */
  static List<String> keys(Author author, ClientInfo client) {
    List<String> keys = new ArrayList<>(3);
    keys.add("author " + author.key());
    if (client.ip() != null) {
      keys.add("ip " + client.ip());
    }
    if (author.email() != null) {
      keys.add("email " + author.email().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(keys);
  }

  /** Locks the identities {@link #keys} returned; pass the result to {@link #unlock}. */
  List<Lock> lock(List<String> keys) {
    List<Lock> held = new ArrayList<>(keys.size());
    try {
      for (Lock lock : stripes.bulkGet(keys)) { // in stripe order; a stripe may repeat (reentrant)
        lock.lock();
        held.add(lock);
      }
    } catch (RuntimeException | Error e) {
      unlock(held);
      throw e;
    }
    return held;
  }

  static void unlock(List<Lock> held) {
    for (int i = held.size() - 1; i >= 0; i--) {
      held.get(i).unlock();
    }
  }
}
