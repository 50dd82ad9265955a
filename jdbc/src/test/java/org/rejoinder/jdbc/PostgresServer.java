package org.rejoinder.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster that a test may crash: created with the server's own {@code
 * initdb} in a temporary directory, listening on a free loopback port, stopped with {@code
 * pg_ctl stop -m immediate} (as a power cut or a killed server would stop it) and started again.
 * Run as root, the server's commands run as the {@code postgres} user, since {@code initdb}
 * refuses root.
 */
final class PostgresServer implements AutoCloseable {
  /** Where Debian, Ubuntu and the PGDG packages put the server's programs. */
  private static final Path BINARIES = Path.of("/usr/lib/postgresql");

  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asPostgresUser;

  private PostgresServer(Path bin, Path dir, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** Returns the directory of the newest installed server's programs, if any. */
  static Optional<Path> binaries() {
    if (!Files.isDirectory(BINARIES)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(BINARIES)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
              .replaceAll("\\D", "0"))));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Creates a cluster and starts it. */
  static PostgresServer start(Path bin) throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("rejoinder-pg-crash-");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PostgresServer server = new PostgresServer(bin, dir, port, root);
    if (root) {
      run(List.of("chown", "postgres:postgres", dir.toString()));
    }
    server.pg(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
        "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"));
    server.start();
    return server;
  }

  /** Returns the JDBC URL of the cluster's {@code postgres} database. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  /** Starts the cluster and waits until it accepts connections. */
  void start() throws Exception {
    pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
        "-l", dir.resolve("log").toString(), "-w", "-o",
        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir, "start"));
  }

  /** Stops the cluster at once, without a checkpoint: it recovers from its WAL when started. */
  void crash() throws Exception {
    pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
        "-m", "immediate", "stop"));
  }

  @Override
  public void close() throws Exception {
    try {
      crash();
    } catch (IllegalStateException alreadyStopped) {
      // nothing to stop
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private void pg(List<String> command) throws Exception {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    run(full);
  }

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("exit code " + process.exitValue() + ": " + command);
    }
  }
}
