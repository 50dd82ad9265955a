package org.rejoinder.bench.jdbc;

import java.nio.file.Path;
import java.util.Locale;
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
import org.rejoinder.Rejoinder;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.PostId;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadCursor;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * One page of 50 top-level threads with all their replies, read by {@link
 * JdbcCommentStore#threadPage} from a post of 1,000 comments and from one of 1,000,000, in H2 (a
 * file) and in PostgreSQL. The first page is the baseline; {@code Ratios} reports how each read
 * grows from the small post to the big one, which for the first page should be not at all.
 *
 * <p>The small post is the start of the big one, so their first pages hold the same threads. The
 * databases are built once with {@code insertAll} and {@code insertVotes} and kept ({@link
 * PostDataset}); building the big one takes a few minutes the first time. {@link #bestFirstPage}
 * reads page 1 of the best threads, walking the index of the threads' Wilson scores: its threads
 * differ between the posts, but it must not grow with the post either.
 *
 * <p>The {@code keyset…} methods read the first, middle and last pages (and the middle of the
 * best threads) by cursor, as "Older comments" and "Newer comments" links lead to them: each
 * seeks the order's index from the boundary thread, so none should cost more than twice page 1,
 * whatever the page and the post's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// A page deep into the big post takes tenths of a second until H2's index walk is compiled:
// shorter warm-ups measured it three times slower than it settles at.
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ThreadPageBenchmark {
  /** The size of the discussion both posts are cut from. */
  static final int GENERATED = 1_000_000;

  private static final PostId POST = SyntheticDiscussion.POST.id();
  private static final ThreadOptions BEST = ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST);

  @Param({"1000", "1000000"})
  public int comments;

  @Param({"H2_FILE", "POSTGRESQL"})
  public Backend backend;

  int generated = GENERATED; // lowered by tests
  Path cache = PostDataset.defaultCache(); // replaced by tests

  private BenchDatabase database;
  private JdbcCommentStore store;
  private Rejoinder rejoinder;
  int middle; // read by tests
  int last;
  ThreadCursor firstCursor; // read by tests
  ThreadCursor middleCursor;
  ThreadCursor lastCursor;
  ThreadCursor bestMiddleCursor;

  @Setup(Level.Trial)
  public void open() throws Exception {
    database = PostDataset.open(backend, comments, generated, cache);
    store = database.store();
    rejoinder = Rejoinder.builder().store(store).build();
    ThreadPage first = assembledFirstPage();
    last = first.pageCount();
    middle = (last + 1) / 2;
    // The cursors a reader follows: "Older comments" from page 2, "Newer comments" from the pages
    // before the middle and the last, and from the page before the middle of the best threads.
    firstCursor = rejoinder.threadPage(POST, Actor.ANONYMOUS, 2).earlier().orElseThrow();
    middleCursor = rejoinder.threadPage(POST, Actor.ANONYMOUS, middle - 1).later().orElseThrow();
    lastCursor = rejoinder.threadPage(POST, Actor.ANONYMOUS, last - 1).later().orElseThrow();
    bestMiddleCursor = rejoinder.threadPage(POST, Actor.ANONYMOUS, BEST, middle - 1).later()
        .orElseThrow();
    System.out.printf(Locale.ROOT,
        "%s, %,d comments: %,d pages; comments on the first, middle and last: %d, %d, %d;"
            + " by cursor: %d, %d, %d; on the first of the best: %d, the middle by cursor: %d%n",
        backend, comments, last, baselineFirstPage().comments().size(),
        middlePage().comments().size(), lastPage().comments().size(),
        keysetFirstPage().comments().size(), keysetMiddlePage().comments().size(),
        keysetLastPage().comments().size(), bestFirstPage().comments().size(),
        keysetBestMiddlePage().comments().size());
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    database.close();
  }

  /** Page 1, the oldest threads, as the store reads it. */
  @Benchmark
  public ThreadSlice baselineFirstPage() {
    return read(1);
  }

  /** The page in the middle of the post, as the store reads it. */
  @Benchmark
  public ThreadSlice middlePage() {
    return read(middle);
  }

  /** The last page, the newest threads, as the store reads it. */
  @Benchmark
  public ThreadSlice lastPage() {
    return read(last);
  }

  /** Page 1 of the best threads first ({@link CommentOrder#BEST}), as the store reads it. */
  @Benchmark
  public ThreadSlice bestFirstPage() {
    return store.threadPage(ThreadPageRequest.of(SyntheticDiscussion.POST.id(), Actor.ANONYMOUS,
        ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST), 1));
  }

  /** Page 1 read by cursor, as "Older comments" on page 2 links to it. */
  @Benchmark
  public ThreadSlice keysetFirstPage() {
    return read(firstCursor, ThreadOptions.DEFAULTS);
  }

  /** The middle page read by cursor, as "Newer comments" on the page before links to it. */
  @Benchmark
  public ThreadSlice keysetMiddlePage() {
    return read(middleCursor, ThreadOptions.DEFAULTS);
  }

  /** The last page read by cursor, as "Newer comments" on the page before links to it. */
  @Benchmark
  public ThreadSlice keysetLastPage() {
    return read(lastCursor, ThreadOptions.DEFAULTS);
  }

  /** The middle page of the best threads read by cursor, from the page before it. */
  @Benchmark
  public ThreadSlice keysetBestMiddlePage() {
    return read(bestMiddleCursor, BEST);
  }

  /** Page 1 through {@link Rejoinder#threadPage}: the post, the store's read and assembly. */
  @Benchmark
  public ThreadPage assembledFirstPage() {
    return rejoinder.threadPage(SyntheticDiscussion.POST.id(), Actor.ANONYMOUS, 1);
  }

  private ThreadSlice read(ThreadCursor cursor, ThreadOptions options) {
    return store.threadPage(ThreadPageRequest.of(POST, Actor.ANONYMOUS, options, cursor));
  }

  private ThreadSlice read(int page) {
    return store.threadPage(
        ThreadPageRequest.of(SyntheticDiscussion.POST.id(), Actor.ANONYMOUS, ThreadOptions.DEFAULTS, page));
  }
}
