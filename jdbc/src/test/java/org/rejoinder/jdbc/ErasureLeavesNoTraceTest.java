package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rejoinder.ErasureReport;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.testing.MutableClock;

/**
 * After an erasure, no text column of any of the store's tables holds the reader's address,
 * website or IP address, in any dialect: every row of every {@code rejoinder_} table is read.
 */
class ErasureLeavesNoTraceTest {
  private static final PostId POST = PostId.of("hello");
  private static final Guest ANN = Guest.of("Ann", "Ann@Example.com", "https://ann.example.net");
  private static final Guest BOB = Guest.of("Bob", "bob@example.com");
  private static final List<String> TRACES = List.of("ann@example.com", "ann.example.net", "192.0.2.1");

  @ParameterizedTest
  @ValueSource(strings = {"h2", "sqlite", "postgresql"})
  void noTableHoldsTheAddressAfterAnErasure(String dialect) throws Exception {
    if (dialect.equals("postgresql")) {
      assumeTrue(System.getenv(PostgresCondition.URL_VARIABLE) != null,
          PostgresCondition.URL_VARIABLE + " is not set");
    }
    try (TestDatabase database = switch (dialect) {
      case "h2" -> TestDatabase.h2();
      case "sqlite" -> TestDatabase.sqlite();
      default -> TestDatabase.postgres();
    }) {
      MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
      Rejoinder rejoinder = Rejoinder.builder().store(database.migratedStore()).clock(clock)
          .guestVotes(true).build();
      rejoinder.createPost(Post.of(POST, "Hello", SiteUser.of("1", "Ed"), clock.instant()));
      clock.advance(Duration.ofMinutes(1));
      Comment anns = rejoinder.submit(NewComment.on(POST, ANN, Body.plain("Mine"))
          .withClient(ClientInfo.of("192.0.2.1", "Agent/1.0")), Actor.reader(ANN),
          Set.of(Subscription.Scope.REPLIES, Subscription.Scope.POST));
      clock.advance(Duration.ofMinutes(1));
      Comment bobs = rejoinder.submit(NewComment.replyTo(POST, anns.id(), BOB, Body.plain("@Ann yes"))
          .withClient(ClientInfo.of("198.51.100.7", "Other/2.0")), Actor.reader(BOB));
      clock.advance(Duration.ofMinutes(1));
      rejoinder.edit(anns.id(), Body.plain("Mine, edited"), Actor.reader(ANN));
      rejoinder.report(bobs.id(), Actor.reader(ANN), "off topic");
      rejoinder.vote(bobs.id(), Actor.reader(ANN), VoteDirection.UP);
      assertThat(rows(database, TRACES)).isNotEmpty();

      ErasureReport report = rejoinder.personalData(Actor.SYSTEM).erase("ann@example.com");

      assertThat(report.comments()).isEqualTo(1);
      assertThat(report.record().mentions()).isEqualTo(1);
      assertThat(rows(database, TRACES)).isEmpty();
      assertThat(rows(database, List.of("bob@example.com"))).isNotEmpty();
      assertThat(rejoinder.comment(bobs.id()).votes().ups()).isEqualTo(1);
      assertThat(rejoinder.personalData(Actor.SYSTEM).erasures(0, 10)).containsExactly(report.record());
    }
  }

  /** Returns {@code table.column} for each value of a rejoinder table that contains a trace. */
  private static List<String> rows(TestDatabase database, List<String> traces) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection()) {
      for (String table : tables(c)) {
        try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = row.getMetaData();
          while (row.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              String value = row.getString(i);
              if (value != null && traces.stream().anyMatch(value.toLowerCase(Locale.ROOT)::contains)) {
                found.add(table + "." + meta.getColumnName(i));
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet row = meta.getTables(null, c.getSchema(), "%", null)) {
      while (row.next()) {
        String name = row.getString("TABLE_NAME");
        String type = row.getString("TABLE_TYPE");
        if (name.toLowerCase(Locale.ROOT).startsWith("rejoinder_") && type != null
            && type.toUpperCase(Locale.ROOT).contains("TABLE")) {
          tables.add(name);
        }
      }
    }
    assertThat(tables).as("tables found").hasSizeGreaterThanOrEqualTo(12);
    return tables;
  }
}
