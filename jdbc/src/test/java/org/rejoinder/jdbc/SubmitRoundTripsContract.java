package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.subscription.Subscription;

/**
 * What a new comment costs in round trips to the database, end to end through {@code
 * Rejoinder.submit} with the standard policy: the reads of the post and the parent, the history
 * the policy's rules ask of (flood, duplicates, first comments: one statement), the comment's id,
 * and the write of the comment with everything stored beside it. A round trip is counted as
 * {@link CountingDataSource#roundTrips} defines it: each statement execution, commit, rollback,
 * change of auto-commit or isolation and question about the isolation level on the store's
 * connections. Each database states its own counts, so that a change that adds one shows.
 */
abstract class SubmitRoundTripsContract {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final PostId POST = PostId.of("round-trips");

  /** The round trips of each submission below, in this database. */
  record Expected(int firstComment, int reply, int held, int subscribing, int replyWithOutbox) {}

  private final AtomicInteger trips = new AtomicInteger();
  private TestDatabase database;
  private JdbcCommentStore store;

  protected abstract TestDatabase newDatabase() throws Exception;

  protected abstract Expected expected();

  @BeforeEach
  void open() throws Exception {
    database = newDatabase();
    JdbcCommentStore migrated = database.migratedStore();
    store = JdbcCommentStore.builder(CountingDataSource.roundTrips(database.dataSource(), trips))
        .dialect(migrated.dialect())
        .build();
    store.insertPost(Post.of(POST, "Round trips", SiteUser.of("1", "Ada"), T0));
    // A store that reserves ids in blocks (PostgreSQL) reserves its first block now, so that the
    // counts below are those of a comment like most others.
    store.nextCommentId();
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private Rejoinder rejoinder(boolean outbox) {
    return Rejoinder.builder()
        .store(store)
        .clock(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC))
        .outbox(outbox)
        .build();
  }

  private static NewComment from(String name, String text) {
    return NewComment.on(POST, Guest.of(name, name.toLowerCase() + "@example.com"), Body.plain(text))
        .withClient(ClientInfo.of("192.0.2." + name.length(), "Firefox"));
  }

  /** Submits {@code comment} and returns it, with its round trips in {@link #trips}. */
  private Comment counted(Rejoinder rejoinder, NewComment comment, Set<Subscription.Scope> subscribe) {
    trips.set(0);
    return rejoinder.submit(comment, Actor.reader(comment.author()), subscribe);
  }

  @Test
  void aGuestsFirstComment() {
    Comment c = counted(rejoinder(false), from("Ann", "First!"), Set.of());

    assertThat(trips.get()).isEqualTo(expected().firstComment());
    assertThat(c.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(store.responseCounts(java.util.List.of(POST))).containsEntry(POST, 1);
  }

  @Test
  void aReply() {
    Rejoinder rejoinder = rejoinder(false);
    Comment parent = rejoinder.submit(from("Ann", "First!"));

    NewComment reply = NewComment.replyTo(POST, parent.id(),
        Guest.of("Bob", "bob@example.com"), Body.plain("Agreed."));
    Comment c = counted(rejoinder, reply, Set.of());

    assertThat(trips.get()).isEqualTo(expected().reply());
    assertThat(store.findComment(c.id())).hasValueSatisfying(stored -> {
      assertThat(stored.parentId()).isEqualTo(parent.id());
      assertThat(stored.state()).isEqualTo(ModerationState.APPROVED);
    });
    assertThat(store.responseCounts(java.util.List.of(POST))).containsEntry(POST, 2);
  }

  @Test
  void aHeldComment() {
    Comment c = counted(rejoinder(false),
        from("Cyd", "See https://a.example and https://b.example"), Set.of());

    assertThat(trips.get()).isEqualTo(expected().held());
    assertThat(c.state()).isEqualTo(ModerationState.PENDING);
    assertThat(store.responseCounts(java.util.List.of(POST))).containsEntry(POST, 0);
  }

  @Test
  void aCommentAskingForReplies() {
    Comment c = counted(rejoinder(false), from("Dee", "Tell me more."),
        Set.of(Subscription.Scope.REPLIES));

    assertThat(trips.get()).isEqualTo(expected().subscribing());
    assertThat(store.subscriptionsOf("dee@example.com")).singleElement().satisfies(s -> {
      assertThat(s.commentId()).isEqualTo(c.id());
      assertThat(s.status()).isEqualTo(Subscription.Status.PENDING);
    });
    assertThat(store.dueNotifications(T0.plusSeconds(120), 10)).hasSize(1);
  }

  @Test
  void aReplyTellingItsParentsAuthor_throughTheOutbox() {
    Rejoinder rejoinder = rejoinder(true);
    Comment parent = rejoinder.submit(from("Eve", "Subscribed."), Actor.reader(
        Guest.of("Eve", "eve@example.com")), Set.of(Subscription.Scope.REPLIES));
    store.activateSubscription(store.subscriptionsOf("eve@example.com").get(0).id());

    NewComment reply = NewComment.replyTo(POST, parent.id(),
        Guest.of("Fay", "fay@example.com"), Body.plain("Replying."));
    counted(rejoinder, reply, Set.of());

    assertThat(trips.get()).isEqualTo(expected().replyWithOutbox());
    assertThat(store.dueNotifications(T0.plusSeconds(120), 10))
        .anySatisfy(n -> assertThat(n.recipient()).isEqualTo("eve@example.com"));
  }
}
