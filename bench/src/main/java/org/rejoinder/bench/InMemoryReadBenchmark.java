package org.rejoinder.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadPage;

/**
 * Reading a post's comments from {@link InMemoryCommentStore}, against copying and sorting the
 * same comments by time (what the store does beyond finding them). The comments carry readers'
 * votes, stored as votes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InMemoryReadBenchmark {
  @Param({"10000"})
  public int comments;

  private List<Comment> stored;
  private InMemoryCommentStore store;
  private Rejoinder rejoinder;
  private CommentQuery byAuthor;

  @Setup
  public void setUp() {
    List<Comment> generated =
        SyntheticDiscussion.generate(comments, SyntheticDiscussion.Shape.RANDOM, comments, 42);
    store = new InMemoryCommentStore();
    store.insertPost(SyntheticDiscussion.POST);
    for (Comment c : generated) {
      store.insertComment(c, WriteBatch.created(c));
    }
    store.insertVotes(SyntheticDiscussion.votes(generated, 42));
    stored = store.commentsOf(SyntheticDiscussion.POST.id());
    Author busiest = stored.get(stored.size() / 2).author();
    byAuthor = CommentQuery.all().withAuthorKey(busiest.key());
    rejoinder = Rejoinder.builder().store(store).build();
  }

  /** All the post's comments, oldest first ({@code commentsOf}). */
  @Benchmark
  public List<Comment> commentsOf() {
    return store.commentsOf(SyntheticDiscussion.POST.id());
  }

  /** One author's comments, newest first, as moderation reads them for each new comment. */
  @Benchmark
  public List<Comment> findByAuthor() {
    return store.find(byAuthor);
  }

  /** The first page of the thread, assembled, through {@link Rejoinder#threadPage}. */
  @Benchmark
  public ThreadPage threadPage() {
    return rejoinder.threadPage(SyntheticDiscussion.POST.id(), Actor.ANONYMOUS, 1);
  }

  /** The lower bound of {@code commentsOf}: copy the same comments and sort them by time. */
  @Benchmark
  public List<Comment> baselineCopyAndSort() {
    List<Comment> copy = new ArrayList<>(stored);
    copy.sort(CommentOrder.OLDEST_FIRST.comparator());
    return copy;
  }
}
