package org.rejoinder.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rejoinder} command: imports from WordPress and Disqus, WXR exports, backups and
 * restores, threads shown as Markdown, HTML or an outline, and readers' personal data exported
 * or erased, on an embedded database file or
 * any JDBC URL. Exit codes: 0 done, 1 bad input (a file, an id) or a failure, 2 a usage mistake.
 * Errors take one line on standard error; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "rejoinder",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Move comments in and out of a Rejoinder database.",
    subcommands = {
        ImportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class,
        ShowCommand.class, PersonalDataCommands.Export.class, PersonalDataCommands.Erase.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with {@code out} and {@code err}, and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      boolean verbose = parsed.hasMatchedOption("--verbose")
          || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
          || hasVerbose(parsed);
      line.getErr().println("rejoinder: " + message(e));
      if (verbose) {
        e.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return 1;
    });
    return cli.execute(args);
  }

  private static boolean hasVerbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  static String message(Throwable e) {
    if (e instanceof UncheckedIOException io && io.getCause() != null) {
      return String.valueOf(io.getMessage()) + ": " + io.getCause().getMessage();
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a command");
  }

  /** The version printed by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"rejoinder " + (version == null ? "(development)" : version)};
    }
  }
}
