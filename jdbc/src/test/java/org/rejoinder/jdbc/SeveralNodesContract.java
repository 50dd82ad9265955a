package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Concurrency.runConcurrently;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;

/**
 * Several application nodes on one database: each node here is a {@link Rejoinder} with a {@link
 * JdbcCommentStore} of its own, so the two share no lock in this process, only the database. The
 * same person's comments sent through both at once are judged one after the other: with flood
 * control one is stored and every other is refused as a flood.
 */
abstract class SeveralNodesContract {
  private static final PostId POST = PostId.of("busy");
  private static final int ROUNDS = 5;
  private static final int THREADS_PER_NODE = 3;
  private static final int BURST = 4;
  /** More than {@link TestDatabase}'s pools have connections. */
  private static final int PEOPLE = 16;

  private TestDatabase database;
  private JdbcCommentStore first;
  private JdbcCommentStore second;

  protected abstract TestDatabase newDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = newDatabase();
    first = database.migratedStore();
    second = JdbcCommentStore.builder(database.dataSource()).build();
    first.insertPost(Post.of(POST, "Busy", SiteUser.of("1", "Ada"), Instant.now()));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private static Rejoinder node(JdbcCommentStore store) {
    return Rejoinder.builder()
        .store(store)
        .moderation(ModerationPolicy.builder().floodInterval(Duration.ofHours(1)).build())
        .build();
  }

  private static NewComment from(String name, String text) {
    return NewComment.on(POST, Guest.of(name, name.toLowerCase() + "@example.com"), Body.plain(text))
        .withClient(ClientInfo.of("198.51.100." + name.length(), "Firefox"));
  }

  @Test
  void onePersonsBurstThroughTwoNodes_storesOneComment_andRefusesTheRestAsFlood() throws Exception {
    List<Rejoinder> nodes = List.of(node(first), node(second));
    for (int round = 0; round < ROUNDS; round++) {
      String name = "Reader" + "x".repeat(round);
      AtomicInteger stored = new AtomicInteger();
      AtomicInteger flooded = new AtomicInteger();
      runConcurrently(2 * THREADS_PER_NODE, thread -> {
        Rejoinder node = nodes.get(thread % 2);
        for (int i = 0; i < BURST; i++) {
          try {
            node.submit(from(name, "Comment " + i + " from thread " + thread));
            stored.incrementAndGet();
          } catch (CommentRejectedException e) {
            assertThat(e.verdict().reason()).isEqualTo(Reasons.FLOOD);
            flooded.incrementAndGet();
          }
        }
      });

      assertThat(stored.get()).as("comments stored in round %d", round).isEqualTo(1);
      assertThat(flooded.get()).isEqualTo(2 * THREADS_PER_NODE * BURST - 1);
      assertThat(first.commentsOf(POST))
          .filteredOn(c -> (name.toLowerCase() + "@example.com").equals(c.author().email()))
          .hasSize(1);
    }
  }

  @Test
  void morePeopleAtOnceThanThePoolHasConnections_areAllStored() throws Exception {
    List<Rejoinder> nodes = List.of(node(first), node(second));
    runConcurrently(PEOPLE, thread ->
        nodes.get(thread % 2).submit(from("Person" + "y".repeat(thread), "Hello from " + thread)));

    assertThat(first.commentsOf(POST)).hasSize(PEOPLE);
  }

  @Test
  void aSpanThatFails_releasesItsLocksAndItsConnection() throws Exception {
    List<String> ann = List.of("author guest:ann", "ip 198.51.100.3");
    for (int i = 0; i < 30; i++) { // more than the pool's connections
      assertThatThrownBy(() -> first.serialized(ann, () -> {
        first.findPost(POST);
        throw new IllegalStateException("refused");
      })).hasMessage("refused");
    }

    CompletableFuture<String> elsewhere =
        CompletableFuture.supplyAsync(() -> second.serialized(ann, () -> first.findPost(POST)
            .map(p -> "the other node's turn came").orElseThrow()));
    assertThat(elsewhere.get(30, TimeUnit.SECONDS)).isEqualTo("the other node's turn came");
    Comment stored = node(first).submit(from("Ann", "Still here."));
    assertThat(first.findComment(stored.id())).isPresent();
  }

  @Test
  void spansDoNotNest() {
    assertThatThrownBy(() -> first.serialized(List.of("a"),
        () -> first.serialized(List.of("b"), () -> "inner")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("do not nest");

    assertThat(first.serialized(List.of("a", "b", "a"), () -> "again")).isEqualTo("again");
  }
}
