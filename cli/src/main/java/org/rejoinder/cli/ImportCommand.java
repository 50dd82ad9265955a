package org.rejoinder.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.rejoinder.interop.DisqusImporter;
import org.rejoinder.interop.DisqusThread;
import org.rejoinder.interop.ImportListener;
import org.rejoinder.interop.ImportProgress;
import org.rejoinder.interop.ImportReport;
import org.rejoinder.interop.WxrImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import wxr FILE} and {@code import disqus FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import comments from another system's export.",
    subcommands = {ImportCommand.Wxr.class, ImportCommand.Disqus.class})
final class ImportCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name what to import: wxr or disqus");
  }

  /** What both imports take. */
  static class Common {
    @Parameters(index = "0", paramLabel = "FILE", description = "The export file")
    Path file = Path.of("");

    @Mixin Options options = new Options();

    @Option(names = "--dry-run", description = "Read and report only; store nothing")
    boolean dryRun;

    @Option(names = "--commit-every", paramLabel = "N",
        description = "Commit every N comments, for very large files (default: one transaction)")
    int commitEvery;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    int report(ImportReport report) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.summary());
      out.flush();
      return 0;
    }

    /** A progress bar with rate and ETA on a terminal; nothing otherwise. */
    @Nullable ProgressBar bar() throws java.io.IOException {
      if (System.console() == null) {
        return null;
      }
      return new ProgressBarBuilder().setTaskName("Importing").setInitialMax(Files.size(file))
          .setUnit(" MB", 1_000_000).setStyle(ProgressBarStyle.ASCII).showSpeed().build();
    }

    static ImportListener listener(@Nullable ProgressBar bar) {
      return new ImportListener() {
        @Override
        public void progress(ImportProgress progress) {
          if (bar != null) {
            bar.stepTo(progress.bytesRead());
            bar.setExtraMessage(String.format(java.util.Locale.ROOT, " %,d comments",
                progress.commentsRead()));
          }
        }
      };
    }
  }

  @Command(name = "wxr", mixinStandardHelpOptions = true,
      description = "Import a WordPress export (WXR 1.0 to 1.2).")
  static final class Wxr extends Common implements Callable<Integer> {
    @Option(names = "--drafts", description = "Also import drafts, pending and private posts")
    boolean drafts;

    @Option(names = "--zone", paramLabel = "ZONE",
        description = "The site's time zone, for dates given only in local time (default: UTC)")
    String zone = "UTC";

    @Override
    public Integer call() throws Exception {
      try (Database db = Database.open(options.url()); ProgressBar bar = bar()) {
        WxrImporter importer = WxrImporter.builder(db.store()).dryRun(dryRun).commitEvery(commitEvery)
            .includeDrafts(drafts).siteZone(java.time.ZoneId.of(zone)).listener(listener(bar)).build();
        ImportReport report = importer.importFile(file);
        if (bar != null) {
          bar.close();
        }
        return report(report);
      }
    }
  }

  @Command(name = "disqus", mixinStandardHelpOptions = true, description = "Import a Disqus export.")
  static final class Disqus extends Common implements Callable<Integer> {
    enum MatchBy { link, identifier }

    @Option(names = "--match-by", paramLabel = "link|identifier",
        description = "Match threads to posts by the page's link or the site's identifier (default: ${DEFAULT-VALUE})")
    MatchBy matchBy = MatchBy.identifier;

    @Override
    public Integer call() throws Exception {
      try (Database db = Database.open(options.url()); ProgressBar bar = bar()) {
        DisqusImporter importer = DisqusImporter.builder(db.store()).dryRun(dryRun).commitEvery(commitEvery)
            .matchBy(matchBy == MatchBy.link ? DisqusThread.Matcher.byLink() : DisqusThread.Matcher.byIdentifier())
            .listener(listener(bar)).build();
        ImportReport report = importer.importFile(file);
        if (bar != null) {
          bar.close();
        }
        return report(report);
      }
    }
  }
}
