package org.rejoinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one runnable jar runs on its own: {@code java -jar cli/target/rejoinder-cli.jar}. */
class CliJarTest {
  @TempDir Path dir;

  @Test
  void theShadedJar_backsUpTheDefaultDatabaseOfItsWorkingDirectory() throws Exception {
    Path jar = Path.of("target", "rejoinder-cli.jar").toAbsolutePath();
    assertThat(jar).exists();
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
            "backup", "--out", "backup.jsonl")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).isEqualTo("Backed up 0 posts and 0 comments to backup.jsonl\n");
    assertThat(Files.readString(dir.resolve("backup.jsonl")))
        .startsWith("{\"record\":\"rejoinder-backup\",\"version\":1,");
    assertThat(dir.resolve("rejoinder.db")).exists();
  }
}
