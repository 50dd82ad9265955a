package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcDemoTest {
  private static String run(Path file) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    JdbcDemo.run(file, new PrintStream(printed, true, StandardCharsets.UTF_8));
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSecondRun_seesTheFirstRunsComment_inTheFile(@TempDir Path dir) {
    Path file = dir.resolve("book.db");

    String first = run(file);
    String second = run(file);

    assertThat(first).contains("(just created)").contains("One response to “Visitors' book”")
        .contains("Run 1 was here.");
    assertThat(Files.exists(dir.resolve("book.db"))).isTrue();
    assertThat(second).doesNotContain("just created").contains("2 responses to")
        .contains("Run 1 was here.").contains("Run 2 was here.");
  }

  @Test
  void aPathThatCouldCarryDatabaseSettings_isRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> run(dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> run(dir.resolve("x.db?synchronous=OFF")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.toFile().list()).isEmpty();
  }
}
