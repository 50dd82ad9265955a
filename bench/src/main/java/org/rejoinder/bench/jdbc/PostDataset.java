package org.rejoinder.bench.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Vote;

/**
 * A database holding {@link SyntheticDiscussion#POST} with its first {@code comments} comments of
 * a discussion of {@code generated} and their readers' votes ({@link SyntheticDiscussion#votes}),
 * built once with {@link JdbcCommentStore#insertAll} and {@link JdbcCommentStore#insertVotes} and
 * then reused: an H2 file in the {@linkplain #defaultCache() cache folder}, or a schema on the
 * PostgreSQL server. The name of either says what it holds (sizes, seed, data and schema
 * versions), and it gets that name only once complete, so an interrupted build is started over.
 *
 * <p>Taking the small post as the start of the big one gives both the same oldest threads: the
 * first page shows the same comments, whatever the post's size.
 */
public final class PostDataset {
  /** The seed of the generated discussions. */
  public static final long SEED = 42;
  /** Changed whenever what is generated or how it is stored changes, so old caches are unused. */
  static final int VERSION = 3;
  /** The system property naming the cache folder for H2 files. */
  public static final String CACHE_PROPERTY = "rejoinder.bench.cache";

  private static final int CHUNK = 50_000;

  private PostDataset() {}

  /** Returns the cache folder: the {@value #CACHE_PROPERTY} property, or a temporary folder. */
  public static Path defaultCache() {
    String folder = System.getProperty(CACHE_PROPERTY);
    return folder != null
        ? Path.of(folder)
        : Path.of(System.getProperty("java.io.tmpdir"), "rejoinder-bench");
  }

  /**
   * Opens the database holding the post with {@code comments} comments, building it first if it
   * is not there yet.
   *
   * @param cache the folder of H2 files
   * @throws IllegalArgumentException if {@code comments} exceeds {@code generated}, or the
   *     backend is not a database that outlives a run
   */
  public static BenchDatabase open(Backend backend, int comments, int generated, Path cache)
      throws IOException, SQLException {
    if (comments < 1 || comments > generated) {
      throw new IllegalArgumentException(
          "comments must be between 1 and " + generated + " but was " + comments);
    }
    return open(backend, name(comments, generated), cache,
        (database, where) -> fill(database, comments, generated, where));
  }

  /**
   * Opens the database holding a site: {@code comments} comments of one generated discussion
   * spread over {@code posts} posts ({@link #sitePosts}), each thread wholly on one post and the
   * posts' comments interleaved in time, as on a site where many posts are discussed at once;
   * built first if it is not there yet. Without votes.
   *
   * @param cache the folder of H2 files
   * @throws IllegalArgumentException if {@code comments} or {@code posts} is below 1, or the
   *     backend is not a database that outlives a run
   */
  public static BenchDatabase openSite(Backend backend, int comments, int posts, Path cache)
      throws IOException, SQLException {
    if (comments < 1 || posts < 1) {
      throw new IllegalArgumentException(
          "comments and posts must be at least 1 but were " + comments + " and " + posts);
    }
    String name = String.format(Locale.ROOT, "rejoinder_site_%d_on_%d_seed%d_v%d_%d",
        comments, posts, SEED, VERSION, JdbcCommentStore.SCHEMA_VERSION);
    return open(backend, name, cache,
        (database, where) -> fillSite(database, comments, posts, where));
  }

  /** Returns the posts of a {@linkplain #openSite site}: {@code site-0} to {@code site-<posts - 1>}. */
  public static List<Post> sitePosts(int posts) {
    List<Post> all = new ArrayList<>(posts);
    for (int i = 0; i < posts; i++) {
      all.add(Post.of(PostId.of("site-" + i), "Post " + i, SyntheticDiscussion.POST.author(),
          SyntheticDiscussion.POST.publishedAt()));
    }
    return all;
  }

  /**
   * Returns the comments of a {@linkplain #openSite site}: the generated discussion, each
   * top-level comment on post {@code id mod posts} and each reply on its parent's post.
   */
  static List<Comment> siteComments(int comments, int posts) {
    List<Post> site = sitePosts(posts);
    List<Comment> generated =
        SyntheticDiscussion.generate(comments, SyntheticDiscussion.Shape.RANDOM, 1_000, SEED);
    Map<CommentId, PostId> postOf = new HashMap<>();
    List<Comment> placed = new ArrayList<>(generated.size());
    for (Comment c : generated) {
      CommentId parent = c.parentId();
      PostId post = parent == null
          ? site.get((int) (c.id().value() % posts)).id()
          : requireNonNull(postOf.get(parent), "parent comes first");
      postOf.put(c.id(), post);
      placed.add(c.toBuilder().postId(post).build());
    }
    return placed;
  }

