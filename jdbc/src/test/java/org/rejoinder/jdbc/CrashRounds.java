package org.rejoinder.jdbc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * Kills a {@link CrashWriter} process with SIGKILL round after round on one database, as an
 * application restarting after crashes would use it, and after each kill checks what the
 * reopened database holds: every write the writer saw return, under its own id and with its own
 * text; no comment kept in part; counters that agree with the comments.
 */
final class CrashRounds {
  /** What was acknowledged of one comment. */
  private record Acknowledged(long parent, ModerationState state, long version, int round) {}

  private final CrashTarget target;
  private final int threads;
  private final Map<CommentId, Acknowledged> acknowledged = new HashMap<>();
  private final Set<CommentId> allocated = new HashSet<>();
  private final Set<CommentId> allocatedThisRound = new HashSet<>();
  private final List<String> problems = new ArrayList<>();
  private int writes;
  private int errors;

  /**
   * The number of kills a crash test runs: the system property {@code property} (set by the
   * build from {@code -DcrashRounds} and {@code -DcrashRoundsPostgres}), or {@code otherwise}. A
   * loss that happens once in twenty kills shows in 40 rounds with a probability of 1 - 0.95^40,
   * about 87 %, and in 100 with over 99 %.
   */
  static int configuredRounds(String property, int otherwise) {
    int rounds = Integer.getInteger(property, otherwise);
    if (rounds < 1) {
      throw new IllegalArgumentException(property + " must be at least 1 but was " + rounds);
    }
    return rounds;
  }

  CrashRounds(CrashTarget target, int threads) {
    this.target = target;
    this.threads = threads;
  }

