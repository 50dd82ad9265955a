package org.rejoinder.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

/**
 * The demo: builds {@link SampleDiscussion} in memory and prints its thread as an outline, the
 * way a reader would scan it.
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
    String title = "“" + post.title() + "”";
    if (count == 0) {
      return "No responses to " + title;
    }
    return (count == 1 ? "One response" : count + " responses") + " to " + title;
  }
}
