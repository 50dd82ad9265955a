package org.rejoinder.bench.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Submission;
import org.rejoinder.store.CommentQueries;
import org.rejoinder.store.CommentStore;

/**
 * What a new comment's moderation asks of the store's history ({@code DiscussionStore.answer}
 * with the queries of the standard rules and the first-comment rule: the flood counts, the
 * duplicate rule's earlier comments, one approved comment), for a newcomer ({@link
 * #baselineNewcomer}) and for a reader who has written {@code earlier} approved top-level comments
 * on the same post, long enough ago for the flood rule ({@link #prolificAuthor}). The post also
 * holds 1,000 comments by others. The read should cost the prolific reader no more than the
 * newcomer: nothing it returns grows with what the reader wrote before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HistoryReadBenchmark {
  static final Guest NEWCOMER = Guest.of("Newcomer", "newcomer@example.com");
  static final Guest REGULAR = Guest.of("Regular", "regular@example.com");

  @Param({"2000"})
  public int earlier;

  @Param({"MEMORY", "H2_FILE", "SQLITE_FILE", "POSTGRESQL"})
  public Backend backend;

  private final ModerationPolicy policy =
      ModerationPolicy.builder().holdFirstComments(true).build();
  private PostStore post;
  CommentStore store; // read by tests
  Submission newcomer; // read by tests
  Submission regular; // read by tests

  /** The post with the others' comments and the regular reader's, in a new database. */
  @Setup
  public void open() {
    List<Comment> comments = new ArrayList<>(
        SyntheticDiscussion.generate(1_000, SyntheticDiscussion.Shape.RANDOM, 200, 7));
    Instant start = comments.get(comments.size() - 1).createdAt();
    long id = comments.size();
    for (int i = 0; i < earlier; i++) {
      comments.add(Comment.create(CommentId.of(++id),
          SyntheticDiscussion.POST.id(), null, REGULAR, Body.markdown("Point number " + i),
          start.plusSeconds(60L * (i + 1)), ModerationState.APPROVED,
          ClientInfo.of("192.0.2.7", null)));
    }
    post = PostStore.open(backend, comments);
    store = post.store;
    Instant now = comments.get(comments.size() - 1).createdAt().plusSeconds(3_600);
    newcomer = submission(NEWCOMER, "192.0.2.8", now);
    regular = submission(REGULAR, "192.0.2.7", now);
  }

  private static Submission submission(Guest author, String ip, Instant at) {
    return Submission.builder()
        .post(SyntheticDiscussion.POST)
        .author(author)
        .body(Body.markdown("A new point, not made before."))
        .client(ClientInfo.of(ip, null))
        .at(at)
        .build();
  }

  @TearDown
  public void close() throws Exception {
    post.close();
  }

  /** The history a newcomer's comment is judged against: nothing of theirs. */
  @Benchmark
  public CommentQueries.Answers baselineNewcomer() {
    return store.answer(policy.historyQueries(newcomer));
  }

  /** The same for a reader with {@code earlier} approved comments on the post. */
  @Benchmark
  public CommentQueries.Answers prolificAuthor() {
    return store.answer(policy.historyQueries(regular));
  }
}
