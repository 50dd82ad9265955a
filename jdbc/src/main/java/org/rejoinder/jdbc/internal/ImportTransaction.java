package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import org.rejoinder.error.StorageException.Outcome;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.store.ImportSession;

/**
 * An import as one database transaction on a connection of its own, held from the session's
 * start to its end ({@link Database#open}). Comments go in with the bulk insert, so replies find
 * parents of earlier batches in the same transaction; ids come from blocks reserved in short
 * transactions of their own, so that other writers never wait for the import to hand out theirs
 * (in SQLite, which takes one writer at a time, in the session's own transaction).
 * The first failed write rolls everything back and ends the session.
 */
public final class ImportTransaction implements ImportSession {
  /** How many ids a session reserves at a time. */
  static final int ID_BLOCK = 1_000;

  private final Database database;
  private final Database.Open transaction;
  private final Actor actor;
  private final String reason;
  private final int batchSize;
  private final LongConsumer committed;
  private long nextId;
  private long largestId;
  private long lastReserved = -1;
  private boolean open = true;

  private ImportTransaction(Database database, Actor actor, String reason, int batchSize,
      LongConsumer committed) {
    this.database = database;
    this.committed = committed;
    this.actor = actor;
    this.reason = reason;
    this.batchSize = batchSize;
    this.transaction = database.open("import");
  }

  /**
   * Begins a session.
   *
   * @param committed told the largest comment id the session stored, once it commits
   */
  public static ImportTransaction begin(Database database, Actor actor, String reason, int batchSize,
      LongConsumer committed) {
    return new ImportTransaction(database, actor, reason, batchSize, committed);
  }

  @Override
  public CommentId nextCommentId() {
    requireOpen();
    if (nextId > lastReserved) {
      if (database.oneWriterAtATime()) {
        // SQLite: the session holds the only write lock; reserve in its own transaction.
        long[] last = new long[1];
        write("reserve comment ids",
            c -> last[0] = CommentIds.reserve(c, database.dialect(), ID_BLOCK));
        lastReserved = last[0];
      } else {
        lastReserved = database.write("reserve comment ids",
            c -> CommentIds.reserve(c, database.dialect(), ID_BLOCK));
      }
      nextId = lastReserved - ID_BLOCK + 1;
    }
    return CommentId.of(nextId++);
  }

  @Override
  public void insertPost(Post post) {
    requireNonNull(post, "post must not be null");
    write("insert post " + post.id(), c -> PostTable.insert(c, post));
  }

  @Override
  public void insertAll(Collection<Comment> comments) {
    List<Comment> all = List.copyOf(requireNonNull(comments, "comments must not be null"));
    if (!all.isEmpty()) {
      write("import " + all.size() + " comments",
          c -> BulkInsert.insert(c, database.dialect(), all, actor, reason, batchSize));
      for (Comment comment : all) {
        largestId = Math.max(largestId, comment.id().value());
      }
    }
  }

  @Override
  public void commit() {
    requireOpen();
    open = false;
    try {
      transaction.commit();
    } finally {
      transaction.close();
    }
    committed.accept(largestId);
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      try {
        transaction.rollback(new IllegalStateException("closed without a commit"));
      } finally {
        transaction.close();
      }
    }
  }

  private void write(String what, Database.Action action) {
    requireOpen();
    try {
      action.run(transaction.connection());
    } catch (SQLException e) {
      abandon(e);
      throw SqlErrors.storageFailure(what, e, Outcome.NOT_APPLIED, null);
    } catch (RuntimeException | Error e) {
      abandon(e);
      throw e;
    }
  }

  /** Rolls back after a failed write and ends the session. */
  private void abandon(Throwable cause) {
    open = false;
    try {
      transaction.rollback(cause);
    } finally {
      transaction.close();
    }
  }

  private void requireOpen() {
    if (!open) {
      throw new IllegalStateException("This import session was committed or closed already");
    }
  }
}
