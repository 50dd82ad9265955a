package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.jdbc.internal.ThreadPages;
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
import org.rejoinder.model.SourceId;
import org.rejoinder.thread.CommentOrder;

/**
 * What {@link JdbcCommentStore.Builder#partitionByPost(int)} makes of a PostgreSQL schema, seen
 * through the catalog: partitioned tables, rows spread over partitions, keys kept across posts.
 */
@RequiresPostgres
class PostgresPartitionLayoutTest {
  private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

  private final List<TestDatabase> databases = new ArrayList<>();

  @AfterEach
  void dropSchemas() throws Exception {
    for (TestDatabase database : databases) {
      database.close();
    }
  }

  private TestDatabase partitioned(int partitions) throws SQLException {
    TestDatabase database = TestDatabase.postgresPartitioned(partitions);
    databases.add(database);
    return database;
  }

  @Test
  void theReadmeSnippet_createsSixteenPartitionsOfEachTable() throws Exception {
    TestDatabase database = TestDatabase.postgres();
    databases.add(database);
    DataSource dataSource = database.dataSource();
    // README partitioned begins
    JdbcCommentStore store = JdbcCommentStore.builder(dataSource)  // PostgreSQL only
        .partitionByPost(16)  // rejoinder_comment and rejoinder_thread: 16 partitions each
        .build();
    store.migrate();  // a new database: the partitioned tables first, then the versioned scripts
    // README partitioned ends

    assertThat(queryInt(database, "SELECT COUNT(*) FROM pg_inherits i JOIN pg_class t"
        + " ON t.oid = i.inhparent JOIN pg_namespace n ON n.oid = t.relnamespace"
        + " AND n.nspname = current_schema() WHERE t.relname = ?", "rejoinder_thread")).isEqualTo(16);
  }

  @Test
  void theCommentAndThreadTables_arePartitionedByAHashOfThePost_intoTheAskedNumberOfPartitions()
      throws Exception {
    TestDatabase database = partitioned(6);
    database.migratedStore();

    for (String table : List.of("rejoinder_comment", "rejoinder_thread")) {
      assertThat(queryString(database,
          "SELECT pg_get_partkeydef(p.partrelid) FROM pg_partitioned_table p"
              + " JOIN pg_class t ON t.oid = p.partrelid"
              + " JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()"
              + " WHERE t.relname = ?", table))
          .as(table).isEqualTo("HASH (post_id)");
      assertThat(queryInt(database,
          "SELECT COUNT(*) FROM pg_inherits i JOIN pg_class t ON t.oid = i.inhparent"
              + " JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()"
              + " WHERE t.relname = ?", table))
          .as(table).isEqualTo(6);
    }
    assertThat(queryString(database,
        "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c"
            + " JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = current_schema()"
            + " WHERE c.conname = ?", "rejoinder_comment_in_post"))
        .isEqualTo("PRIMARY KEY (post_id, id)");
    assertThat(queryString(database,
        "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c"
            + " JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = current_schema()"
            + " WHERE c.conname = ? AND c.conparentid = 0", "rejoinder_comment_parent"))
        .isEqualTo("FOREIGN KEY (post_id, parent_id) REFERENCES rejoinder_comment(post_id, id)");
  }

  @Test
  void theCommentsOfManyPosts_landInSeveralPartitions_andEachPostsCommentsAndThreadsInOne()
      throws Exception {
    TestDatabase database = partitioned(4);
    JdbcCommentStore store = database.migratedStore();
    for (int p = 0; p < 24; p++) {
      PostId post = PostId.of("post-" + p);
      store.insertPost(Post.of(post, "Post " + p, SiteUser.of("1", "Ed"), T0));
      Comment top = insert(store, comment(store.nextCommentId(), post, null, "top " + p));
      insert(store, comment(store.nextCommentId(), post, top.id(), "reply " + p));
    }

    assertThat(queryInt(database, "SELECT COUNT(DISTINCT tableoid) FROM rejoinder_comment"))
        .isGreaterThan(1);
    assertThat(queryInt(database, "SELECT COUNT(DISTINCT tableoid) FROM rejoinder_thread"))
        .isGreaterThan(1);
    assertThat(queryInt(database, "SELECT MAX(n) FROM (SELECT COUNT(DISTINCT tableoid) AS n"
        + " FROM rejoinder_comment GROUP BY post_id) per_post")).isEqualTo(1);
    assertThat(queryInt(database, "SELECT COUNT(*) FROM rejoinder_comment c JOIN rejoinder_thread t"
        + " ON t.root_id = c.id WHERE c.depth = 1")).isEqualTo(24);
    assertThat(queryInt(database, "SELECT COUNT(*) FROM rejoinder_comment_key")).isEqualTo(48);
  }

  @Test
  void aPostsThreadWalk_readsOnePartition_whileACommentByIdLooksInEach() throws Exception {
    TestDatabase database = partitioned(4);
    JdbcCommentStore store = database.migratedStore();
    store.insertPost(Post.of(PostId.of("one"), "One", SiteUser.of("1", "Ed"), T0));
    insert(store, comment(store.nextCommentId(), PostId.of("one"), null, "first"));
    OffsetDateTime at = T0.atOffset(ZoneOffset.UTC);

    String walk = plan(database, ThreadPages.seekSql(true, CommentOrder.OLDEST_FIRST, true, true),
        "one", at, at, 1L, 6);
    String byId = plan(database, "SELECT id FROM rejoinder_comment WHERE id = ?", 1L);

    assertThat(Pattern.compile("rejoinder_thread_p[0-9]+").matcher(walk).results()
        .map(MatchResult::group).distinct()).as(walk).hasSize(1);
    assertThat(walk).contains(partitionOf(database, "one").replace("comment", "thread"));
    for (int i = 0; i < 4; i++) {
      assertThat(byId).as(byId).contains("rejoinder_comment_p" + i);
    }
  }

