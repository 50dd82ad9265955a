package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/**
 * A write that numbers a post's comments locks the post's row, and a comment stored without
 * numbering (a held one) does not; but every comment's row refers to its post, and PostgreSQL
 * checks that reference with a lock of its own on the post's row ({@code FOR KEY SHARE}). The
 * post's lock must not stop that check: a held reply holds its parent's row while its insert
 * checks the post, and an approved reply to the same parent holds the post's lock while it waits
 * for the parent, so each would wait for the other and the server would abort one of them as a
 * deadlock. Here the held reply's two steps are taken by hand, around a store call that waits.
 */
@RequiresPostgres
class PostgresPostLockTest {
  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  private static final PostId POST = PostId.of("locks");

  private TestDatabase database;
  private JdbcCommentStore store;
  private Comment parent;

  @BeforeEach
  void open() throws Exception {
    database = TestDatabase.postgres();
    store = database.migratedStore();
    store.insertPost(Post.of(POST, "Locks", SiteUser.of("1", "Ed"), T0));
    parent = comment(null, ModerationState.APPROVED, T0);
    store.insertComment(parent, created(parent));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void anApprovedReply_waitingForItsParent_neverStopsAHeldReplysCheckOfThePost()
      throws Exception {
    Comment approved = comment(parent.id(), ModerationState.APPROVED, T0.plusSeconds(60));
    heldReplyTakingTurns(() -> store.insertComment(approved, created(approved)));

    assertThat(store.findComment(approved.id())).isPresent();
  }

  @Test
  void aModeratorsChange_waitingForTheComment_neverStopsAHeldReplysCheckOfThePost()
      throws Exception {
    Comment trashed = parent.withState(ModerationState.TRASH, T0.plusSeconds(60));
    heldReplyTakingTurns(() -> store.updateComment(trashed,
        new AuditEntry(parent.id(), trashed.updatedAt(), Actor.SYSTEM,
            ModerationState.APPROVED, ModerationState.TRASH, "test")));

    assertThat(store.findComment(parent.id()).orElseThrow().state())
        .isEqualTo(ModerationState.TRASH);
  }

  /**
   * Locks the parent's row as a held reply's insert does, runs {@code write} on another thread
   * until it waits for that row, then checks the post's reference as the insert's foreign key
   * does, which must not wait, and commits.
   */
  private void heldReplyTakingTurns(Runnable write) throws Exception {
    try (Connection held = database.dataSource().getConnection()) {
      held.setAutoCommit(false);
      run(held, "SET LOCAL lock_timeout = '5s'");
      run(held, "SELECT id FROM rejoinder_comment WHERE id = ? FOR UPDATE", parent.id().value());
      CompletableFuture<Void> waiting = CompletableFuture.runAsync(write);
      awaitWaitingFor(held);

      run(held, "SELECT 1 FROM rejoinder_post WHERE id = ? FOR KEY SHARE", POST.value());
      held.commit();

      waiting.get(10, TimeUnit.SECONDS);
    }
  }

  /** Waits until a session waits for a lock that {@code holder}'s session holds. */
  private void awaitWaitingFor(Connection holder) throws SQLException, InterruptedException {
    int pid;
    try (Statement statement = holder.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      pid = row.getInt(1);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    try (Connection watcher = database.dataSource().getConnection();
        PreparedStatement statement = watcher.prepareStatement(
            "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))")) {
      statement.setInt(1, pid);
      while (System.nanoTime() < deadline) {
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          if (row.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("the store's write never waited for the parent's row");
  }

  private static void run(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }

  private Comment comment(CommentId parentId, ModerationState state, Instant at) {
    return Comment.create(store.nextCommentId(), POST, parentId, Guest.of("Ann", "ann@example.com"),
        Body.plain("hello"), at, state, ClientInfo.NONE);
  }

  private static AuditEntry created(Comment c) {
    return new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), "");
  }
}
