package org.rejoinder.bench.jdbc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
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
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

/**
 * New comments submitted by many threads at once: run it with {@code -t 1} and {@code -t 16} and
 * compare the comments per second. Every submission comes from a reader of its own (so no flood
 * or duplicate rule stops it). With {@code -p posts=1}, all of them go to one post, half of them
 * replies to approved comments of the post's first 1,000, and the post grows as the run goes on;
 * with more posts, thread {@code i} writes top-level comments to post {@code i % posts} (the
 * first post as above), so writers of different posts can be compared with writers of one. Threads
 * share the store and its pool (16 connections), as an application's request threads do. The
 * warm-up is long, as for {@code JdbcWritePathBenchmark}: one thread keeps getting faster for
 * about half a minute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 4, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ConcurrentWriteBenchmark {
  @Param({"1000"})
  public int existing;

  @Param({"POSTGRESQL"})
  public Backend backend;

  /** How many posts the threads write to. */
  @Param({"1"})
  public int posts;

  private final AtomicLong readers = new AtomicLong();
  private final AtomicInteger threads = new AtomicInteger();
  private final List<PostId> postIds = new ArrayList<>();
  private List<Comment> stored;
  private @Nullable PostStore database;
  private Rejoinder rejoinder;

  /** The post with its comments, in a new database. */
  @Setup(Level.Trial)
  public void open() {
    stored = SyntheticDiscussion.generate(existing, SyntheticDiscussion.Shape.RANDOM, 1_000, 42);
    database = PostStore.open(backend, stored);
    rejoinder = Rejoinder.builder().store(database.store).clock(Clock.systemUTC()).build();
    Post first = SyntheticDiscussion.POST;
    postIds.add(first.id());
    for (int i = 1; i < posts; i++) {
      postIds.add(rejoinder.createPost(
          Post.of(PostId.of(first.id().value() + "-" + i), "Post " + i, first.author(), first.publishedAt())).id());
    }
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  /** Each thread's own random choices. */
  @State(Scope.Thread)
  public static class Reader {
    final Random random = new Random(Thread.currentThread().getId());
    PostId post;

    @Setup(Level.Trial)
    public void choosePost(ConcurrentWriteBenchmark benchmark) {
      post = benchmark.postIds.get(benchmark.threads.getAndIncrement() % benchmark.postIds.size());
    }
  }

  /** One new comment, moderated and stored by {@code Rejoinder.submit}. */
  @Benchmark
  public Comment baselineSubmit(Reader thread) {
    long n = readers.incrementAndGet();
    Guest reader = Guest.of("Reader " + n, "reader" + n + "@example.net");
    Comment parent = stored.get(thread.random.nextInt(stored.size()));
    boolean reply = thread.post.equals(parent.postId())
        && thread.random.nextBoolean() && parent.state() == ModerationState.APPROVED;
    NewComment comment = new NewComment(thread.post, reply ? parent.id() : null,
        reader, Body.markdown(SyntheticDiscussion.markdown(thread.random)),
        ClientInfo.of("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255), "Mozilla/5.0"));
    return rejoinder.submit(comment);
  }
}
