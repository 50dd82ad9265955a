package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.ClientInfo;

/**
 * The bans a {@link BanRule} enforces. Safe for use by many threads: an administrator can add and
 * lift bans while comments arrive, and the next comment sees the change.
 *
 * <p>Bans are configuration, like keyword lists: they live in memory, and an application that
 * bans people at run time keeps its own record of them and adds them again when it starts.
 *
 * @since 0.1.0
 */
public final class BanList {
  private record Entry(Ban ban, @Nullable IpRange range) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  /** Creates an empty list. */
  public BanList() {}

  /** Returns a list holding {@code bans}. */
  public static BanList of(Ban... bans) {
    BanList list = new BanList();
    for (Ban ban : bans) {
      list.add(ban);
    }
    return list;
  }

  /** Adds a ban, replacing any ban of the same kind and value. */
  public synchronized void add(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    remove(ban);
    entries.add(new Entry(ban, ban.kind() == Ban.Kind.IP ? IpRange.parse(ban.value()) : null));
  }

  /**
   * Lifts the ban of the same kind and value as {@code ban}.
   *
   * @return whether there was one
   */
  public synchronized boolean remove(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    return entries.removeIf(
        e -> e.ban().kind() == ban.kind() && e.ban().value().equals(ban.value()));
  }

  /** Returns the bans, expired ones included, in the order they were added. */
  public List<Ban> bans() {
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
    for (Entry e : entries) {
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
    for (Entry e : entries) {
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

  /** Shows how many bans the list holds, not whom they name. */
  @Override
  public String toString() {
    return "BanList[" + entries.size() + " bans]";
  }
}