  /** What builds a database: migrates it and stores its contents. */
  private interface Filler {
    void fill(BenchDatabase database, String where) throws Exception;
  }

  private static BenchDatabase open(Backend backend, String name, Path cache, Filler filler)
      throws IOException, SQLException {
    switch (backend) {
      case H2_FILE:
        return h2(cache, name, filler);
      case POSTGRESQL:
        return postgres(name, filler);
      default:
        throw new IllegalArgumentException(backend + " is not cached between runs");
    }
  }

  /** Returns the name of the database file or schema: what it holds, in which versions. */
  static String name(int comments, int generated) {
    return String.format(Locale.ROOT, "rejoinder_post_%d_of_%d_seed%d_v%d_%d",
        comments, generated, SEED, VERSION, JdbcCommentStore.SCHEMA_VERSION);
  }

  private static BenchDatabase h2(Path cache, String name, Filler filler) throws IOException {
    Path done = cache.resolve(name + ".mv.db");
    if (!Files.exists(done)) {
      Files.createDirectories(cache);
      Path partial = cache.resolve(name + "_partial");
      Path partialFile = cache.resolve(name + "_partial.mv.db");
      Files.deleteIfExists(partialFile);
      try (BenchDatabase building = BenchDatabase.h2File(partial, () -> {})) {
        filler.fill(building, "H2 file");
        building.closeCompacted();
      } catch (Exception e) {
        throw new IllegalStateException("Cannot build " + partialFile, e);
      }
      Files.move(partialFile, done, StandardCopyOption.ATOMIC_MOVE);
    }
    return BenchDatabase.h2File(cache.resolve(name), () -> {});
  }

  private static BenchDatabase postgres(String name, Filler filler) throws SQLException {
    if (!BenchDatabase.postgresSchemaExists(name)) {
      String partial = name + "_partial";
      BenchDatabase.postgresAdmin(
          "DROP SCHEMA IF EXISTS " + partial + " CASCADE", "CREATE SCHEMA " + partial);
      try (BenchDatabase building = BenchDatabase.postgres(partial, () -> {})) {
        filler.fill(building, "PostgreSQL");
      } catch (Exception e) {
        throw new IllegalStateException("Cannot build schema " + partial, e);
      }
      BenchDatabase.postgresAdmin(
          "ALTER SCHEMA " + partial + " RENAME TO " + name, "VACUUM ANALYZE");
    }
    return BenchDatabase.postgres(name, () -> {});
  }

  /** Migrates the database and imports the site's posts and comments, reporting the time taken. */
  private static void fillSite(BenchDatabase database, int comments, int posts, String where) {
    List<Comment> all = siteComments(comments, posts);
    JdbcCommentStore store = database.store();
    store.migrate();
    for (Post post : sitePosts(posts)) {
      store.insertPost(post);
    }
    long start = System.nanoTime();
    for (int from = 0; from < all.size(); from += CHUNK) {
      store.insertAll(all.subList(from, Math.min(from + CHUNK, all.size())), Actor.SYSTEM, "imported");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "Imported %,d comments on %,d posts into %s in %.1f s (%,.0f comments/s)%n",
        comments, posts, where, seconds, comments / seconds);
  }

  /** Migrates the database and imports the post, reporting how long the import took. */
  private static void fill(BenchDatabase database, int comments, int generated, String where) {
    List<Comment> all =
        SyntheticDiscussion.generate(generated, SyntheticDiscussion.Shape.RANDOM, 1_000, SEED)
            .subList(0, comments);
    JdbcCommentStore store = database.store();
    store.migrate();
    store.insertPost(SyntheticDiscussion.POST);
    long start = System.nanoTime();
    for (int from = 0; from < all.size(); from += CHUNK) {
      store.insertAll(all.subList(from, Math.min(from + CHUNK, all.size())), Actor.SYSTEM, "imported");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "Imported a post of %,d comments into %s in %.1f s (%,.0f comments/s, %,d a transaction)%n",
        comments, where, seconds, comments / seconds, CHUNK);
    List<Vote> votes = SyntheticDiscussion.votes(all, SEED);
    start = System.nanoTime();
    for (int from = 0; from < votes.size(); from += CHUNK) {
      store.insertVotes(votes.subList(from, Math.min(from + CHUNK, votes.size())));
    }
    seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "Imported %,d votes into %s in %.1f s (%,.0f votes/s)%n",
        votes.size(), where, seconds, votes.size() / seconds);
  }
}
