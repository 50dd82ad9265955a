package org.rejoinder.bench.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rejoinder.ErasureReport;
import org.rejoinder.PersonalDataExport;
import org.rejoinder.Rejoinder;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;

/**
 * Erasing the personal data of an address with {@value #ADDRESS_COMMENTS} comments on a post of
 * {@value #COMMENTS} ({@code PersonalDataView.erase}: batches of 500, each one transaction with
 * the erasure's record), against the baseline of exporting the same address ({@code
 * PersonalDataView.export}: every comment with its revisions), which reads what the erasure
 * writes. Each invocation starts from a fresh database; scores are per erasure or export.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ErasureBenchmark {
  static final int COMMENTS = 12_000;
  static final int ADDRESS_COMMENTS = 10_000;
  static final String ADDRESS = "ann@example.com";

  @Param({"H2_FILE", "POSTGRESQL"})
  public Backend backend;

  private List<Comment> comments;
  private BenchDatabase database;
  JdbcCommentStore store; // read by tests
  private Rejoinder rejoinder;

  @Setup(Level.Trial)
  public void generate() {
    Guest ann = Guest.of("Ann", ADDRESS, "https://ann.example.net");
    List<Comment> generated = SyntheticDiscussion.generate(COMMENTS, SyntheticDiscussion.Shape.RANDOM, 1_000, 11);
    comments = new ArrayList<>(generated.size());
    for (int i = 0; i < generated.size(); i++) {
      Comment c = generated.get(i);
      comments.add(i % 6 == 0 ? c
          : c.toBuilder().author(ann).client(ClientInfo.of("192.0.2.1", "Agent/1.0")).build());
    }
  }

  /** A database holding the post, before each erasure or export. */
  @Setup(Level.Invocation)
  public void freshDatabase() {
    database = BenchDatabase.fresh(backend);
    store = database.store();
    store.migrate();
    store.insertPost(SyntheticDiscussion.POST);
    store.insertAll(comments, Actor.SYSTEM, "imported");
    rejoinder = Rejoinder.builder().store(store).build();
  }

  @TearDown(Level.Invocation)
  public void dropDatabase() throws Exception {
    database.close();
  }

  /** Reads everything stored about the address. */
  @Benchmark
  public PersonalDataExport baselineExport() {
    return rejoinder.personalData(Actor.SYSTEM).export(ADDRESS);
  }

  /** Erases it. */
  @Benchmark
  public ErasureReport erase() {
    return rejoinder.personalData(Actor.SYSTEM).erase(ADDRESS);
  }
}
