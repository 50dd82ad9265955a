package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default under SIGKILL: four writer threads in a separate process, one SQLite file
 * (WAL, {@code synchronous=FULL}) reused across {@link CrashRounds#configuredRounds a number of}
 * kills, everything checked after each restart.
 */
@Tag("crash")
class SqliteCrashTest {
  @Test
  void killedWriters_loseNoAcknowledgedWrite_reuseNoId_andKeepNoCommentInPart(@TempDir Path dir)
      throws Exception {
    CrashRounds rounds = new CrashRounds(
        new CrashTarget("sqlite", TestDatabase.sqliteUrl(dir.resolve("comments.db"))), 4);

    int kills = CrashRounds.configuredRounds("rejoinder.crash.rounds", 40);
    assertThat(rounds.run(kills, 200, 1000)).isEmpty();
    assertThat(rounds.acknowledgedWrites()).as("writes acknowledged").isGreaterThan(kills * 10);
    System.out.printf("%s crash rounds: %d kills of 4 writer threads, %d writes acknowledged, none lost%n",
        "SQLite", kills, rounds.acknowledgedWrites());
  }
}
