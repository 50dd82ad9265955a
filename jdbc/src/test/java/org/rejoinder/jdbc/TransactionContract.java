package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.StorageException;
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
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.PurgeOutcome;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/** Each write is all or nothing, edits and purges included, and data never becomes SQL. */
abstract class TransactionContract {
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");
  private static final PostId POST = PostId.of("it's \"quoted\"; DROP TABLE rejoinder_post; --");

  private TestDatabase database;
  private JdbcCommentStore store;

  abstract TestDatabase newDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = newDatabase();
    store = database.migratedStore();
    store.insertPost(Post.of(POST, "Robert'); DROP TABLE rejoinder_comment; --", SiteUser.of("1", "Ed"), T0));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private JdbcCommentStore failingOn(String sqlPrefix) {
    return JdbcCommentStore.builder(FailingDataSource.failingOn(database.dataSource(), sqlPrefix))
        .dialect(store.dialect())
        .build();
  }

  private Comment comment(ModerationState state) {
    return Comment.create(store.nextCommentId(), POST, null, Guest.of("Ann", "ann@example.com"),
        Body.plain("hello"), T0, state, ClientInfo.NONE);
  }

  private static AuditEntry created(Comment c) {
    return new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), "");
  }

  private ThreadSlice firstPage() {
    return store.threadPage(new ThreadPageRequest(POST, null, 1, 10, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST));
  }

  @Test
  void aFailureAfterTheCommentRow_storesNeitherTheCommentNorItsCounts() {
    Comment c = comment(ModerationState.APPROVED);

    assertThatThrownBy(() -> failingOn("INSERT INTO rejoinder_audit").insertComment(c, created(c)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("insert comment " + c.id())
        .hasCauseInstanceOf(SQLException.class);

    assertThat(store.findComment(c.id())).isEmpty();
    assertThat(firstPage()).isEqualTo(new ThreadSlice(java.util.List.of(), 0, 0, 0, 0));
    store.insertComment(c, created(c));
    assertThat(firstPage().responseCount()).isEqualTo(1);
  }

  @Test
  void aFailureAfterTheStateChange_keepsTheOldVersionAndCounts() {
    Comment c = comment(ModerationState.APPROVED);
    store.insertComment(c, created(c));
    Comment trashed = c.withState(ModerationState.TRASH, T0.plusSeconds(1));
    AuditEntry entry = new AuditEntry(c.id(), T0.plusSeconds(1), Actor.SYSTEM,
        ModerationState.APPROVED, ModerationState.TRASH, "");

    assertThatThrownBy(() -> failingOn("UPDATE rejoinder_post").updateComment(trashed, entry))
        .isInstanceOf(StorageException.class);

    assertThat(store.findComment(c.id())).contains(c);
    assertThat(store.auditTrail(c.id())).hasSize(1);
    assertThat(firstPage().responseCount()).isEqualTo(1);
    assertThat(firstPage().threadCount()).isEqualTo(1);
  }

  @Test
  void hostileTextIsStoredAsText_andMatchesNothingAsAQuery() {
    Guest bobby = Guest.of("Robert'); DROP TABLE rejoinder_comment; --", "bobby@example.com");
    Comment c = Comment.create(store.nextCommentId(), POST, null, bobby,
        Body.html("' OR '1'='1'; -- <script>\"x\"</script>"), T0, ModerationState.APPROVED,
        ClientInfo.of("192.0.2.7", "'; DELETE FROM rejoinder_audit; --"));
    store.insertComment(c, created(c));

    assertThat(store.findComment(c.id())).contains(c);
    assertThat(store.findPost(POST).orElseThrow().title()).startsWith("Robert');");
    assertThat(store.find(CommentQuery.all().withAuthorKey("' OR '1'='1"))).isEmpty();
    assertThat(store.find(CommentQuery.all().withAuthorKey(bobby.key()))).containsExactly(c);
    assertThat(store.count(CommentQuery.all())).isEqualTo(1);
  }

  @Test
  void aFailureWhileStoringTheRevision_keepsTheTextAndStoresNoRevision() {
    Comment c = comment(ModerationState.APPROVED);
    store.insertComment(c, created(c));
    Comment edited = c.withBody(Body.plain("edited"), T0.plusSeconds(1));
    Revision revision = new Revision(c.id(), T0.plusSeconds(1), Actor.reader(c.author()), c.body());

    assertThatThrownBy(() -> failingOn("INSERT INTO rejoinder_revision").editComment(edited, revision, null))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("edit comment " + c.id());

    assertThat(store.findComment(c.id())).contains(c);
    assertThat(store.revisions(c.id())).isEmpty();
    store.editComment(edited, revision, null);
    assertThat(store.revisions(c.id())).containsExactly(revision);
  }

  @Test
  void aFailureWhileDeletingATrashedComment_keepsItWithItsHistoryAndReports() {
    Comment c = comment(ModerationState.APPROVED);
    store.insertComment(c, created(c));
    Comment trashed = trashedWithAReport(c);

    assertThatThrownBy(() -> failingOn("DELETE FROM rejoinder_comment")
            .purgeComment(trashed.id(), trashed.version(), purged(trashed)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("purge comment " + trashed.id());

    assertThat(store.findComment(trashed.id())).contains(trashed);
    assertThat(store.auditTrail(trashed.id())).hasSize(2);
    assertThat(store.reports(trashed.id())).hasSize(1);
    assertThat(store.purgeComment(trashed.id(), trashed.version(), purged(trashed)))
        .isEqualTo(PurgeOutcome.DELETED);
    assertThat(firstPage()).isEqualTo(new ThreadSlice(java.util.List.of(), 0, 0, 0, 0));
  }

  @Test
  void aFailureWhileRecordingATombstone_keepsTheAuthorTextAndReports() {
    Comment parent = comment(ModerationState.APPROVED);
    store.insertComment(parent, created(parent));
    Comment reply = Comment.create(store.nextCommentId(), POST, parent.id(), Guest.of("Bo", null),
        Body.plain("reply"), T0, ModerationState.APPROVED, ClientInfo.NONE);
    store.insertComment(reply, created(reply));
    Comment trashed = trashedWithAReport(parent);

    assertThatThrownBy(() -> failingOn("INSERT INTO rejoinder_audit")
            .purgeComment(trashed.id(), trashed.version(), purged(trashed)))
        .isInstanceOf(StorageException.class);

    assertThat(store.findComment(trashed.id())).contains(trashed);
    assertThat(store.reports(trashed.id())).hasSize(1);
    assertThat(store.purgeComment(trashed.id(), trashed.version(), purged(trashed)))
        .isEqualTo(PurgeOutcome.TOMBSTONED);
    assertThat(firstPage().responseCount()).isEqualTo(1);
    assertThat(firstPage().comments()).containsExactly(trashed.toTombstone(T0.plusSeconds(3)), reply);
  }

  @Test
  void aConnectionLostMidWrite_reportsTheDatabasesErrorAndState_changesNothing_andIsDropped() {
    FailingDataSource failing =
        FailingDataSource.failingOnAndWhileRestoring(database.dataSource(), "INSERT INTO rejoinder_audit");
    JdbcCommentStore broken = JdbcCommentStore.builder(failing.dataSource()).dialect(store.dialect()).build();
    Comment c = comment(ModerationState.APPROVED);

    assertThatThrownBy(() -> broken.insertComment(c, created(c)))
        .isInstanceOfSatisfying(StorageException.class, e -> {
          assertThat(e.getCause()).isInstanceOf(SQLException.class)
              .hasMessageContaining("Simulated failure");
          assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo(FailingDataSource.LOST);
          assertThat(e.getMessage()).contains("insert comment " + c.id())
              .contains("SQL state " + FailingDataSource.LOST);
          // On PostgreSQL the write is one round trip holding its commit: a connection lost
          // during it may have been lost after the commit.
          assertThat(e.outcome()).isEqualTo(store.dialect() == JdbcDialect.POSTGRESQL
              ? StorageException.Outcome.UNKNOWN : StorageException.Outcome.NOT_APPLIED);
          assertThat(e.commentId()).hasValue(c.id().value());
          if (store.dialect() == JdbcDialect.H2) {
            // restoring auto-commit failed too: attached to the first failure, not in its place
            assertThat(e.getCause().getSuppressed())
                .anySatisfy(s -> assertThat(((SQLException) s).getSQLState()).isEqualTo("08003"));
          }
        });

    assertThat(failing.aborted()).as("connections aborted, for the pool to drop them").isEqualTo(1);
    assertThat(store.findComment(c.id())).isEmpty();
    assertThat(firstPage().responseCount()).isZero();
  }

  @Test
  void aFailureAtTheCommit_saysTheOutcomeIsUnknown_andNamesTheCommentToLookUp() {
    FailingDataSource failing = FailingDataSource.failingAfterCommit(database.dataSource());
    JdbcCommentStore answerLost = JdbcCommentStore.builder(failing.dataSource()).dialect(store.dialect()).build();
    Comment c = comment(ModerationState.APPROVED);

    assertThatThrownBy(() -> answerLost.insertComment(c, created(c)))
        .isInstanceOfSatisfying(StorageException.class, e -> {
          assertThat(e.outcome()).isEqualTo(StorageException.Outcome.UNKNOWN);
          assertThat(e.getMessage()).contains("may have been kept");
          assertThat(e.commentId()).hasValue(c.id().value());
          // the caller finds out: here the database had kept it
          assertThat(store.findComment(CommentId.of(e.commentId().getAsLong()))).contains(c);
        });
    assertThat(failing.aborted()).isEqualTo(1);
    assertThat(firstPage().responseCount()).isEqualTo(1);
  }

  /** Trashes a stored comment that a reader reported. */
  private Comment trashedWithAReport(Comment c) {
    Comment trashed = c.withState(ModerationState.TRASH, T0.plusSeconds(2));
    store.updateComment(trashed, new AuditEntry(c.id(), T0.plusSeconds(2), Actor.SYSTEM,
        c.state(), ModerationState.TRASH, ""));
    store.addReport(new Report(c.id(), "user:7", T0.plusSeconds(1), "rude"));
    return trashed;
  }

  private static AuditEntry purged(Comment trashed) {
    return new AuditEntry(trashed.id(), T0.plusSeconds(3), Actor.SYSTEM, ModerationState.TRASH,
        ModerationState.PURGED, "purged");
  }
}
