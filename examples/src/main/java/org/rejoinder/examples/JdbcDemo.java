package org.rejoinder.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.thread.CommentThread;

/**
 * The JDBC store on a SQLite file database, set up to keep every comment whose write returned
 * (WAL mode, {@code synchronous=FULL}): each run adds a comment, and shows every comment the
 * earlier runs left in the file.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=org.rejoinder.examples.JdbcDemo}, twice. The database is {@code
 * examples/target/jdbc-demo/comments.db} unless a path is given ({@code -Dexec.args=path}).
 */
public final class JdbcDemo {
  static final PostId POST = PostId.of("visitors-book");
  /** Paths that cannot carry URL settings: no '?', '&', ';' or quotes. */
  private static final Pattern SAFE_PATH = Pattern.compile("[\\w ./\\\\:-]+");

  private JdbcDemo() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path file = args.length > 0
        ? Path.of(args[0])
        : Path.of(System.getProperty("rejoinder.examples.target", "target"), "jdbc-demo", "comments.db");
    run(file, out);
  }

  /** Opens (or creates) the database at {@code file}, adds this run's comment and prints the thread. */
  static void run(Path file, PrintStream out) {
    try (HikariDataSource pool = new HikariDataSource(sqlite(file))) {
      JdbcCommentStore store = JdbcCommentStore.builder(pool).build();
      int applied = store.migrate();
      out.println("Database " + file.toAbsolutePath() + ", schema version "
          + store.schemaVersion() + (applied > 0 ? " (just created)" : ""));

      Rejoinder rejoinder = Rejoinder.builder().store(store).build();
      if (store.findPost(POST).isEmpty()) {
        rejoinder.createPost(Post.of(POST, "Visitors' book", SiteUser.of("1", "Ada"), Instant.now()));
      }
      long run = store.count(CommentQuery.all().withPost(POST)) + 1;
      Comment added = rejoinder.submit(NewComment.on(POST,
          Guest.of("Visitor " + run, "visitor" + run + "@example.com"),
          Body.plain("Run " + run + " was here.")));
      out.println("Added comment " + added.id() + "; run again to see it still there.\n");

      CommentThread thread = rejoinder.thread(POST);
      out.print(Demo.outline(thread));
    }
  }

  private static HikariConfig sqlite(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    if (!SAFE_PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("Database path must be letters, digits, spaces and . / - _ : only");
    }
    HikariConfig config = new HikariConfig();
    // WAL with synchronous=FULL: a comment whose write returned survives a crash of the process
    // and of the machine. Foreign keys on; writers wait up to 10 s for each other.
    config.setJdbcUrl("jdbc:sqlite:" + path
        + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000");
    config.setMaximumPoolSize(4);
    return config;
  }
}
