package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;
import static org.rejoinder.testing.Concurrency.runConcurrently;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.testing.MutableClock;

class ModerationConcurrencyTest {
  private static final PostId POST = PostId.of("p");
  private static final int THREADS = 8;

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private InMemoryCommentStore store = new InMemoryCommentStore();
  private Rejoinder rejoinder;

  @BeforeEach
  void setUp() {
    rejoinder = Rejoinder.builder().store(store).clock(clock).reportsToHold(3).build();
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
  }

  @Test
  void oneFlooderSendingFromManyThreadsAtOnce_getsExactlyOneCommentIn() throws Exception {
    Guest flooder = guest("Flooder");
    AtomicInteger floods = new AtomicInteger();
    for (int round = 0; round < 5; round++) {
      clock.advance(Duration.ofSeconds(15));
      int r = round;
      runConcurrently(THREADS, i -> {
        try {
          rejoinder.submit(NewComment.on(POST, flooder, Body.plain("round " + r + " copy " + i)));
        } catch (CommentRejectedException e) {
          assertThat(e.verdict().reason()).isEqualTo(Reasons.FLOOD);
          floods.incrementAndGet();
        }
      });
    }

    assertThat(store.count(CommentQuery.all().withAuthorKey(flooder.key()))).isEqualTo(5);
    assertThat(floods).hasValue(5 * (THREADS - 1));
  }

  @Test
  void manyIdentitiesFromOneAddressAtOnce_getOneCommentIn_andOthersAreUnaffected() throws Exception {
    AtomicInteger stored = new AtomicInteger();
    runConcurrently(THREADS, i -> {
      ClientInfo client = ClientInfo.of(i % 2 == 0 ? "192.0.2.1" : "192.0.2." + (10 + i), null);
      try {
        rejoinder.submit(NewComment.on(POST, guest("Sock" + i), Body.plain("hello " + i)).withClient(client));
        stored.incrementAndGet();
      } catch (CommentRejectedException e) {
        assertThat(e.verdict().reason()).isEqualTo(Reasons.FLOOD);
      }
    });

    assertThat(store.count(CommentQuery.all().withIp("192.0.2.1"))).isEqualTo(1);
    assertThat(stored).hasValue(1 + THREADS / 2);
  }

  @Test
  void theSameCommentSentManyTimesAtOnce_isStoredOnce() throws Exception {
    store = new InMemoryCommentStore();
    rejoinder = Rejoinder.builder().store(store).clock(clock)
        .moderation(org.rejoinder.moderation.ModerationPolicy.builder().floodInterval(Duration.ZERO).build())
        .build();
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
    AtomicInteger duplicates = new AtomicInteger();
    runConcurrently(THREADS, i -> {
      try {
        rejoinder.submit(NewComment.on(POST, guest("Ann"), Body.plain("Great post!")));
      } catch (CommentRejectedException e) {
        assertThat(e.verdict().reason()).isEqualTo(Reasons.DUPLICATE);
        duplicates.incrementAndGet();
      }
    });

    assertThat(store.commentsOf(POST)).hasSize(1);
    assertThat(duplicates).hasValue(THREADS - 1);
  }

  @Test
  void reportingAndModeratingTheSameComments_losesNoTransition_andKeepsTheAuditTrailConsistent()
      throws Exception {
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      clock.advance(Duration.ofMinutes(1));
      comments.add(rejoinder.submit(NewComment.on(POST, guest("Author" + i), Body.plain("comment " + i))));
    }
    Map<CommentId, AtomicInteger> moderatorChanges = new ConcurrentHashMap<>();
    ModerationState[] targets = {ModerationState.APPROVED, ModerationState.SPAM, ModerationState.TRASH,
        ModerationState.PENDING};

    runConcurrently(THREADS, t -> {
      Actor moderator = Actor.moderator(guest("Mod" + t));
      Actor reader = Actor.reader(guest("Reader" + t));
      for (int k = 0; k < 60; k++) {
        Comment target = comments.get((k + t) % comments.size());
        if (t % 2 == 0) {
          rejoinder.report(target.id(), reader, "report " + k);
        } else {
          try {
            rejoinder.moderation(moderator).changeState(target.id(), targets[(k + t) % targets.length], "m" + k);
            moderatorChanges.computeIfAbsent(target.id(), id -> new AtomicInteger()).incrementAndGet();
          } catch (ConcurrentUpdateException | IllegalTransitionException e) {
            // another change came first: a real moderator would reload
          }
        }
      }
    });

    for (Comment c : comments) {
      Comment now = rejoinder.comment(c.id());
      List<AuditEntry> trail = rejoinder.moderation(Actor.SYSTEM).history(c.id());
      assertThat(trail).as("one entry per version").hasSize((int) now.version());
      assertThat(trail.get(trail.size() - 1).to()).isEqualTo(now.state());
      for (int i = 1; i < trail.size(); i++) {
        assertThat(trail.get(i).from()).as("entry %d of %s", i, c.id()).isEqualTo(trail.get(i - 1).to());
      }
      long byModerators = trail.stream().filter(e -> !e.actor().equals(Actor.SYSTEM)).count();
      AtomicInteger counted = moderatorChanges.get(c.id());
      assertThat(byModerators).isEqualTo(counted == null ? 0 : counted.get());
      assertThat(rejoinder.moderation(Actor.SYSTEM).reports(c.id())).hasSize(THREADS / 2);
    }
    long logged = 0;
    for (int t = 1; t < THREADS; t += 2) {
      logged += rejoinder.moderation(Actor.SYSTEM).actionsOf(Actor.moderator(guest("Mod" + t)).key(), 0, 1_000).size();
    }
    assertThat(logged).isEqualTo(moderatorChanges.values().stream().mapToInt(AtomicInteger::get).sum());
  }
}
