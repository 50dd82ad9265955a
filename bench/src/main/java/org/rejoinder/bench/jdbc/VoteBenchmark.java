package org.rejoinder.bench.jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rejoinder.Rejoinder;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.CommentStore;

/**
 * The vote write path, in the in-memory store, H2 (in memory, and a file with {@code
 * WRITE_DELAY=0}), SQLite (a file in WAL mode, every commit synced) and PostgreSQL: {@link
 * #baselineVote} is a reader's vote through {@code Rejoinder.vote} (the comment read, the checks,
 * then the store's transaction: the comment's row locked, the reader's earlier vote read, the
 * vote, the counts and, on a top-level comment, its thread's scores written); {@link #storeVote}
 * is the store's transaction alone, and {@link #changeVote} a reader turning their vote around.
 *
 * <p>Each invocation casts {@value #BATCH} votes of new readers on comments of a post holding
 * {@code existing} comments (a third of them already voted on), and afterwards takes them back,
 * so every batch meets the same post.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(VoteBenchmark.BATCH)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class VoteBenchmark {
  static final int BATCH = 100;

  @Param({"1000"})
  public int existing;

  @Param({"MEMORY", "H2_MEMORY", "H2_FILE", "SQLITE_FILE", "POSTGRESQL"})
  public Backend backend;

  private @Nullable PostStore posts;
  CommentStore store; // read by tests
  private Rejoinder rejoinder;
  private List<CommentId> targets;
  private final List<Vote> cast = new ArrayList<>();
  private int round;

  /** The post with its comments and votes, in a new database. */
  @Setup(Level.Trial)
  public void open() {
    List<Comment> stored =
        SyntheticDiscussion.generate(existing, SyntheticDiscussion.Shape.RANDOM, 1_000, 42);
    posts = PostStore.open(backend, stored);
    store = posts.store;
    store.insertVotes(SyntheticDiscussion.votes(stored, 42));
    targets = new ArrayList<>();
    for (Comment c : stored) {
      if (c.state() == ModerationState.APPROVED) {
        targets.add(c.id());
      }
    }
    rejoinder = Rejoinder.builder()
        .store(store)
        .clock(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC))
        .moderation(ModerationPolicy.standard())
        .guestVotes(true)
        .build();
  }

  /** Takes back the votes a batch cast, leaving the post as it was. */
  @TearDown(Level.Invocation)
  public void takeBack() {
    for (Vote vote : cast) {
      store.unvote(vote.commentId(), vote.voterKey());
    }
    cast.clear();
    round++;
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    if (posts != null) {
      posts.close();
    }
  }

  /** The {@code i}-th reader of this round: a visitor who has not voted yet. */
  private Actor reader(int i) {
    return Actor.visitor("bench-" + round + "-" + i);
  }

  /** The {@code i}-th vote of this round: a new reader, a comment spread over the post. */
  private Vote vote(int i, VoteDirection direction) {
    CommentId target = targets.get((int) ((round * 7919L + i * 104729L) % targets.size()));
    return new Vote(target, "visitor:bench-" + round + "-" + i, direction, Instant.EPOCH);
  }

  /** A reader's vote through {@code Rejoinder.vote}: the comment read and checked, then stored. */
  @Benchmark
  public void baselineVote(Blackhole sink) {
    for (int i = 0; i < BATCH; i++) {
      Vote vote = vote(i, i % 3 == 0 ? VoteDirection.DOWN : VoteDirection.UP);
      sink.consume(rejoinder.vote(vote.commentId(), reader(i), vote.direction()));
      cast.add(vote);
    }
  }

  /** The store's transaction alone. */
  @Benchmark
  public void storeVote(Blackhole sink) {
    for (int i = 0; i < BATCH; i++) {
      Vote vote = vote(i, VoteDirection.UP);
      sink.consume(store.vote(vote));
      cast.add(vote);
    }
  }

  /** A reader turning their vote around: up, then down, in two transactions. */
  @Benchmark
  @OperationsPerInvocation(2 * BATCH)
  public void changeVote(Blackhole sink) {
    for (int i = 0; i < BATCH; i++) {
      Vote up = vote(i, VoteDirection.UP);
      sink.consume(store.vote(up));
      sink.consume(store.vote(new Vote(up.commentId(), up.voterKey(), VoteDirection.DOWN, up.at())));
      cast.add(up);
    }
  }
}
