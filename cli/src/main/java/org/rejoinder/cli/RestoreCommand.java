package org.rejoinder.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rejoinder.interop.Backup;
import org.rejoinder.interop.ExportSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Restore a backup into an empty database.")
final class RestoreCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file")
  Path file = Path.of("");

  @Mixin Options options = new Options();
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Database db = Database.open(options.url())) {
      ExportSummary summary = Backup.of(db.store()).restore(file);
      spec.commandLine().getOut().printf(java.util.Locale.ROOT, "Restored %,d posts and %,d comments from %s%n",
          summary.posts(), summary.comments(), file);
      return 0;
    }
  }
}
