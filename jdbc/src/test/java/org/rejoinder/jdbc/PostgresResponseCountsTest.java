package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/**
 * On PostgreSQL the response counts of several posts take one statement, the same text for two
 * posts as for a thousand, so that every index page shares one prepared statement and plan.
 */
@RequiresPostgres
class PostgresResponseCountsTest {
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");

  private final Map<String, Integer> executions = new HashMap<>();
  private TestDatabase database;
  private JdbcCommentStore store;

  @BeforeEach
  void open() throws Exception {
    database = TestDatabase.postgres();
    JdbcCommentStore migrated = database.migratedStore();
    migrated.insertPost(Post.of(PostId.of("first"), "First", SiteUser.of("1", "Ed"), T0));
    migrated.insertPost(Post.of(PostId.of("last"), "Last", SiteUser.of("1", "Ed"), T0));
    store = JdbcCommentStore.builder(
            CountingDataSource.rowsByStatement(database.dataSource(), executions))
        .dialect(migrated.dialect())
        .build();
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void theCountsOfTwoPostsAndOfAThousand_takeOneStatementOfOneText() {
    List<PostId> thousand = new ArrayList<>();
    thousand.add(PostId.of("first"));
    for (int i = 0; i < 998; i++) {
      thousand.add(PostId.of("unknown-" + i));
    }
    thousand.add(PostId.of("last"));

    assertThat(store.responseCounts(List.of(PostId.of("first"), PostId.of("unknown"))))
        .isEqualTo(Map.of(PostId.of("first"), 0));
    assertThat(store.responseCounts(thousand))
        .isEqualTo(Map.of(PostId.of("first"), 0, PostId.of("last"), 0));

    assertThat(executions).hasSize(1).containsValue(2);
  }
}
