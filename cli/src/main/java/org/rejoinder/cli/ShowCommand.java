package org.rejoinder.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code show --post ID [--format markdown|html|outline]}. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print a post's thread as readers see it.")
final class ShowCommand implements Callable<Integer> {
  enum Format { markdown, html, outline }

  @Option(names = "--post", paramLabel = "ID", required = true, description = "The post")
  String post = "";

  @Option(names = "--format", paramLabel = "markdown|html|outline",
      description = "How to print it (default: ${DEFAULT-VALUE})")
  Format format = Format.markdown;

  @Mixin Options options = new Options();
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Database db = Database.open(options.url())) {
      PostId id = PostId.of(post);
      Post found = db.store().findPost(id).orElseThrow(() -> new NotFoundException("post", id));
      CommentThread thread = CommentThread.assemble(found, db.store().commentsOf(id), Actor.ANONYMOUS,
          ThreadOptions.defaults().unpaged(), Instant.now());
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case html -> out.print(HtmlThreadRenderer.builder().fullPage(true).build().render(ThreadView.of(thread)));
        case markdown -> out.print(MarkdownThreadRenderer.builder().build().render(ThreadView.of(thread)));
        case outline -> {
          out.println(thread.responseCount() + " responses to “" + found.title() + "”");
          for (ThreadNode node : thread) {
            String who = node.comment().map(Comment::author).map(a -> a.displayName()).orElse("(deleted)");
            String number = node.number().isPresent() ? node.number().getAsInt() + ". " : "- ";
            String kind = node.comment().filter(Comment::isPing)
                .map(c -> " (" + c.type().name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("");
            out.println("  ".repeat(node.depth() - 1) + number + who + kind);
          }
        }
      }
      out.flush();
      return 0;
    }
  }
}
