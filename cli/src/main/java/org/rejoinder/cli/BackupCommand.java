package org.rejoinder.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rejoinder.interop.Backup;
import org.rejoinder.interop.ExportSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backup --out FILE}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Write everything the database keeps to a lossless backup (JSON Lines).")
final class BackupCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write")
  Path out = Path.of("");

  @Mixin Options options = new Options();
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Database db = Database.open(options.url())) {
      ExportSummary summary;
      try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
        summary = Backup.of(db.store()).write(stream);
      }
      spec.commandLine().getOut().printf(java.util.Locale.ROOT, "Backed up %,d posts and %,d comments to %s%n",
          summary.posts(), summary.comments(), out);
      return 0;
    }
  }
}
