package org.rejoinder.jdbc;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes sharing their bans and keyword lists through one H2 file. */
class H2FileSharedModerationListsTest extends SharedModerationListsContract {
  @TempDir Path dir;

  @Override
  Database newDatabase() {
    String url = "jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath() + ";WRITE_DELAY=0";
    return () -> {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      return h2;
    };
  }
}
