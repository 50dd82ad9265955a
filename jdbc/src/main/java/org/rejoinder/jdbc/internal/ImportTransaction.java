package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.store.ImportSession;

/**
 * An import as one database transaction on a connection of its own, held from the session's
 * start to its end. Comments go in with the bulk insert, so replies find parents of earlier
 * batches in the same transaction; ids come from blocks reserved in short transactions of
 * their own, so that other writers never wait for the import to hand out theirs. The first
 * failed write rolls everything back and ends the session.
 */
public final class ImportTransaction implements ImportSession {
  /** How many ids a session reserves at a time. */
  static final int ID_BLOCK = 1_000;

  private final Database database;
  private final Actor actor;
  private final String reason;
  private final int batchSize;
  private final Connection connection;
  private final boolean autoCommit;
  private final int isolation;
  private long nextId;
  private long lastReserved = -1;
  private boolean open = true;

  private ImportTransaction(Database database, Connection connection, Actor actor, String reason,
      int batchSize) throws SQLException {
    this.database = database;
    this.connection = connection;
    this.actor = actor;
    this.reason = reason;
    this.batchSize = batchSize;
    this.autoCommit = connection.getAutoCommit();
    this.isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
  }

  /** Begins a session on a new connection of {@code dataSource}. */
  public static ImportTransaction begin(
      DataSource dataSource, Database database, Actor actor, String reason, int batchSize) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        return new ImportTransaction(database, connection, actor, reason, batchSize);
      } catch (SQLException | RuntimeException e) {
        try {
          connection.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw SqlErrors.storageFailure("begin an import", e);
    }
  }

  @Override
  public CommentId nextCommentId() {
    requireOpen();
    if (nextId > lastReserved) {
      nextId = database.write("reserve comment ids", c -> CommentIds.reserve(c, ID_BLOCK));
      lastReserved = nextId + ID_BLOCK - 1;
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
          c -> BulkInsert.insert(c, all, actor, reason, batchSize));
    }
  }

  @Override
  public void commit() {
    write("commit an import", Connection::commit);
    end();
  }

  @Override
  public void close() {
    if (open) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        end();
        throw SqlErrors.storageFailure("roll back an import", e);
      }
      end();
    }
  }

  private void write(String what, Database.Action action) {
    requireOpen();
    try {
      action.run(connection);
    } catch (SQLException e) {
      abandon(e);
      throw SqlErrors.storageFailure(what, e);
    } catch (RuntimeException | Error e) {
      abandon(e);
      throw e;
    }
  }

  /** Rolls back after a failed write and ends the session, keeping {@code cause} first. */
  private void abandon(Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException suppressed) {
      cause.addSuppressed(suppressed);
    }
    try {
      end();
    } catch (RuntimeException suppressed) {
      cause.addSuppressed(suppressed);
    }
  }

  private void end() {
    if (!open) {
      return;
    }
    open = false;
    try (Connection c = connection) {
      c.setTransactionIsolation(isolation);
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      throw SqlErrors.storageFailure("end an import", e);
    }
  }

  private void requireOpen() {
    if (!open) {
      throw new IllegalStateException("This import session was committed or closed already");
    }
  }
}