  @Test
  void anIdOrASourceIdStoredOnAnotherPost_isAlreadyExists_asWithoutPartitions() throws Exception {
    TestDatabase database = partitioned(4);
    JdbcCommentStore store = database.migratedStore();
    PostId first = PostId.of("one");
    PostId second = PostId.of("two");
    // Two posts in different partitions, so that only the keys across partitions can refuse.
    for (PostId post : List.of(first, second)) {
      store.insertPost(Post.of(post, post.value(), SiteUser.of("1", "Ed"), T0));
    }
    assertThat(partitionOf(database, "one")).isNotEqualTo(partitionOf(database, "two"));
    Comment stored = insert(store, comment(store.nextCommentId(), first, null, "stored").toBuilder()
        .source(SourceId.of("disqus", "42")).build());

    Comment sameId = comment(stored.id(), second, null, "same id");
    assertThatThrownBy(() -> insert(store, sameId)).isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining(String.valueOf(stored.id().value()));
    Comment sameSource = comment(store.nextCommentId(), second, null, "same source").toBuilder()
        .source(SourceId.of("disqus", "42")).build();
    assertThatThrownBy(() -> insert(store, sameSource)).isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("disqus:42");
    assertThatThrownBy(() -> store.insertAll(List.of(sameSource), Actor.SYSTEM, "import"))
        .isInstanceOf(AlreadyExistsException.class);

    assertThat(store.commentsOf(second)).isEmpty();
    assertThat(store.commentIdsBySource(List.of(SourceId.of("disqus", "42"))))
        .containsExactly(Map.entry(SourceId.of("disqus", "42"), stored.id()));
    Comment trashed = stored.withState(ModerationState.TRASH, T0.plusSeconds(1));
    store.updateComment(trashed, new AuditEntry(stored.id(), T0.plusSeconds(1), Actor.SYSTEM,
        ModerationState.APPROVED, ModerationState.TRASH, ""));
    store.purgeComment(stored.id(), trashed.version(), new AuditEntry(stored.id(), T0.plusSeconds(2),
        Actor.SYSTEM, ModerationState.TRASH, ModerationState.PURGED, ""));
    insert(store, sameSource);
    assertThat(store.commentIdsBySource(List.of(SourceId.of("disqus", "42"))))
        .containsExactly(Map.entry(SourceId.of("disqus", "42"), sameSource.id()));
  }

  @Test
  void migrate_withPartitions_ofADatabaseWhoseCommentTablesAreNotPartitioned_isRefused()
      throws Exception {
    TestDatabase plain = TestDatabase.postgres();
    databases.add(plain);
    plain.migratedStore();
    JdbcCommentStore partitioning = JdbcCommentStore.builder(plain.dataSource()).partitionByPost(4).build();

    assertThatThrownBy(partitioning::migrate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("partitionByPost(4)")
        .hasMessageContaining("new database only");
    assertThat(partitioning.schemaVersion()).isEqualTo(JdbcCommentStore.SCHEMA_VERSION);
  }

  @Test
  void aPartitionedDatabase_isMigratedAndUsedByAStoreBuiltWithoutTheSetting() throws Exception {
    TestDatabase database = partitioned(3);
    database.migratedStore();
    JdbcCommentStore plain = JdbcCommentStore.builder(database.dataSource()).build();

    assertThat(plain.migrate()).isZero();
    assertThat(JdbcCommentStore.builder(database.dataSource()).partitionByPost(8).build().migrate())
        .isZero();
    plain.insertPost(Post.of(PostId.of("p"), "P", SiteUser.of("1", "Ed"), T0));
    Comment c = insert(plain, comment(plain.nextCommentId(), PostId.of("p"), null, "hello"));
    assertThat(plain.findComment(c.id())).contains(c);
    assertThat(queryInt(database, "SELECT COUNT(*) FROM pg_inherits i JOIN pg_class t"
        + " ON t.oid = i.inhparent JOIN pg_namespace n ON n.oid = t.relnamespace"
        + " AND n.nspname = current_schema() WHERE t.relname = ?", "rejoinder_comment")).isEqualTo(3);
  }

  private static Comment comment(CommentId id, PostId post, CommentId parent, String text) {
    return Comment.create(id, post, parent, Guest.of("Ann", null), Body.plain(text), T0,
        ModerationState.APPROVED, ClientInfo.NONE);
  }

  private static Comment insert(JdbcCommentStore store, Comment c) {
    store.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), ""));
    return c;
  }

  /** Returns the partition of 4 that a post's comments go to. */
  private static String partitionOf(TestDatabase database, String post) throws Exception {
    return queryString(database, "SELECT p.relname FROM pg_class p JOIN pg_inherits i ON i.inhrelid = p.oid"
        + " JOIN pg_class t ON t.oid = i.inhparent"
        + " JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()"
        + " WHERE t.relname = 'rejoinder_comment' AND satisfies_hash_partition("
        + "t.oid, 4, CAST(substring(p.relname FROM '[0-9]+$') AS INTEGER), CAST(? AS VARCHAR))", post);
  }

  private static String plan(TestDatabase database, String sql, Object... values) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < values.length; i++) {
        explain.setObject(i + 1, values[i]);
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet row = explain.executeQuery()) {
        while (row.next()) {
          plan.append(row.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private static int queryInt(TestDatabase database, String sql, String... parameters)
      throws Exception {
    return Integer.parseInt(queryString(database, sql, parameters));
  }

  private static String queryString(TestDatabase database, String sql, String... parameters)
      throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        assertThat(row.next()).as(sql).isTrue();
        return row.getString(1);
      }
    }
  }
}
