package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * The capability of serialising what is done in the name of one identity (an author, an IP
 * address, an email address) across every application process that shares the store, so that
 * the moderation rules that read a person's history before a new comment is stored (flood,
 * duplicates) see each other's comments when the same person posts through several nodes at once.
 *
 * <p>{@code Rejoinder} already serialises one identity's submissions inside its own process; it
 * calls {@link #serialized} inside those locks, from the read of the post to the insert of the
 * comment, so that a store several processes share can take a lock they all see. A store used by
 * one process needs nothing more, which is what the default does: it runs the work at once. The
 * in-memory store keeps that default; the JDBC store takes database locks (see its
 * documentation for what each database guarantees).
 *
 * <p>Why a span of work rather than a lock to take and release: a database lock lives in a
 * transaction on one connection, and the reads and the write it protects must run in that very
 * transaction, so the store has to see where the span begins and where it ends.
 *
 * <p>{@code IdentityLockContract} in the test-jar of {@code rejoinder-core} checks a store against
 * this interface.
 *
 * @since 0.2.0
 */
public interface IdentityLockStore {

  /**
   * Runs {@code work}, which reads a person's history through this store and then stores their
   * new comment, while no other call of this method with one of the same keys runs in any process
   * that shares the store, and returns its result.
   *
   * <p>What a store that locks guarantees: the calls this store receives from {@code work} on the
   * calling thread, up to and including the first new comment stored ({@link
   * DiscussionStore#insertComment}, with or without notifications), run while the keys' locks are
   * held, taken in a fixed order so that two spans never deadlock; storing the comment releases
   * them, and so does the end of {@code work}, returning or throwing. Calls after the comment is
   * stored run as they would outside the span. Each call stays atomic as ever; whether earlier
   * calls of a failed {@code work} are kept is the store's to say (the comment's write is the only
   * one {@code Rejoinder} makes). A store that does not lock (the default) runs {@code work} as it
   * is.
   *
   * <p>Spans do not nest: {@code work} must not call this method of the same store.
   *
   * @param identityKeys the identities whose turn this is, e.g. {@code "author guest:ann"},
   *     {@code "ip 192.0.2.1"}; any strings, compared exactly; empty for none
   * @param work what to do holding the locks
   * @return what {@code work} returned
   * @throws IllegalStateException if called inside {@code work} of the same store on the same
   *     thread, by a store that detects it
   * @throws org.rejoinder.error.StorageException if a lock cannot be taken or released
   */
  default <T> T serialized(Collection<String> identityKeys, Supplier<T> work) {
    requireNonNull(identityKeys, "identityKeys must not be null");
    requireNonNull(work, "work must not be null");
    return work.get();
  }
}
