package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

/**
 * PostgreSQL under the application's SIGKILL: four writer threads in a separate process, one
 * schema reused across {@link CrashRounds#configuredRounds a number of} kills, everything
 * checked after each restart.
 */
@Tag("crash")
@RequiresPostgres
class PostgresCrashTest {
  @Test
  void killedWriters_loseNoAcknowledgedWrite_reuseNoId_andKeepNoCommentInPart() throws Exception {
    String schema = "rejoinder_crash_" + ProcessHandle.current().pid();
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(PostgresCondition.url());
    try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      String url = PostgresCondition.url() + (PostgresCondition.url().contains("?") ? "&" : "?")
          + "currentSchema=" + schema;
      CrashRounds rounds = new CrashRounds(new CrashTarget("postgresql", url), 4);

      int kills = CrashRounds.configuredRounds("rejoinder.crash.rounds.postgres", 12);
      assertThat(rounds.run(kills, 200, 1000)).isEmpty();
      assertThat(rounds.acknowledgedWrites()).as("writes acknowledged").isGreaterThan(kills * 10);
      System.out.printf("%s crash rounds: %d kills of 4 writer threads, %d writes acknowledged, none lost%n",
          "PostgreSQL", kills, rounds.acknowledgedWrites());
    } finally {
      try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
