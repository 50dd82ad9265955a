package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.StorageException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Guest;

/**
 * The JDBC store's public types, and the failures it reports, never show an email address: a
 * storage failure names what failed and keeps the driver's exception as its cause.
 */
class NoEmailInMessagesTest {
  private static final String LOCAL = "asmith1987";
  private static final Actor MODERATOR = Actor.moderator(Guest.of("Ann", LOCAL + "@example.org"));

  @Test
  void aFailedReadOfAnActorsTrail_namesNoKey_andKeepsTheCause() throws Exception {
    try (TestDatabase database = TestDatabase.h2()) {
      JdbcCommentStore migrated = database.migratedStore();
      JdbcCommentStore failing =
          JdbcCommentStore.builder(FailingDataSource.failingOn(database.dataSource(), "SELECT"))
              .dialect(migrated.dialect())
              .build();

      assertThatThrownBy(() -> failing.auditTrailByActor(MODERATOR.key(), 0, 10))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("audit trail")
          .hasCauseInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(e.toString()).doesNotContain(LOCAL));
    }
  }

  @Test
  void theStoreAndItsBuilder_showNoAddress() throws Exception {
    try (TestDatabase database = TestDatabase.h2()) {
      JdbcCommentStore.Builder builder = JdbcCommentStore.builder(database.dataSource());
      JdbcCommentStore store = builder.build();

      assertThat(store.toString()).isEqualTo("JdbcCommentStore[H2]");
      assertThat(builder.toString()).doesNotContain(LOCAL);
      assertThat(JdbcDialect.POSTGRESQL.toString()).isEqualTo("POSTGRESQL");
    }
  }
}
