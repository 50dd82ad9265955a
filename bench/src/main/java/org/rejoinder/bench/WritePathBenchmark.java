package org.rejoinder.bench;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Comment;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.store.InMemoryCommentStore;

/**
 * The write path of one comment on one thread: the standard moderation policy, Markdown rendering
 * and sanitizing, and the in-memory store, together ({@link #baselineFullPath}) and stage by stage.
 * The ratio of a stage to the full path is its share of the time; what the stages leave is the
 * facade's own work (locks, lookups of the post and the parent, ids).
 *
 * <p>Each invocation submits {@value #BATCH} new comments (from as many new readers, about half of
 * them replies, a few held for their links) to a fresh store holding a post with {@code existing}
 * comments, and reports the time per comment. A new comment's body is never in the render cache,
 * so rendering runs uncached.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(WritePathBenchmark.BATCH)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WritePathBenchmark {
  static final int BATCH = 100;

  @Param({"1000", "10000"})
  public int existing;

  private final BodyRenderer bodies = BodyRenderer.builder().cacheChars(0).build();
  private final ModerationPolicy policy = ModerationPolicy.standard();
  private List<Comment> stored;
  private WriteBatch batch;
  InMemoryCommentStore store; // read by tests
  private Rejoinder rejoinder;

  @Setup(Level.Trial)
  public void generate() {
    stored = SyntheticDiscussion.generate(existing, SyntheticDiscussion.Shape.RANDOM, 1_000, 42);
    batch = WriteBatch.after(stored, BATCH);
  }

  /** A fresh store with the post and its comments, before each batch. */
  @Setup(Level.Invocation)
  public void freshStore() {
    store = new InMemoryCommentStore();
    store.insertPost(SyntheticDiscussion.POST);
    for (Comment c : stored) {
      store.insertComment(c, WriteBatch.created(c));
    }
    rejoinder = Rejoinder.builder()
        .store(store)
        .clock(Clock.fixed(batch.now(), ZoneOffset.UTC))
        .moderation(policy)
        .build();
  }

  /** The whole path: submit (moderate, store) and render the body for display. */
  @Benchmark
  public void baselineFullPath(Blackhole sink) {
    for (NewComment comment : batch.submissions()) {
      Comment c = rejoinder.submit(comment);
      sink.consume(bodies.html(c.body()));
    }
  }

  /** The standard policy's verdict on each comment, given the comments stored. */
  @Benchmark
  public void moderate(Blackhole sink) {
    batch.moderate(policy, store, sink);
  }

  /** Markdown to sanitized HTML, uncached. */
  @Benchmark
  public void render(Blackhole sink) {
    for (NewComment comment : batch.submissions()) {
      sink.consume(bodies.html(comment.body()));
    }
  }

  /** Storing each comment with its audit entry. */
  @Benchmark
  public void store() {
    for (Comment c : batch.comments()) {
      store.insertComment(c, WriteBatch.created(c));
    }
  }
}
