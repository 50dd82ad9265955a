package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.StorageException;
import org.rejoinder.error.StorageException.Outcome;
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
import org.rejoinder.store.CommentQuery;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadPageRequest;

/**
 * A PostgreSQL server of the test's own is stopped with {@code pg_ctl stop -m immediate} while
 * four threads write comments through a pool, then started again, {@value #CRASHES} times. Every
 * failure must be a {@link StorageException} carrying the database's error and its SQL state; a
 * comment whose failure says {@link Outcome#NOT_APPLIED} must not be stored; every acknowledged
 * comment must be; and the store must write again by itself once the server is back.
 */
@Tag("crash")
class PostgresServerCrashTest {
  static final int CRASHES = 3;
  private static final PostId POST = PostId.of("server-crash");

  private final Map<CommentId, Boolean> acknowledged = new ConcurrentHashMap<>();
  private final List<StorageException> failures = new ArrayList<>();
  private final List<RuntimeException> otherFailures = new ArrayList<>();
  private final AtomicInteger writes = new AtomicInteger();

  @Test
  void aServerCrashMidWrite_failsWithTheCauseAndTheOutcome_andTheStoreRecovers() throws Exception {
    Optional<Path> bin = PostgresServer.binaries();
    Assumptions.assumeTrue(bin.isPresent(),
        "PostgreSQL server crash test skipped: no initdb and pg_ctl under /usr/lib/postgresql/*/bin"
            + " (install Debian's postgresql package; .ci/run does)");
    try (PostgresServer server = PostgresServer.start(bin.get());
        HikariDataSource pool = pool(server.url())) {
      JdbcCommentStore store = JdbcCommentStore.builder(pool).build();
      store.migrate();
      store.insertPost(Post.of(POST, "Server crash", SiteUser.of("1", "Ed"), Instant.now()));
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> writers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        Thread writer = new Thread(() -> write(store, thread, running), "writer-" + t);
        writers.add(writer);
        writer.start();
      }
      try {
        for (int crash = 1; crash <= CRASHES; crash++) {
          awaitWrites(20, 30_000);
          server.crash();
          Thread.sleep(1_000);
          server.start();
          assertThat(awaitWrites(10, 30_000))
              .as("the store writes again within 30 s of the server's return (crash %d)", crash)
              .isTrue();
        }
      } finally {
        running.set(false);
        for (Thread writer : writers) {
          writer.join();
        }
      }
      check(store);
    }
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(1_000);
    config.setValidationTimeout(500);
    config.setPoolName("server-crash");
    return new HikariDataSource(config);
  }

  /** Waits until {@code count} more writes were acknowledged; returns whether they were. */
  private boolean awaitWrites(int count, long millis) throws InterruptedException {
    int target = writes.get() + count;
    long deadline = System.currentTimeMillis() + millis;
    while (writes.get() < target) {
      if (System.currentTimeMillis() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  private void write(JdbcCommentStore store, int thread, AtomicBoolean running) {
    Guest author = Guest.of("Writer " + thread, "writer" + thread + "@example.com");
    while (running.get()) {
      try {
        CommentId id = store.nextCommentId();
        Comment c = Comment.create(id, POST, null, author, Body.plain("comment " + id),
            Instant.now(), ModerationState.APPROVED, ClientInfo.NONE);
        store.insertComment(c, new AuditEntry(id, c.createdAt(), Actor.SYSTEM, null,
            ModerationState.APPROVED, "new"));
        acknowledged.put(id, true);
        writes.incrementAndGet();
      } catch (StorageException e) {
        synchronized (failures) {
          failures.add(e);
        }
      } catch (RuntimeException e) {
        synchronized (otherFailures) {
          otherFailures.add(e);
        }
      }
    }
  }

  private void check(JdbcCommentStore store) {
    assertThat(otherFailures).as("failures that are not StorageExceptions").isEmpty();
    assertThat(failures).as("failures while the server was down").isNotEmpty();
    int unknown = 0;
    int notAppliedWithId = 0;
    for (StorageException e : failures) {
      assertThat(e.getCause()).as("cause of %s", e.getMessage()).isInstanceOf(SQLException.class);
      SQLException cause = (SQLException) e.getCause();
      assertThat(cause.getSQLState())
          .as("SQL state of %s", cause)
          .isNotNull()
          .matches("08...|57P..");
      assertThat(e.getMessage()).contains("SQL state " + cause.getSQLState());
      if (e.outcome() == Outcome.UNKNOWN) {
        unknown++;
        assertThat(e.getMessage()).contains("may have been kept");
      } else if (e.commentId().isPresent()) {
        notAppliedWithId++;
        assertThat(store.findComment(CommentId.of(e.commentId().getAsLong())))
            .as("a comment whose failure said NOT_APPLIED: %s", e.getMessage())
            .isEmpty();
      }
    }
    for (CommentId id : acknowledged.keySet()) {
      assertThat(store.findComment(id)).as("acknowledged comment %s", id).isPresent();
    }
    long approved = store.count(CommentQuery.all().withPost(POST).withStates(ModerationState.APPROVED));
    assertThat(store.threadPage(new ThreadPageRequest(POST, null, 1, 10, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST))
        .responseCount()).isEqualTo(approved);
    System.out.printf("PostgreSQL server crashes: %d writes acknowledged, %d failures"
            + " (%d with an unknown outcome, %d inserts not applied)%n",
        writes.get(), failures.size(), unknown, notAppliedWithId);
  }
}
