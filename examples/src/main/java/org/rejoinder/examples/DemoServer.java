package org.rejoinder.examples;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Function;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.rejoinder.Rejoinder;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.moderation.ModerationListStore;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.render.Avatars;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.jdk.JdkHttpHandler;

/**
 * The demo: a web server on {@code http://localhost:8080} where readers post comments and
 * replies under the sample post, vote on them and choose their order (oldest, newest, best, top,
 * controversial, hot), and a moderator works through the queue and pins threads. Comments are kept in a
 * SQLite file under {@code examples/target/demo-db/}, the embedded database that keeps every
 * write it acknowledged (WAL, every commit synced), seeded with {@link SampleDiscussion} on the
 * first start. Only the JDK's HTTP server is used, with a bounded pool of threads; Ctrl-C stops it
 * cleanly.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am package -DskipTests exec:java} from the
 * repository root; {@code -Dport=9090} picks another port.
 */
public final class DemoServer implements AutoCloseable {
  /** The demo moderator's user name. */
  public static final String MODERATOR = "moderator";
  private static final Pattern SAFE_PATH = Pattern.compile("[\\w ./\\\\:-]+");

  /**
   * How to start the server.
   *
   * @param port the port, 0 for any free one
   * @param database the SQLite database file
   * @param policy makes the moderation policy, given the store, which keeps the bans and keyword
   *     lists that the administrator changes on the moderation page
   * @param threads the most requests served at once; more wait in a queue
   */
  public record Settings(int port, Path database, Function<ModerationListStore, ModerationPolicy> policy,
      int threads) {
    /** The demo's settings with the database under {@code target}. */
    public static Settings defaults(int port, Path target) {
      return new Settings(port, target.resolve("demo-db").resolve("rejoinder.db"), SampleDiscussion::policy, 32);
    }
  }

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final HikariDataSource pool;
  private final String password;
  private final boolean seeded;

  private DemoServer(HttpServer server, ThreadPoolExecutor executor, HikariDataSource pool,
      String password, boolean seeded) {
    this.server = server;
    this.executor = executor;
    this.pool = pool;
    this.password = password;
    this.seeded = seeded;
  }

  /** Starts a server: opens (and on first start, seeds) the database, then listens. */
  public static DemoServer start(Settings settings) throws IOException {
    HikariDataSource pool = new HikariDataSource(sqlite(settings.database(), settings.threads()));
    try {
      JdbcCommentStore store = JdbcCommentStore.builder(pool).build();
      store.migrate();
      boolean seed = store.findPost(SampleDiscussion.POST_ID).isEmpty();
      if (seed) {
        SampleDiscussion.create(store);
      }
      // Readers of the demo are guests: they vote too, each browser once per comment.
      Rejoinder rejoinder = Rejoinder.builder().store(store).moderation(settings.policy().apply(store))
          .guestVotes(true).build();
      SecureRandom random = new SecureRandom();
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      byte[] passwordBytes = new byte[9];
      random.nextBytes(passwordBytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(passwordBytes);
      DemoSite site = new DemoSite(secret, MODERATOR, password);
      CommentsWeb web = site.routes(CommentsWeb.builder(rejoinder, secret)
              .identities(site::signedIn)
              .layout(site::layout)
              .avatars(Avatars.initials(40))
              .signInUrl("/login"))
          .build();
      ThreadPoolExecutor executor = new ThreadPoolExecutor(settings.threads(), settings.threads(),
          30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2_000), new ThreadPoolExecutor.CallerRunsPolicy());
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", settings.port()), 1_000);
      server.createContext("/", new JdkHttpHandler(web));
      server.setExecutor(executor);
      server.start();
      return new DemoServer(server, executor, pool, password, seed);
    } catch (IOException | RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Returns the server's address, such as {@code http://localhost:8080/}. */
  public URI url() {
    return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
  }

  /** Returns the demo moderator's password, new at every start. */
  public String moderatorPassword() {
    return password;
  }

  /** Returns whether this start seeded the database with the sample discussion. */
  public boolean seeded() {
    return seeded;
  }

  /** Stops taking requests, lets those in progress finish (a second at most), closes the database. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool.close();
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int port = Integer.parseInt(args.length > 0 ? args[0] : System.getProperty("port", "8080"));
    Path target = Path.of(System.getProperty("rejoinder.examples.target", Demo.outputDirectory().toString()));
    DemoServer server = start(Settings.defaults(port, target));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      out.println("Stopped.");
      stopped.countDown();
    }, "demo-server-shutdown"));
    out.println(server.seeded() ? "Seeded the sample discussion." : "Opened the demo's database.");
    out.printf("Rejoinder demo running at %s%n", server.url());
    out.printf("Moderator: user %s, password %s (sign in at %slogin)%n", MODERATOR,
        server.moderatorPassword(), server.url());
    out.println("Press Ctrl-C to stop.");
    stopped.await();
  }

  private static HikariConfig sqlite(Path file, int threads) throws IOException {
    String path = file.toAbsolutePath().normalize().toString();
    if (!SAFE_PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("Database path must be letters, digits, spaces and . / - _ : only");
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    HikariConfig config = new HikariConfig();
    // WAL with synchronous=FULL: a comment whose write returned survives a crash of the process
    // and of the machine. Foreign keys on; writers wait up to 10 s for each other.
    config.setJdbcUrl("jdbc:sqlite:" + path
        + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000");
    config.setMaximumPoolSize(Math.min(threads, 8));
    return config;
  }

  /** Compares two strings in constant time. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
