package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.jdbc.internal.Sources;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.SourceId;

/**
 * An import asks, batch after batch, which of its source ids are stored already. On PostgreSQL
 * that lookup probes the unique index once per source id, also under the general plan the server
 * keeps for a statement it has run often: a plan that joins the batch with the table by scanning
 * the table was made while the table was small and kept as it grew, so each batch of an import
 * of 1,000,000 comments read every comment imported before it.
 */
@RequiresPostgres
class PostgresSourceLookupTest {
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");
  private static final PostId POST = PostId.of("imported");

  private TestDatabase database;

  @BeforeEach
  void open() throws Exception {
    database = TestDatabase.postgres();
    JdbcCommentStore store = database.migratedStore();
    store.insertPost(Post.of(POST, "Imported", SiteUser.of("1", "Ed"), T0));
    List<Comment> comments = new ArrayList<>();
    for (int i = 1; i <= 2_000; i++) {
      comments.add(Comment.create(CommentId.of(i), POST, null, Guest.of("G", null),
              Body.plain("Imported comment " + i), T0.plusSeconds(i), ModerationState.APPROVED,
              ClientInfo.NONE)
          .toBuilder().source(SourceId.of("wordpress", Integer.toString(i))).build());
    }
    store.insertAll(comments, Actor.SYSTEM, "imported");
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void aBatchOfSourceIds_isLookedUpThroughTheIndex_evenUnderAGeneralPlan() throws SQLException {
    List<SourceId> batch = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      // Every fourth is stored; the others are new.
      batch.add(SourceId.of("wordpress", Integer.toString(i % 4 == 0 ? 1 + i : 10_000 + i)));
    }
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL plan_cache_mode = force_generic_plan");
      }

      Map<SourceId, CommentId> found = Map.of();
      for (int run = 0; run < 3; run++) {
        found = Sources.find(connection, batch, 500);
      }

      assertThat(found).hasSize(125)
          .containsEntry(SourceId.of("wordpress", "1"), CommentId.of(1))
          .containsEntry(SourceId.of("wordpress", "497"), CommentId.of(497));
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT seq_scan, idx_scan FROM"
              + " pg_stat_xact_user_tables WHERE relname = 'rejoinder_comment'")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getLong("seq_scan")).as("scans of the whole comment table").isZero();
        assertThat(row.getLong("idx_scan")).as("index probes").isEqualTo(3 * 500);
      }
      connection.rollback();
    }
  }
}
