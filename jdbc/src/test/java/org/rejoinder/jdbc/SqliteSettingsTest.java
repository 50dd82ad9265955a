package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A SQLite file database is used only as it keeps what it acknowledged. */
class SqliteSettingsTest {
  private static SQLiteDataSource sqlite(String url) {
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl(url);
    return dataSource;
  }

  @Test
  void aFileInTheDefaultSettings_isRefused_namingWhatIsMissing(@TempDir Path dir) {
    SQLiteDataSource plain = sqlite("jdbc:sqlite:" + dir.resolve("c.db"));

    assertThatThrownBy(() -> JdbcCommentStore.builder(plain).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("journal_mode is delete, not WAL")
        .hasMessageContaining("foreign_keys is off")
        .hasMessageContaining("journal_mode=WAL&synchronous=FULL");
  }

  @Test
  void aFileInWalModeWithNormalSync_isRefused(@TempDir Path dir) {
    SQLiteDataSource normal = sqlite("jdbc:sqlite:" + dir.resolve("c.db")
        + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true&busy_timeout=1000");

    assertThatThrownBy(() -> JdbcCommentStore.builder(normal).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("synchronous is 1, less than FULL (2)");
  }

  @Test
  void aFileInWalModeWithFullSync_isAccepted_asIsAMemoryDatabase(@TempDir Path dir) {
    assertThat(JdbcCommentStore.builder(sqlite(TestDatabase.sqliteUrl(dir.resolve("c.db")))).build()
        .dialect()).isEqualTo(JdbcDialect.SQLITE);
    assertThat(JdbcCommentStore.builder(
        sqlite("jdbc:sqlite::memory:?foreign_keys=true&busy_timeout=1000")).build().dialect())
        .isEqualTo(JdbcDialect.SQLITE);
  }
}
