package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * A process writing into an H2 file database is killed with SIGKILL; after reopening the file,
 * every comment whose write had returned is there, and the trees and counts are whole.
 */
class CrashTest {
  static final PostId POST = PostId.of("crash");
  private static final int COMMITTED_BEFORE_KILL = 300;

  /**
   * The H2 file database both processes use, written through at each commit; the writer keeps
   * it open between calls, as a pool would.
   */
  static DataSource dataSource(String path, boolean keepOpen) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + path + ";WRITE_DELAY=0" + (keepOpen ? ";DB_CLOSE_DELAY=-1" : ""));
    return h2;
  }

  @Test
  void killedWriter_losesNoReturnedWrite_andLeavesNoOrphan(@TempDir Path dir) throws Exception {
    String path = dir.resolve("comments").toString();
    JdbcCommentStore setup = JdbcCommentStore.builder(dataSource(path, false)).build();
    setup.migrate();
    setup.insertPost(Post.of(POST, "Crash", SiteUser.of("1", "Ed"), Instant.now()));

    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            CrashWriter.class.getName(), path)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Set<CommentId> returned = new HashSet<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        returned.add(CommentId.parse(line));
        if (returned.size() == COMMITTED_BEFORE_KILL) {
          child.destroyForcibly();
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(returned).as("writes the child reported").hasSize(COMMITTED_BEFORE_KILL);

    JdbcCommentStore reopened = JdbcCommentStore.builder(dataSource(path, false)).build();
    List<Comment> stored = reopened.commentsOf(POST);
    Map<CommentId, Comment> byId = stored.stream().collect(Collectors.toMap(Comment::id, Function.identity()));
    assertThat(byId.keySet()).containsAll(returned);
    for (Comment c : stored) {
      if (c.parentId() != null) {
        assertThat(byId).as("parent of %s", c.id()).containsKey(c.parentId());
      }
      assertThat(reopened.auditTrail(c.id())).as("history of %s", c.id()).hasSize(1);
    }
    ThreadSlice all = reopened.threadPage(ThreadPageRequest.of(POST, Actor.ANONYMOUS, ThreadOptions.DEFAULTS.unpaged(), 1));
    assertThat(all.responseCount()).isEqualTo(
        reopened.count(CommentQuery.all().withPost(POST).withStates(ModerationState.APPROVED)));
    assertThat(all.comments()).hasSizeLessThanOrEqualTo(stored.size());
  }
}
