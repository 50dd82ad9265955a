package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default under SIGKILL: four writer threads in a separate process, one SQLite file
 * (WAL, {@code synchronous=FULL}) reused across {@value #ROUNDS} kills, everything checked after
 * each restart. A loss that happened once in twenty kills would show here with a probability of
 * 1 - 0.95^40, about 87 %.
 */
@Tag("crash")
class SqliteCrashTest {
  static final int ROUNDS = 40;

  @Test
  void killedWriters_loseNoAcknowledgedWrite_reuseNoId_andKeepNoCommentInPart(@TempDir Path dir)
      throws Exception {
    CrashRounds rounds = new CrashRounds(
        new CrashTarget("sqlite", TestDatabase.sqliteUrl(dir.resolve("comments.db"))), 4);

    assertThat(rounds.run(ROUNDS, 300, 1500)).isEmpty();
    assertThat(rounds.acknowledgedWrites()).as("writes acknowledged").isGreaterThan(ROUNDS * 10);
    System.out.printf("%s crash rounds: %d kills of 4 writer threads, %d writes acknowledged, none lost%n",
        "SQLite", ROUNDS, rounds.acknowledgedWrites());
  }
}
