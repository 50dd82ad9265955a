package org.rejoinder.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;

/**
 * The child process of the crash tests: several threads write into one database through one
 * {@link JdbcCommentStore} until the process is killed, as an application's request threads do.
 * Each new comment takes an id from the store and is then stored with its audit entry, as {@code
 * Rejoinder.submit} does; now and then a thread approves one of its held comments. A line on
 * standard output reports each step once the store's call has returned:
 *
 * <ul>
 *   <li>{@code A <id>}: the id was allocated (before the comment is stored);
 *   <li>{@code C <id> <parent or 0> <state>}: the comment was stored;
 *   <li>{@code U <id> <version> <state>}: the comment's new version was stored.
 * </ul>
 *
 * <p>Arguments: the target (see {@link CrashTarget#args()}), the number of threads, the round.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    CrashTarget target = CrashTarget.fromArgs(args[0], args[1]);
    int threads = Integer.parseInt(args[2]);
    int round = Integer.parseInt(args[3]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (CrashTarget.Opened opened = target.openWriter(threads)) {
      JdbcCommentStore store = opened.store();
      List<Thread> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        writers.add(new Thread(() -> write(store, out, round, thread), "writer-" + t));
      }
      writers.forEach(Thread::start);
      for (Thread writer : writers) {
        writer.join();
      }
    }
  }

  /** Returns the text of a comment, which tells the comment apart from any other. */
  static String body(CommentId id, int round) {
    return "comment " + id + " written in round " + round;
  }

  private static void write(JdbcCommentStore store, PrintStream out, int round, int thread) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<CommentId> approved = new ArrayList<>();
    List<Comment> held = new ArrayList<>();
    Guest author = Guest.of("Writer " + thread, "writer" + thread + "@example.com");
    while (true) {
      try {
        if (!held.isEmpty() && random.nextInt(5) == 0) {
          Comment pending = held.remove(held.size() - 1);
          Instant now = Instant.now();
          Comment next = pending.withState(ModerationState.APPROVED, now);
          store.updateComment(next, new AuditEntry(next.id(), now, Actor.SYSTEM,
              ModerationState.PENDING, ModerationState.APPROVED, "approved"));
          approved.add(next.id());
          out.println("U " + next.id() + " " + next.version() + " " + next.state());
          continue;
        }
        CommentId parent = approved.isEmpty() || random.nextInt(3) == 0
            ? null : approved.get(random.nextInt(approved.size()));
        ModerationState state = random.nextInt(4) == 0 ? ModerationState.PENDING : ModerationState.APPROVED;
        CommentId id = store.nextCommentId();
        out.println("A " + id);
        Comment c = Comment.create(id, CrashTarget.POST, parent, author,
            Body.plain(body(id, round) + " ".repeat(random.nextInt(1500))), Instant.now(), state,
            ClientInfo.NONE);
        store.insertComment(c, new AuditEntry(id, c.createdAt(), Actor.SYSTEM, null, state, "new"));
        if (state == ModerationState.APPROVED) {
          approved.add(id);
        } else {
          held.add(c);
        }
        out.println("C " + id + " " + (parent == null ? 0 : parent.value()) + " " + state);
      } catch (RuntimeException e) {
        out.println("E " + e);
      }
    }
  }
}
