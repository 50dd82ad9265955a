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
 * from the policy's verdict until the comment is stored. Locks are striped, so unrelated people
 * rarely wait for each other, and taken in a fixed order, so they never deadlock.
 */
final class IdentityLocks {
  private final Striped<Lock> stripes = Striped.lock(256);

  /** Locks the identities of a submission; pass the result to {@link #unlock}. */
  List<Lock> lock(Author author, ClientInfo client) {
    List<String> keys = new ArrayList<>(3);
    keys.add("author " + author.key());
    if (client.ip() != null) {
      keys.add("ip " + client.ip());
    }
    if (author.email() != null) {
      keys.add("email " + author.email().toLowerCase(Locale.ROOT));
    }
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
