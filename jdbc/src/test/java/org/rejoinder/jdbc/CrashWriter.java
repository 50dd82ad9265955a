package org.rejoinder.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;

/**
 * The child process of {@link CrashTest}: writes comments and replies into an H2 file database
 * until it is killed, printing the id of each comment once its write has returned.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    JdbcCommentStore store = JdbcCommentStore.builder(CrashTest.dataSource(args[0], true)).build();
    Random random = new Random();
    List<CommentId> written = new ArrayList<>();
    for (long n = 0; ; n++) {
      CommentId parent = written.isEmpty() || random.nextInt(3) == 0
          ? null : written.get(random.nextInt(written.size()));
      ModerationState state = random.nextInt(4) == 0 ? ModerationState.PENDING : ModerationState.APPROVED;
      Comment c = Comment.create(store.nextCommentId(), CrashTest.POST, parent,
          Guest.of("Writer", "writer@example.com"), Body.plain("comment " + n + " ".repeat(random.nextInt(2000))),
          Instant.now(), state, ClientInfo.NONE);
      store.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, state, ""));
      written.add(c.id());
      out.println(c.id());
    }
  }

}
