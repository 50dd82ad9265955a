package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Concurrency.runConcurrently;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.StorageException;
import org.rejoinder.jdbc.internal.Migrations;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.SiteUser;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/** How {@link JdbcCommentStore#migrate()} creates, upgrades and guards a schema. */
abstract class MigrationContract {
  private static final Post POST =
      Post.of(PostId.of("kept"), "Kept", SiteUser.of("1", "Ed"), Instant.parse("2024-01-01T00:00:00Z"));

  private TestDatabase database;
  private JdbcCommentStore store;

  abstract TestDatabase newDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = newDatabase();
    store = database.storeBuilder().build();
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void migrate_createsTheSchema_andRecordsItsVersion() throws Exception {
    assertThat(store.schemaVersion()).isZero();

    assertThat(store.migrate()).isEqualTo(Migrations.ALL.size());

    assertThat(store.schemaVersion()).isEqualTo(JdbcCommentStore.SCHEMA_VERSION);
    assertThat(queryInt("SELECT COUNT(*) FROM rejoinder_schema_version")).isEqualTo(Migrations.ALL.size());
    store.insertPost(POST);
    assertThat(store.findPost(POST.id())).contains(POST);
  }

  @Test
  void migrate_again_isANoOp_andKeepsTheData() {
    store.migrate();
    store.insertPost(POST);

    assertThat(store.migrate()).isZero();
    assertThat(store.findPost(POST.id())).contains(POST);
    assertThat(store.schemaVersion()).isEqualTo(JdbcCommentStore.SCHEMA_VERSION);
  }

  @Test
  void theScripts_canRunAgainOnAMigratedDatabase_asAfterAnInterruptedMigration() throws Exception {
    store.migrate();
    store.insertPost(POST);
    Instant t0 = POST.publishedAt();
    Comment c = Comment.create(store.nextCommentId(), POST.id(), null, Guest.of("Ann", null),
        Body.plain("first"), t0, ModerationState.APPROVED, ClientInfo.NONE);
    store.insertComment(c, new AuditEntry(c.id(), t0, Actor.SYSTEM, null, c.state(), ""));
    Revision revision = new Revision(c.id(), t0, Actor.reader(c.author()), c.body());
    store.editComment(c.withBody(Body.plain("second"), t0), revision, null);
    Report report = new Report(c.id(), "user:2", t0, "");
    store.addReport(report);

    for (Migrations.Migration migration : Migrations.ALL) {
      for (String sql : Migrations.statements(migration.script(store.dialect().internal()))) {
        try (Connection connection = database.dataSource().getConnection()) {
          Migrations.execute(connection, store.dialect().internal(), sql);
        }
      }
    }

    assertThat(queryInt("SELECT COUNT(*) FROM rejoinder_schema_version")).isEqualTo(Migrations.ALL.size());
    assertThat(store.findPost(POST.id())).contains(POST);
    assertThat(store.revisions(c.id())).containsExactly(revision);
    assertThat(store.reports(c.id())).containsExactly(report);
    assertThat(store.addReport(report)).isFalse();
    assertThat(store.nextCommentId().value()).isEqualTo(2);
  }

  @Test
  void commentsStoredBeforeVersion5_getTheirNumbersAndNameKeys_whenItRuns() throws Exception {
    store.migrate();
    store.insertPost(POST);
    Instant t0 = POST.publishedAt();
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Comment c = Comment.create(store.nextCommentId(), POST.id(), null,
          Guest.of(i % 2 == 0 ? "Andrew Marsh" : "@lena", null), Body.plain("c" + i),
          t0.plusSeconds(10 - i), i == 1 ? ModerationState.PENDING : ModerationState.APPROVED,
          ClientInfo.NONE);
      store.insertComment(c, new AuditEntry(c.id(), t0, Actor.SYSTEM, null, c.state(), ""));
      comments.add(c);
    }
    ThreadPageRequest page = new ThreadPageRequest(POST.id(), null, 1, 10, FirstPage.OLDEST,
        CommentOrder.OLDEST_FIRST);
    ThreadSlice numbered = store.threadPage(page);
    // As a database of version 1 has them: no numbers, no name keys.
    execute("UPDATE rejoinder_comment SET response_number = NULL, name_key = NULL");

    Migrations.Migration v5 =
        Migrations.ALL.stream().filter(m -> m.version() == 5).findFirst().orElseThrow();
    for (String sql : Migrations.statements(v5.script(store.dialect().internal()))) {
      if (!sql.startsWith("ALTER TABLE") && !sql.startsWith("CREATE") && !sql.startsWith("DROP")) {
        execute(sql);
      }
    }

    assertThat(store.threadPage(page).numbers()).isEqualTo(numbered.numbers())
        .containsValues(1, 2, 3);
    assertThat(store.latestByFirstName(POST.id(), "andrew", t0.plusSeconds(60)))
        .extracting(Comment::id).containsExactly(comments.get(0).id());
    assertThat(store.latestByFirstName(POST.id(), "lena", t0.plusSeconds(60)))
        .extracting(Comment::id).containsExactly(comments.get(3).id());
  }

  @Test
  void aNewerSchemaThanTheCodeKnows_isAStorageException_andChangesNothing() throws Exception {
    store.migrate();
    store.insertPost(POST);
    int newer = JdbcCommentStore.SCHEMA_VERSION + 1;
    execute("INSERT INTO rejoinder_schema_version (version, description) VALUES (" + newer + ", 'future')");

    assertThatThrownBy(() -> store.migrate())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("version " + newer)
        .hasMessageContaining("newer")
        .extracting(e -> ((StorageException) e).code())
        .isEqualTo(ErrorCode.STORAGE_FAILURE);
    assertThat(store.schemaVersion()).isEqualTo(newer);
    assertThat(store.findPost(POST.id())).contains(POST);
  }

  @Test
  void aScriptTheDatabaseHasNotRecorded_isApplied_evenWhenALaterOneIsRecorded() throws Exception {
    store.migrate();
    store.insertPost(POST);
    execute("DELETE FROM rejoinder_schema_version WHERE version = 1");

    assertThat(store.migrate()).isEqualTo(1);
    assertThat(queryInt("SELECT COUNT(*) FROM rejoinder_schema_version")).isEqualTo(Migrations.ALL.size());
    assertThat(store.findPost(POST.id())).contains(POST);
    assertThat(store.migrate()).isZero();
  }

  @Test
  void concurrentMigrations_applyTheScriptsOnce() throws Exception {
    ConcurrentLinkedQueue<Integer> applied = new ConcurrentLinkedQueue<>();
    runConcurrently(4, i ->
        applied.add(database.storeBuilder().build().migrate()));

    assertThat(applied.stream().mapToInt(Integer::intValue).sum()).isEqualTo(Migrations.ALL.size());
    assertThat(store.schemaVersion()).isEqualTo(JdbcCommentStore.SCHEMA_VERSION);
  }

  private void execute(String sql) throws Exception {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private int queryInt(String sql) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }
}
