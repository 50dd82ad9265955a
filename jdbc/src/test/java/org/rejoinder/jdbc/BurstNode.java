package org.rejoinder.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Guest;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;

/**
 * The child process of {@link PostgresTwoProcessesTest}: an application node that, once the start
 * file appears, sends one person's burst of comments through a {@link Rejoinder} of its own with
 * an hour's flood interval, then prints one line, {@code stored <n> flood <n>}, and exits 0; any
 * other refusal or failure ends it with a stack trace and a non-zero status.
 *
 * <p>Arguments: the PostgreSQL JDBC URL (with its schema), the post id, the start file, the
 * number of comments.
 */
public final class BurstNode {
  private BurstNode() {}

  public static void main(String[] args) throws Exception {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(args[0]);
    PostId post = PostId.of(args[1]);
    Path start = Path.of(args[2]);
    int comments = Integer.parseInt(args[3]);
    Rejoinder node = Rejoinder.builder()
        .store(JdbcCommentStore.builder(dataSource).dialect(JdbcDialect.POSTGRESQL).build())
        .moderation(ModerationPolicy.builder().floodInterval(Duration.ofHours(1)).build())
        .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(start)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the start file never appeared: " + start);
      }
      Thread.sleep(5);
    }
    int stored = 0;
    int flood = 0;
    Guest author = Guest.of("Burst", "burst@example.com");
    for (int i = 0; i < comments; i++) {
      try {
        node.submit(NewComment.on(post, author, Body.plain("Comment " + i + " of process "
                + ProcessHandle.current().pid()))
            .withClient(ClientInfo.of("203.0.113.7", "Firefox")));
        stored++;
      } catch (CommentRejectedException e) {
        if (!e.verdict().reason().equals("flood")) {
          throw e;
        }
        flood++;
      }
    }
    System.out.println("stored " + stored + " flood " + flood);
  }
}
