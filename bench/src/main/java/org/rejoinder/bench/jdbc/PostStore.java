package org.rejoinder.bench.jdbc;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;

/**
 * A store of one backend holding {@link SyntheticDiscussion#POST} and the comments given, stored
 * with {@code insertAll}: the in-memory store, or a new database ({@link BenchDatabase#fresh}),
 * migrated. Closing it closes and deletes that database.
 */
final class PostStore implements AutoCloseable {
  final CommentStore store;
  private final @Nullable BenchDatabase database;

  private PostStore(CommentStore store, @Nullable BenchDatabase database) {
    this.store = store;
    this.database = database;
  }

  static PostStore open(Backend backend, List<Comment> comments) {
    if (backend == Backend.MEMORY) {
      InMemoryCommentStore memory = new InMemoryCommentStore();
      memory.insertPost(SyntheticDiscussion.POST);
      memory.insertAll(comments, Actor.SYSTEM, "imported");
      return new PostStore(memory, null);
    }
    BenchDatabase database = BenchDatabase.fresh(backend);
    JdbcCommentStore jdbc = database.store();
    jdbc.migrate();
    jdbc.insertPost(SyntheticDiscussion.POST);
    jdbc.insertAll(comments, Actor.SYSTEM, "imported");
    database.analyze();
    return new PostStore(jdbc, database);
  }

  @Override
  public void close() throws Exception {
    if (database != null) {
      database.close();
    }
  }
}
