package org.rejoinder.bench.jdbc;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.store.RecentCommentsQuery;

/**
 * Questions across posts on a site of 1,000,000 comments over 1,000 posts ({@link
 * PostDataset#openSite}), in an H2 file and in PostgreSQL: the response counts of one post (the
 * baseline) and of 50 (a blog's index page), read by {@link JdbcCommentStore#responseCounts}, and
 * the site's 20 newest approved comments ({@link JdbcCommentStore#recentComments}). Counting 50
 * posts should cost at most twice counting one. The site is built once and kept; building it
 * takes several minutes the first time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ActivityBenchmark {
  /** The number of posts the comments are spread over. */
  static final int POSTS = 1_000;
  /** The number of posts on an index page. */
  static final int PAGE = 50;

  @Param({"1000000"})
  public int comments;

  @Param({"H2_FILE", "POSTGRESQL"})
  public Backend backend;

  int posts = POSTS; // lowered by tests
  Path cache = PostDataset.defaultCache(); // replaced by tests

  private BenchDatabase database;
  private JdbcCommentStore store;
  private Set<PostId> one;
  private Set<PostId> fifty;
  private final Instant at = Instant.parse("2030-01-01T00:00:00Z");

  @Setup(Level.Trial)
  public void open() throws Exception {
    database = PostDataset.openSite(backend, comments, posts, cache);
    store = database.store();
    List<Post> site = PostDataset.sitePosts(posts);
    // Posts spread over the site, not neighbours in the key's order.
    List<PostId> picked = new ArrayList<>();
    for (int i = 0; i < PAGE; i++) {
      picked.add(site.get((int) ((i * 7919L) % posts)).id());
    }
    one = Set.of(picked.get(0));
    fifty = Set.copyOf(picked);
    System.out.printf(Locale.ROOT,
        "%s, %,d comments on %,d posts: %,d responses on the first post, %,d on %d posts;"
            + " newest comment %s%n",
        backend, comments, posts, baselineOnePost().get(picked.get(0)),
        fiftyPosts().values().stream().mapToInt(Integer::intValue).sum(), fifty.size(),
        recentComments().get(0).id());
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    database.close();
  }

  /** The response count of one post. */
  @Benchmark
  public Map<PostId, Integer> baselineOnePost() {
    return store.responseCounts(one);
  }

  /** The response counts of 50 posts, one query. */
  @Benchmark
  public Map<PostId, Integer> fiftyPosts() {
    return store.responseCounts(fifty);
  }

  /** The site's 20 newest approved comments, page 1 of "recent comments". */
  @Benchmark
  public List<Comment> recentComments() {
    return store.recentComments(RecentCommentsQuery.all(), at);
  }
}
