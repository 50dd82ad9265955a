package org.rejoinder.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rejoinder.interop.ExportSummary;
import org.rejoinder.interop.PostSelection;
import org.rejoinder.interop.WxrExporter;
import org.rejoinder.model.PostId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export wxr --out FILE [--post ID]}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export comments.",
    subcommands = ExportCommand.Wxr.class)
final class ExportCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name the format: wxr");
  }

  @Command(name = "wxr", mixinStandardHelpOptions = true,
      description = "Write posts and their comments as a WordPress export (WXR 1.2).")
  static final class Wxr implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write")
    Path out = Path.of("");

    @Option(names = "--post", paramLabel = "ID", description = "Only this post (default: every post)")
    @Nullable String post;

    @Option(names = "--site-url", paramLabel = "URL", description = "The site's address (default: ${DEFAULT-VALUE})")
    String siteUrl = "http://localhost/";

    @Mixin Options options = new Options();
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Database db = Database.open(options.url())) {
        PostSelection selection = post == null ? PostSelection.all() : PostSelection.only(PostId.of(post));
        if (post != null && db.store().findPost(PostId.of(post)).isEmpty()) {
          throw new org.rejoinder.error.NotFoundException("post", post);
        }
        ExportSummary summary;
        try (OutputStream stream = Files.newOutputStream(out)) {
          summary = WxrExporter.builder(db.store()).siteUrl(siteUrl).build().export(selection, stream);
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "Exported %,d posts and %,d comments to %s%n",
            summary.posts(), summary.comments(), out);
        return 0;
      }
    }
  }
}
