package org.rejoinder.bench.jdbc;

import java.time.Clock;
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
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.bench.WriteBatch;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;

/**
 * The write path of {@code WritePathBenchmark} with the comments kept in a database: the full path
 * ({@link #baselineFullPath}: moderation, storing, rendering) against its two stages that read or
 * write the store, in the in-memory store, in H2 (in memory, and a file with {@code
 * WRITE_DELAY=0}) and in PostgreSQL, side by side. A stage's ratio to the full path is its share;
 * Markdown rendering, which no store changes, takes the rest with the facade's reads of the post.
 *
 * <p>Each invocation submits {@value #BATCH} new comments to a post holding {@code existing}
 * comments, and afterwards trashes and purges what it stored, so every batch meets the same post.
 * The warm-up is long: on PostgreSQL the path keeps getting faster for about 40 seconds, as the
 * compiler reaches the code of the driver, moderation and rendering.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(JdbcWritePathBenchmark.BATCH)
@Warmup(iterations = 12, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JdbcWritePathBenchmark {
  static final int BATCH = 100;

  @Param({"1000"})
  public int existing;

  @Param({"MEMORY", "H2_MEMORY", "H2_FILE", "POSTGRESQL"})
  public Backend backend;

  private final BodyRenderer bodies = BodyRenderer.builder().cacheChars(0).build();
  private final ModerationPolicy policy = ModerationPolicy.standard();
  private final List<Comment> added = new ArrayList<>();
  private WriteBatch batch;
  private @Nullable BenchDatabase database;
  CommentStore store; // read by tests
  private Rejoinder rejoinder;

  /** The post with its comments, in a new database. */
  @Setup(Level.Trial)
  public void open() {
    List<Comment> stored =
        SyntheticDiscussion.generate(existing, SyntheticDiscussion.Shape.RANDOM, 1_000, 42);
    batch = WriteBatch.after(stored, BATCH);
    if (backend == Backend.MEMORY) {
      store = new InMemoryCommentStore();
      store.insertPost(SyntheticDiscussion.POST);
      for (Comment c : stored) {
        store.insertComment(c, WriteBatch.created(c));
      }
    } else {
      database = BenchDatabase.fresh(backend);
      JdbcCommentStore jdbc = database.store();
      jdbc.migrate();
      jdbc.insertPost(SyntheticDiscussion.POST);
      jdbc.insertAll(stored, Actor.SYSTEM, "imported");
      database.analyze();
      store = jdbc;
    }
    rejoinder = Rejoinder.builder()
        .store(store)
        .clock(Clock.fixed(batch.now(), ZoneOffset.UTC))
        .moderation(policy)
        .build();
  }

  /** Trashes and purges the comments a batch stored, leaving the post as it was. */
  @TearDown(Level.Invocation)
  public void removeAdded() {
    for (int i = added.size() - 1; i >= 0; i--) {
      Comment c = added.get(i);
      Comment trashed = c.withState(ModerationState.TRASH, batch.now());
      store.updateComment(trashed,
          new AuditEntry(c.id(), batch.now(), Actor.SYSTEM, c.state(), ModerationState.TRASH, "reset"));
      store.purgeComment(c.id(), trashed.version(),
          new AuditEntry(c.id(), batch.now(), Actor.SYSTEM, ModerationState.TRASH, ModerationState.PURGED, "reset"));
    }
    added.clear();
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  /** The whole path: submit (moderate, store) and render the body for display. */
  @Benchmark
  public void baselineFullPath(Blackhole sink) {
    for (NewComment comment : batch.submissions()) {
      Comment c = rejoinder.submit(comment);
      added.add(c);
      sink.consume(bodies.html(c.body()));
    }
  }

  /** The standard policy's verdict on each comment: its flood and duplicate checks read the store. */
  @Benchmark
  public void moderate(Blackhole sink) {
    batch.moderate(policy, store, sink);
  }

  /** What {@code submit} writes: a new comment id, then the comment with its audit entry. */
  @Benchmark
  public void store() {
    for (Comment template : batch.comments()) {
      Comment c = template.toBuilder().id(store.nextCommentId()).build();
      store.insertComment(c, WriteBatch.created(c));
      added.add(c);
    }
  }
}
