package org.rejoinder.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Warmup;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.PostComments;
import org.rejoinder.thread.ThreadOptions;

/**
 * Thread assembly against its lower bound: sorting the same comments by time. Both start from the
 * same list, in random order ({@link Input#SHUFFLED}), as a store without an index on the tree
 * might return it, or in time order ({@link Input#STORED}), as Rejoinder's stores return a post's
 * comments to {@code Rejoinder.thread} (sorting that list is a single pass, so the baseline
 * bounds shuffled lists only), and in time order with the arrays those stores make as they read
 * the comments ({@link Input#WITH_ARRAYS}). The comments carry readers' votes ({@link
 * SyntheticDiscussion#withVotes}), so that assembly sorted by the best (threads and replies
 * alike) compares with assembly oldest first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ThreadAssemblyBenchmark {
  private static final ThreadOptions BEST = ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST);

  @Param({"1000", "100000", "1000000"})
  public int comments;

  @Param({"RANDOM", "CHAIN"})
  public SyntheticDiscussion.Shape shape;

  @Param({"SHUFFLED", "STORED", "WITH_ARRAYS"})
  public Input input;

  /** The order of the comments given to assembly. */
  public enum Input {
    /** In random order. */
    SHUFFLED,
    /** In time order, oldest first, each made after the one before, as a store reads them. */
    STORED,
    /**
     * As {@link #STORED}, with the arrays Rejoinder's stores hand to assembly ({@link
     * PostComments}), which assembly reads instead of the comments.
     */
    WITH_ARRAYS
  }

  private List<Comment> given;

  @Setup
  public void setUp() {
    given = new ArrayList<>(SyntheticDiscussion.withVotes(
        SyntheticDiscussion.generate(comments, shape, 1_000, 42), 42));
    if (input == Input.SHUFFLED) {
      Collections.shuffle(given, new Random(7));
    } else if (input == Input.WITH_ARRAYS) {
      given = PostComments.of(SyntheticDiscussion.POST.id(), given);
    }
    // Collect the garbage of generating the comments and move them to the old generation now:
    // otherwise the first collection inside a measured iteration copies the whole fixture, and
    // lands on whichever method allocates enough to start one.
    System.gc();
  }

  /** Assembles the full thread (nesting, placeholders, numbering, pages) for an anonymous reader. */
  @Benchmark
  public CommentThread assemble() {
    return CommentThread.assemble(SyntheticDiscussion.POST, given, Actor.ANONYMOUS, ThreadOptions.DEFAULTS);
  }

  /**
   * Assembles the full thread as {@link #assemble} does, but after other work has emptied the
   * processor's caches ({@link OtherWork}), as a server meets a thread it has not read for a
   * while: at 100,000 comments the fixture and assembly's arrays otherwise stay in the caches from
   * one assembly to the next, and at 1,000,000 they cannot.
   */
  @Benchmark
  public CommentThread assembleAfterOtherWork(OtherWork otherWork) {
    return assemble();
  }

  /** Writes to 256 MB before each call, far more than any processor cache holds; not timed. */
  @State(Scope.Thread)
  public static class OtherWork {
    private final long[] memory = new long[32 << 20];

    @Setup(Level.Invocation)
    public void emptyCaches() {
      for (int i = 0; i < memory.length; i += 8) {
        memory[i]++;
      }
    }
  }

  /**
   * Assembles the full thread sorted by the best first ({@link CommentOrder#BEST}), top-level
   * threads and replies alike: Wilson scores computed once per comment, numbers still by time.
   */
  @Benchmark
  public CommentThread assembleBest() {
    return CommentThread.assemble(SyntheticDiscussion.POST, given, Actor.ANONYMOUS, BEST);
  }

  /** The lower bound: sort the same records by time. */
  @Benchmark
  public Comment[] baselineSortByTime() {
    Comment[] copy = given.toArray(new Comment[0]);
    java.util.Arrays.sort(copy, CommentOrder.OLDEST_FIRST.comparator());
    return copy;
  }
}
