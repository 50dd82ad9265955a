package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/**
 * Two application processes (JVMs) on one PostgreSQL database, each sending the same person's
 * burst of comments at the same moment through a {@link org.rejoinder.Rejoinder} of its own
 * ({@link BurstNode}): with an hour's flood interval exactly one comment is stored, and every
 * other is refused as a flood, whichever process sent it.
 */
@RequiresPostgres
class PostgresTwoProcessesTest {
  private static final int PROCESSES = 2;
  private static final int BURST = 20;
  private static final PostId POST = PostId.of("two-processes");
  private static final Pattern RESULT = Pattern.compile("stored (\\d+) flood (\\d+)");

  @Test
  void onePersonsBurstFromTwoProcesses_storesOneComment(@TempDir Path dir) throws Exception {
    String schema = "rejoinder_nodes_" + ProcessHandle.current().pid();
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(PostgresCondition.url());
    execute(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
    List<Process> children = new ArrayList<>();
    try {
      String url = PostgresCondition.url()
          + (PostgresCondition.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(url);
      JdbcCommentStore store = JdbcCommentStore.builder(dataSource).build();
      store.migrate();
      store.insertPost(Post.of(POST, "Two processes", SiteUser.of("1", "Ada"), Instant.now()));

      Path start = dir.resolve("start");
      List<CompletableFuture<String>> outputs = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        Process child = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                BurstNode.class.getName(), url, POST.value(), start.toString(), String.valueOf(BURST))
            .redirectErrorStream(true)
            .start();
        children.add(child);
        outputs.add(CompletableFuture.supplyAsync(() -> read(child.getInputStream())));
      }
      Files.createFile(start);

      int stored = 0;
      int flood = 0;
      for (int i = 0; i < PROCESSES; i++) {
        Process child = children.get(i);
        boolean ended = child.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
          child.destroyForcibly();
        }
        String output = outputs.get(i).get(30, TimeUnit.SECONDS);
        assertThat(ended).as("process %d ended in time; its output:%n%s", i, output).isTrue();
        assertThat(child.exitValue()).as("exit status of process %d; its output:%n%s", i, output)
            .isZero();
        Matcher result = RESULT.matcher(output);
        assertThat(result.find()).as("result of process %d in:%n%s", i, output).isTrue();
        stored += Integer.parseInt(result.group(1));
        flood += Integer.parseInt(result.group(2));
      }

      assertThat(stored).as("comments stored by both processes").isEqualTo(1);
      assertThat(flood).isEqualTo(PROCESSES * BURST - 1);
      assertThat(store.commentsOf(POST)).hasSize(1);
    } finally {
      for (Process child : children) {
        child.destroyForcibly();
      }
      execute(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static String read(InputStream output) {
    try (output) {
      return new String(output.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(output unreadable: " + e + ")";
    }
  }

  private static void execute(PGSimpleDataSource dataSource, String... statements) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
