package org.rejoinder.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rejoinder.ErasureReport;
import org.rejoinder.PersonalDataExport;
import org.rejoinder.PersonalDataView;
import org.rejoinder.Rejoinder;
import org.rejoinder.interop.PersonalDataJson;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Role;
import org.rejoinder.store.ErasureRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A reader's request about their personal data, as WordPress's exporter and eraser answer it:
 * {@code export-personal-data} and {@code erase-personal-data}.
 */
final class PersonalDataCommands {
  private PersonalDataCommands() {}

  private static PersonalDataView view(Database db, Actor admin) {
    return Rejoinder.builder().store(db.store()).build().personalData(admin);
  }

  /** {@code export-personal-data --email ADDRESS [--out FILE]}. */
  @Command(name = "export-personal-data", mixinStandardHelpOptions = true,
      description = "Write everything stored about an email address as JSON (WordPress's export shape).")
  static final class Export implements Callable<Integer> {
    @Option(names = "--email", paramLabel = "ADDRESS", required = true, description = "The reader's address")
    String email = "";

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output)")
    @Nullable Path out;

    @Mixin Options options = new Options();
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Database db = Database.open(options.url())) {
        PersonalDataExport export = view(db, Actor.SYSTEM).export(email);
        if (out == null) {
          PrintWriter writer = spec.commandLine().getOut();
          ByteArrayOutputStream buffer = new ByteArrayOutputStream();
          PersonalDataJson.write(export, c -> null, buffer);
          writer.println(buffer.toString(StandardCharsets.UTF_8));
          writer.flush();
        } else {
          try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            PersonalDataJson.write(export, c -> null, stream);
          }
          spec.commandLine().getOut().printf(Locale.ROOT,
              "Exported %,d comments, %,d reports, %,d subscriptions and %,d votes to %s%n",
              export.comments().size(), export.reportsFiled().size(), export.subscriptions().size(),
              export.votes().size(), out);
        }
        return 0;
      }
    }
  }

  /** {@code erase-personal-data --email ADDRESS --requested-by NAME [--yes]}. */
  @Command(name = "erase-personal-data", mixinStandardHelpOptions = true,
      description = "Anonymize everything stored about an email address, and record who asked.")
  static final class Erase implements Callable<Integer> {
    @Option(names = "--email", paramLabel = "ADDRESS", required = true, description = "The reader's address")
    String email = "";

    @Option(names = "--requested-by", paramLabel = "NAME", required = true,
        description = "Who asked for the erasure (an operator's name, not an email address); recorded as operator:NAME")
    String requestedBy = "";

    @Option(names = "--yes", description = "Erase without asking; required when no terminal can ask")
    boolean yes;

    @Mixin Options options = new Options();
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (requestedBy.isBlank() || requestedBy.indexOf('@') >= 0) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--requested-by must name who asked, without an email address");
      }
      Actor admin = new Actor("operator:" + requestedBy.strip(), Role.ADMIN);
      if (!yes) {
        Console console = System.console();
        if (console == null) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "An erasure cannot be undone: add --yes to erase without a terminal to confirm on");
        }
        String answer = console.readLine("Erase everything stored about %s? It cannot be undone. [y/N] ", email);
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
          spec.commandLine().getOut().println("Nothing erased.");
          return 0;
        }
      }
      try (Database db = Database.open(options.url())) {
        ErasureReport report = view(db, admin).erase(email);
        ErasureRecord r = report.record();
        spec.commandLine().getOut().printf(Locale.ROOT,
            "Erased (request %s, by %s at %s): %,d comments, %,d revisions, %,d reports,"
                + " %,d subscriptions, %,d votes, %,d mentions%n",
            r.requestId(), r.requestedBy(), r.requestedAt(), r.comments(), r.revisions(), r.reports(),
            r.subscriptions(), r.votes(), r.mentions());
        return 0;
      }
    }
  }
}