  /** Runs {@code rounds} rounds; returns the problems found, empty if none. */
  List<String> run(int rounds, long minMillis, long maxMillis) throws Exception {
    target.prepare();
    for (int round = 1; round <= rounds; round++) {
      int before = problems.size();
      int writesBefore = writes;
      long start = System.nanoTime();
      writeAndKill(round, ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1));
      target.awaitWritersGone();
      long written = System.nanoTime();
      check(round);
      if (Boolean.getBoolean("rejoinder.crash.verbose")) {
        System.out.printf("%s round %d: %d writes acknowledged, %d problems (%d ms writing, %d ms checking)%n",
            target.name(), round, writes - writesBefore, problems.size() - before,
            (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
      }
    }
    return List.copyOf(problems);
  }

  int acknowledgedWrites() {
    return writes;
  }

  int errors() {
    return errors;
  }

  private void writeAndKill(int round, long millis) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // a quick start on a busy machine: the writer lives for a second or two
        "-XX:TieredStopAtLevel=1", "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName()));
    command.addAll(List.of(target.args()));
    command.add(Integer.toString(threads));
    command.add(Integer.toString(round));
    Process child = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    Thread killer = null;
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (killer == null) {
          killer = new Thread(() -> killAfter(child, millis), "killer");
          killer.setDaemon(true);
          killer.start();
        }
        record(line, round);
      }
    } finally {
      child.destroyForcibly();
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the writer did not die");
      }
    }
  }

  /** Kills the writer with SIGKILL ({@link ProcessHandle#destroyForcibly()} on Unix; unlike {@link
   * Process#destroyForcibly()} it leaves the pipe open, so every line written before is read) after a while. */
  private static void killAfter(Process child, long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    child.toHandle().destroyForcibly();
  }

  private void record(String line, int round) {
    String[] f = line.split(" ");
    try {
      switch (f[0]) {
        case "A" -> {
          if (f.length == 2) {
            CommentId id = CommentId.parse(f[1]);
            if (!allocated.add(id)) {
              problem(round, "id " + id + " was handed out twice");
            }
            allocatedThisRound.add(id);
          }
        }
        case "C" -> {
          if (f.length == 4) {
            acknowledged.put(CommentId.parse(f[1]), new Acknowledged(
                Long.parseLong(f[2]), ModerationState.valueOf(f[3]), 1, round));
            writes++;
          }
        }
        case "U" -> {
          if (f.length == 4) {
            CommentId id = CommentId.parse(f[1]);
            Acknowledged before = acknowledged.get(id);
            acknowledged.put(id, new Acknowledged(before.parent(), ModerationState.valueOf(f[3]),
                Long.parseLong(f[2]), before.round()));
            writes++;
          }
        }
        case "E" -> errors++;
        default -> { }
      }
    } catch (IllegalArgumentException e) {
      // the last line, cut short by the kill
    }
  }

  private void check(int round) throws SQLException {
    try (CrashTarget.Opened opened = target.open(2)) {
      JdbcCommentStore store = opened.store();
      Map<CommentId, Comment> onPost = store.commentsOf(CrashTarget.POST).stream()
          .collect(Collectors.toMap(Comment::id, c -> c));
      for (Map.Entry<CommentId, Acknowledged> e : acknowledged.entrySet()) {
        CommentId id = e.getKey();
        Acknowledged ack = e.getValue();
        Comment stored = onPost.containsKey(id) ? onPost.get(id) : store.findComment(id).orElse(null);
        if (stored == null) {
          problem(round, "acknowledged comment " + id + " of round " + ack.round() + " is lost");
          continue;
        }
        if (!stored.body().text().startsWith(CrashWriter.body(id, ack.round()))) {
          problem(round, "id " + id + " of round " + ack.round() + " now holds another comment: "
              + stored.body().text().strip());
        }
        long parent = stored.parentId() == null ? 0 : stored.parentId().value();
        if (parent != ack.parent()) {
          problem(round, "comment " + id + " has parent " + parent + ", not " + ack.parent());
        }
        if (stored.version() < ack.version()
            || (stored.version() == ack.version() && stored.state() != ack.state())) {
          problem(round, "comment " + id + " is at version " + stored.version() + " "
              + stored.state() + ", acknowledged at " + ack.version() + " " + ack.state());
        }
      }
      for (CommentId id : allocatedThisRound) {
        boolean byId = store.findComment(id).isPresent();
        if (byId != onPost.containsKey(id)) {
          problem(round, "comment " + id + (byId ? " is found by id but not on its post"
              : " is on its post but not found by id"));
        }
      }
      allocatedThisRound.clear();
      Map<Long, Integer> entries = auditEntries(opened);
      for (Comment c : onPost.values()) {
        if (c.parentId() != null && !onPost.containsKey(c.parentId())) {
          problem(round, "comment " + c.id() + " is orphaned");
        }
        int count = entries.getOrDefault(c.id().value(), 0);
        if (count != c.version()) {
          problem(round, "comment " + c.id() + " at version " + c.version() + " has "
              + count + " audit entries");
        }
      }
      checkCounters(round, store, opened, onPost);
    }
  }

  /** Returns how many audit entries each comment has, by comment id. */
  private static Map<Long, Integer> auditEntries(CrashTarget.Opened opened) throws SQLException {
    Map<Long, Integer> entries = new HashMap<>();
    try (Connection c = opened.pool().getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(
            "SELECT comment_id, COUNT(*) FROM rejoinder_audit GROUP BY comment_id")) {
      while (rows.next()) {
        entries.put(rows.getLong(1), rows.getInt(2));
      }
    }
    return entries;
  }

  /**
   * Threads on a page when every page is read back: large, since each round reads every page and
   * a numbered page walks the threads before it, so small pages would make the check grow with
   * the square of what the rounds wrote.
   */
  private static final int PAGE_THREADS = 500;

  private void checkCounters(int round, JdbcCommentStore store, CrashTarget.Opened opened,
      Map<CommentId, Comment> onPost) throws SQLException {
    long approved = onPost.values().stream().filter(c -> c.state() == ModerationState.APPROVED).count();
    long counted = store.count(CommentQuery.all().withPost(CrashTarget.POST)
        .withStates(ModerationState.APPROVED));
    if (counted != approved) {
      problem(round, "count() finds " + counted + " approved comments, the post holds " + approved);
    }
    int shown = 0;
    int before = 0;
    int responseCount = -1;
    for (int page = 1; ; page++) {
      ThreadSlice slice = store.threadPage(
          new ThreadPageRequest(CrashTarget.POST, null, page, PAGE_THREADS, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST));
      responseCount = slice.responseCount();
      if (slice.comments().isEmpty()) {
        break;
      }
      if (slice.responsesBefore() != before) {
        problem(round, "page " + page + " counts " + slice.responsesBefore()
            + " responses before it, the pages before it show " + before);
      }
      int onPage = (int) slice.comments().stream()
          .filter(c -> c.state() == ModerationState.APPROVED).count();
      shown += onPage;
      before += onPage;
    }
    if (responseCount != approved || shown != approved) {
      problem(round, "the post counts " + responseCount + " responses, its pages show " + shown
          + ", it holds " + approved + " approved comments");
    }
    int assembled = Rejoinder.builder().store(store).build()
        .thread(CrashTarget.POST, Actor.ANONYMOUS).responseCount();
    if (assembled != approved) {
      problem(round, "the assembled thread counts " + assembled + " responses, not " + approved);
    }
    try (Connection c = opened.pool().getConnection(); Statement s = c.createStatement();
        ResultSet wrong = s.executeQuery(
            "SELECT t.root_id, t.approved FROM rejoinder_thread t LEFT JOIN"
                + " (SELECT root_id, COUNT(*) AS n FROM rejoinder_comment WHERE state = 'APPROVED'"
                + " GROUP BY root_id) c ON c.root_id = t.root_id"
                + " WHERE t.approved <> COALESCE(c.n, 0)")) {
      while (wrong.next()) {
        problem(round, "thread " + wrong.getLong(1) + " counts " + wrong.getInt(2)
            + " approved comments, which is wrong");
      }
    }
  }

  private final Set<String> seen = new HashSet<>();

  private void problem(int round, String what) {
    if (seen.add(what)) {
      problems.add("round " + round + ": " + what);
    }
  }
}
