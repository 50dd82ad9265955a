package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.ClientInfo;

/**
 * The bans a {@link BanRule} enforces. Safe for use by many threads: an administrator can add and
 * lift bans while comments arrive, and the next comment sees the change.
 *
 * <p>A list made with {@link #BanList()} or {@link #of} lives in memory: an application that
 * bans people at run time keeps its own record of them and adds them again when it starts. A
 * list made with {@link #fromStore} keeps its bans in a {@link ModerationListStore}, such as the
 * JDBC store, so that every application node sharing the store enforces the same bans: {@link
 * #add} and {@link #remove} write to the store, and the list reads the store again at most once
 * every refresh interval ({@link #DEFAULT_REFRESH} unless given). A ban added or lifted through
 * one node applies on that node at once, and on the others within the interval. A read that
 * fails throws the store's exception (such as a {@link org.rejoinder.error.StorageException})
 * from the use that made it, and the next use tries again.
 *
 * @since 0.1.0
 */
public final class BanList {
  /**
   * How long a stored list uses what it read before it reads the store again, unless told: 30
   * seconds.
   *
   * @since 0.2.0
   */
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(30);

  private record Entry(Ban ban, @Nullable IpRange range) {
    static Entry of(Ban ban) {
      return new Entry(ban, ban.kind() == Ban.Kind.IP ? IpRange.parse(ban.value()) : null);
    }
  }

  private final @Nullable ModerationListStore store;
  private final @Nullable StoreReads reads;
  private volatile List<Entry> entries = List.of();

  /** Creates an empty list, held in memory. */
  public BanList() {
    this(null, null);
  }

  private BanList(@Nullable ModerationListStore store, @Nullable StoreReads reads) {
    this.store = store;
    this.reads = reads;
  }

  /**
   * Returns the list of bans kept in {@code store}, read again every {@link #DEFAULT_REFRESH}.
   *
   * @since 0.2.0
   */
  public static BanList fromStore(ModerationListStore store) {
    return fromStore(store, DEFAULT_REFRESH, Clock.systemUTC());
  }

  /**
   * Returns the list of bans kept in {@code store}. It is read at the first use, then again at
   * the first use {@code refresh} or more after the last read, by {@code clock}; and at once
   * after each {@link #add} or {@link #remove} through it.
   *
   * @param refresh how long a read is used; zero reads the store at every use
   * @throws IllegalArgumentException if {@code refresh} is negative
   * @since 0.2.0
   */
  public static BanList fromStore(ModerationListStore store, Duration refresh, Clock clock) {
    requireNonNull(store, "store must not be null");
    return new BanList(store, new StoreReads(refresh, clock));
  }

  /** Returns a list holding {@code bans}. */
  public static BanList of(Ban... bans) {
    BanList list = new BanList();
    for (Ban ban : bans) {
      list.add(ban);
    }
    return list;
  }

  /**
   * Adds a ban, replacing any ban of the same kind and value; in the store for a stored list.
   */
  public synchronized void add(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    if (store != null) {
      store.putBan(ban);
      requireNonNull(reads).readNow(this::read);
      return;
    }
    List<Entry> next = without(ban);
    next.add(Entry.of(ban));
    entries = List.copyOf(next);
  }

  /**
   * Lifts the ban of the same kind and value as {@code ban}; in the store for a stored list.
   *
   * @return whether there was one
   */
  public synchronized boolean remove(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    if (store != null) {
      boolean lifted = store.liftBan(ban);
      requireNonNull(reads).readNow(this::read);
      return lifted;
    }
    List<Entry> next = without(ban);
    boolean removed = next.size() < entries.size();
    entries = List.copyOf(next);
    return removed;
  }

  private List<Entry> without(Ban ban) {
    List<Entry> next = new ArrayList<>(entries.size() + 1);
    for (Entry e : entries) {
      if (e.ban().kind() != ban.kind() || !e.ban().value().equals(ban.value())) {
        next.add(e);
      }
    }
    return next;
  }

  /** Returns the entries in force, reading the store first if the last read is too old. */
  private List<Entry> entries() {
    if (reads != null) {
      reads.readIfDue(this, this::read);
    }
    return entries;
  }

  private void read() {
    List<Entry> read = new ArrayList<>();
    for (Ban ban : requireNonNull(store).bans()) {
      read.add(Entry.of(ban));
    }
    entries = List.copyOf(read);
  }

  /** Returns the bans, expired ones included, in the order they were added. */
  public List<Ban> bans() {
    List<Entry> entries = entries();
    List<Ban> bans = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      bans.add(e.ban());
    }
    return List.copyOf(bans);
  }

  /**
   * Returns the ban in force at {@code at} that applies to a comment by {@code author} from
   * {@code client}: a rejecting one if any applies, otherwise the first that applies.
   */
  public Optional<Ban> find(Author author, ClientInfo client, Instant at) {
    Ban found = null;
    for (Entry e : entries()) {
      Ban ban = e.ban();
      if (ban.isActiveAt(at)
          && applies(e, author, client)
          && (found == null || ban.decision().compareTo(found.decision()) > 0)) {
        found = ban;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the ban in force at {@code at} that applies to what a person known by a key does
   * from {@code client}, such as a vote: a ban of that key, of the email address of a guest's
   * {@code email:} key, or of the client's IP address; a rejecting one if any applies, otherwise
   * the first that applies.
   *
   * @param key the person's {@link org.rejoinder.model.Actor#key() key}
   * @since 0.2.0
   */
  public Optional<Ban> find(String key, ClientInfo client, Instant at) {
    requireNonNull(key, "key must not be null");
    requireNonNull(client, "client must not be null");
    requireNonNull(at, "at must not be null");
    String email = key.startsWith("email:") ? key.substring("email:".length()) : null;
    Ban found = null;
    for (Entry e : entries()) {
      Ban ban = e.ban();
      if (ban.isActiveAt(at)
          && applies(e, key, email, client)
          && (found == null || ban.decision().compareTo(found.decision()) > 0)) {
        found = ban;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean applies(Entry e, Author author, ClientInfo client) {
    return applies(e, author.key(), author.email(), client);
  }

  private static boolean applies(Entry e, String key, @Nullable String email, ClientInfo client) {
    switch (e.ban().kind()) {
      case AUTHOR:
        return e.ban().value().equals(key);
      case EMAIL:
        return email != null && e.ban().value().equals(email.toLowerCase(Locale.ROOT));
      case IP:
        return client.ip() != null && requireNonNull(e.range()).contains(client.ip());
      default:
        throw new AssertionError(e.ban().kind());
    }
  }

  /** Shows how many bans the list holds, and where it keeps them, not whom they name. */
  @Override
  public String toString() {
    return "BanList[" + entries.size() + " bans" + (store == null ? "" : " as last read from " + store.getClass().getSimpleName()) + "]";
  }
}
