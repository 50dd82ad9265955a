package org.rejoinder.bench.jdbc;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.bench.WriteBatch;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;

/**
 * Importing {@value #COMMENTS} comments into an empty post: {@link JdbcCommentStore#insertAll}
 * (one transaction, JDBC batches) against the baseline of one {@code insertComment} per comment,
 * each its own transaction, as an application without a bulk import would do. Scores are per
 * comment; a million over the score in microseconds is comments per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(ImportBenchmark.COMMENTS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ImportBenchmark {
  static final int COMMENTS = 5_000;

  @Param({"H2_MEMORY", "H2_FILE", "POSTGRESQL"})
  public Backend backend;

  private List<Comment> comments;
  private BenchDatabase database;
  JdbcCommentStore store; // read by tests

  @Setup(Level.Trial)
  public void generate() {
    comments = SyntheticDiscussion.generate(COMMENTS, SyntheticDiscussion.Shape.RANDOM, 1_000, 7);
  }

  /** An empty database with the post, before each import. */
  @Setup(Level.Invocation)
  public void freshDatabase() {
    database = BenchDatabase.fresh(backend);
    store = database.store();
    store.migrate();
    store.insertPost(SyntheticDiscussion.POST);
  }

  @TearDown(Level.Invocation)
  public void dropDatabase() throws Exception {
    database.close();
  }

  /** One transaction per comment. */
  @Benchmark
  public void baselineOneByOne() {
    for (Comment c : comments) {
      store.insertComment(c, WriteBatch.created(c));
    }
  }

  /** All comments in one transaction, in JDBC batches of the default size. */
  @Benchmark
  public void insertAll() {
    store.insertAll(comments, Actor.SYSTEM, "imported");
  }
}
