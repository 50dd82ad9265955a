package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;

/**
 * A submission's reads and write on PostgreSQL reuse the plans their prepared statements made
 * once, rather than being planned at every submission, and the connection goes back to the pool
 * with the planner's settings it came with, whether the comment was stored or refused.
 */
@RequiresPostgres
class PostgresPlanCacheTest {
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private static final PostId POST = PostId.of("plans");

  private TestDatabase database;
  private HikariDataSource oneConnection;
  private Rejoinder rejoinder;

  @BeforeEach
  void open() throws Exception {
    database = TestDatabase.postgres();
    database.migratedStore().insertPost(Post.of(POST, "Plans", SiteUser.of("1", "Ed"), T0));
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.dataSource());
    config.setMaximumPoolSize(1);
    oneConnection = new HikariDataSource(config);
    rejoinder = Rejoinder.builder()
        .store(JdbcCommentStore.builder(oneConnection).dialect(JdbcDialect.POSTGRESQL).build())
        .clock(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC))
        .moderation(ModerationPolicy.builder().floodInterval(Duration.ofHours(1)).build())
        .build();
  }

  @AfterEach
  void close() throws Exception {
    oneConnection.close();
    database.close();
  }

  private static NewComment from(int reader) {
    return NewComment.on(POST, Guest.of("Reader " + reader, "reader" + reader + "@example.com"),
            Body.plain("Comment number " + reader))
        .withClient(ClientInfo.of("192.0.2." + reader, "Firefox"));
  }

  @Test
  void theModerationHistorysQuery_isPlannedOnce_andTheSettingIsResetAfterEachSubmission()
      throws SQLException {
    for (int reader = 1; reader <= 12; reader++) {
      rejoinder.submit(from(reader));
      assertThat(planCacheMode()).isEqualTo("auto");
    }

    try (Connection c = oneConnection.getConnection(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT COALESCE(SUM(generic_plans), 0),"
            + " COALESCE(SUM(custom_plans), 0) FROM pg_prepared_statements"
            + " WHERE statement LIKE 'SELECT n.*%'")) {
      row.next();
      assertThat(row.getLong(1)).as("runs on its one generic plan").isPositive();
      assertThat(row.getLong(2)).as("runs planned afresh").isZero();
    }
  }

  @Test
  void theWritesNumbering_isPlannedOnce_andTheWriteLeavesTheSessionsSettingsAsTheyWere()
      throws SQLException {
    String jit = setting("jit");
    for (int reader = 1; reader <= 12; reader++) {
      rejoinder.submit(from(reader));
      assertThat(planCacheMode()).isEqualTo("auto");
      assertThat(setting("jit")).isEqualTo(jit);
    }

    try (Connection c = oneConnection.getConnection(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(generic_plans), 0),"
            + " COALESCE(SUM(custom_plans), 0) FROM pg_prepared_statements"
            + " WHERE statement LIKE '%INSERT INTO rejoinder_comment%response_count%'"
            + " OR statement LIKE '%UPDATE rejoinder_comment SET response_number%'")) {
      row.next();
      assertThat(row.getLong(1)).as("the numbered insert and the shift, prepared").isEqualTo(2);
      assertThat(row.getLong(2)).as("runs on their one generic plan").isPositive();
      assertThat(row.getLong(3)).as("runs planned afresh").isZero();
    }
  }

  @Test
  void aRefusedSubmission_resetsTheSettingToo() throws SQLException {
    rejoinder.submit(from(1));

    assertThatThrownBy(() -> rejoinder.submit(from(1))).isInstanceOf(CommentRejectedException.class);
    assertThat(planCacheMode()).isEqualTo("auto");
  }

  private String planCacheMode() throws SQLException {
    return setting("plan_cache_mode");
  }

  private String setting(String name) throws SQLException {
    try (Connection c = oneConnection.getConnection(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SHOW " + name)) {
      row.next();
      return row.getString(1);
    }
  }
}
