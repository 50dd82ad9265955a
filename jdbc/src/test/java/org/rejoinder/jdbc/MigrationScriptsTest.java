package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rejoinder.jdbc.internal.Migrations;

/** The shipped scripts and the code's list of migrations agree, and the dialects agree. */
class MigrationScriptsTest {
  @Test
  void everyDialectShipsExactlyTheKnownMigrations_namedAsFlywayExpects() throws IOException {
    List<String> known = Migrations.ALL.stream().map(m -> "V" + m.version() + "__" + m.description() + ".sql").toList();
    for (JdbcDialect dialect : JdbcDialect.values()) {
      Path folder = Path.of("src/main/resources", dialect.migrationFolder());
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as(dialect.migrationLocation())
            .allMatch(name -> name.matches("V[1-9][0-9]*__[a-z0-9_]+\\.sql"))
            .containsExactlyInAnyOrderElementsOf(known);
      }
    }
  }

  @Test
  void eachScript_recordsItsOwnVersion() {
    for (JdbcDialect dialect : JdbcDialect.values()) {
      for (Migrations.Migration migration : Migrations.ALL) {
        List<String> statements = Migrations.statements(migration.script(dialect.internal()));
        assertThat(statements.get(statements.size() - 1))
            .startsWith("INSERT INTO rejoinder_schema_version")
            .contains("SELECT " + migration.version() + ",");
      }
    }
  }

  @Test
  void everyDialect_createsTheSameTablesIndexesAndConstraints() {
    Pattern named = Pattern.compile(
        "(?:CREATE TABLE IF NOT EXISTS|CREATE INDEX IF NOT EXISTS|CONSTRAINT(?: IF NOT EXISTS)?) (rejoinder_\\w+)");
    for (Migrations.Migration migration : Migrations.ALL) {
      List<Set<String>> names = new ArrayList<>();
      for (JdbcDialect dialect : JdbcDialect.values()) {
        Set<String> found = new TreeSet<>();
        for (String statement : Migrations.statements(migration.script(dialect.internal()))) {
          Matcher m = named.matcher(statement);
          while (m.find()) {
            found.add(m.group(1));
          }
        }
        // PostgreSQL bounds its TEXT bodies with named checks; H2 has VARCHAR(65525) columns.
        found.removeIf(name -> name.endsWith("_body"));
        names.add(found);
      }
      assertThat(names.get(0))
          .as("V" + migration.version())
          .isNotEmpty()
          .isEqualTo(names.get(1));
    }
  }

  @Test
  void dialects_areFoundByProductName_andNameTheirScriptFolders() {
    assertThat(JdbcDialect.forProductName("H2")).contains(JdbcDialect.H2);
    assertThat(JdbcDialect.forProductName("PostgreSQL")).contains(JdbcDialect.POSTGRESQL);
    assertThat(JdbcDialect.forProductName("MySQL")).isEmpty();
    assertThat(JdbcDialect.POSTGRESQL.migrationLocation()).isEqualTo("classpath:db/rejoinder/postgresql");
    assertThat(JdbcDialect.H2.migrationFolder()).isEqualTo("db/rejoinder/h2");
  }
}
