package org.rejoinder.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.Post;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.Links;
import org.rejoinder.render.Messages;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadRenderer;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.Voting;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;

/**
 * The demo: builds {@link SampleDiscussion} in memory, prints its thread as an outline, the way
 * a reader would scan it, and writes it as a standalone HTML page and as a Markdown document,
 * both with the comments' scores and the pinned thread first, and the page once more with the
 * best comments first.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java} from the
 * repository root.
 */
public final class Demo {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private Demo() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SampleDiscussion discussion = SampleDiscussion.create(new InMemoryCommentStore());
    CommentThread thread = discussion.rejoinder().thread(discussion.post().id());
    out.print(outline(thread));
    out.printf("%n(%d comments were submitted; spam and comments awaiting moderation are not shown.)%n",
        SampleDiscussion.scriptedComments());

    Path directory = outputDirectory();
    Path page = directory.resolve("discussion.html");
    Path best = directory.resolve("discussion-best.html");
    Path markdown = directory.resolve("discussion.md");
    write(page, pageRenderer(), view(thread));
    CommentThread byBest = discussion.rejoinder().thread(discussion.post().id(), Actor.ANONYMOUS,
        ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST));
    write(best, pageRenderer(), view(byBest));
    write(markdown, MarkdownThreadRenderer.builder().build(),
        ThreadView.of(thread).withVoting(Voting.scoresOnly()));
    Path here = Path.of("").toAbsolutePath();
    out.printf("%nWrote the discussion as a web page to %s (the best comments first: %s)%n"
            + "and as Markdown to %s%n",
        here.relativize(page.toAbsolutePath()), here.relativize(best.toAbsolutePath()),
        here.relativize(markdown.toAbsolutePath()));
  }

  /**
   * Returns the renderer of the demo's pages: full pages, with initials rather than Gravatar
   * images so that a page loads nothing from elsewhere, and a sort selector linking the two
   * pages written.
   */
  static HtmlThreadRenderer pageRenderer() {
    Links files = new Links() {
      @Override
      public String sort(Post post, CommentOrder order) {
        return order.equals(CommentOrder.BEST) ? "discussion-best.html" : "discussion.html";
      }
    };
    return HtmlThreadRenderer.builder()
        .fullPage(true)
        .avatars(Avatars.initials(40))
        .links(files)
        .sorts(List.of(CommentOrder.OLDEST_FIRST, CommentOrder.BEST))
        .build();
  }

  /** Returns the first page of the thread with the form a guest sees under it. */
  static ThreadView view(CommentThread thread) {
    ReplyForm form = ReplyForm.of(thread.post(), "#respond")
        .withSignIn(IdentityProvider.WORDPRESS_COM, "#sign-in-wordpress")
        .withSignIn(IdentityProvider.GITHUB, "#sign-in-github");
    return ThreadView.of(thread).withForm(form).withVoting(Voting.scoresOnly());
  }

  /** Renders {@code view} straight into a file, without building the output in memory. */
  static void write(Path file, ThreadRenderer renderer, ThreadView view) {
    try {
      Files.createDirectories(file.getParent());
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        renderer.render(view, writer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the examples module's target directory, run from the repository root or the module. */
  static Path outputDirectory() {
    return Files.isDirectory(Path.of("examples", "src")) ? Path.of("examples", "target")
        : Path.of("target");
  }

  /** Returns the thread as an indented plain-text outline. */
  public static String outline(CommentThread thread) {
    StringBuilder out = new StringBuilder();
    out.append(responsesHeading(thread.responseCount(), thread.post())).append("\n\n");
    for (ThreadNode node : thread) {
      String indent = "    ".repeat(node.depth() - 1);
      if (node.isPlaceholder()) {
        out.append(indent).append("[This comment was deleted.]\n");
        continue;
      }
      Comment c = node.comment().orElseThrow();
      out.append(indent)
          .append(node.number().isPresent() ? node.number().getAsInt() + ". " : "")
          .append(c.author().displayName())
          .append(thread.post().isAuthor(c.author()) ? " (author)" : "")
          .append(" — ")
          .append(WHEN.format(c.createdAt()));
      if (node.isPinned()) {
        out.append(" — pinned");
      }
      if (c.votes().total() > 0) {
        out.append(" — ").append(Messages.english().score(c.votes().score()));
      }
      if (node.kind() == ThreadNode.Kind.AWAITING_MODERATION) {
        out.append(" — Your comment is awaiting moderation.");
      }
      out.append('\n');
      for (String line : c.body().text().split("\n")) {
        out.append(indent).append("    ").append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** Returns "No responses to “Title”", "One response to …" or "N responses to …". */
  static String responsesHeading(int count, Post post) {
    return Messages.english().responses(count, post.title());
  }
}
