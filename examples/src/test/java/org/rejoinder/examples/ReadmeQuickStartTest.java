package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

/**
 * The README's Quick start, run as written. A second test checks that README.md shows exactly
 * the code between the markers below, so the two cannot drift apart.
 */
class ReadmeQuickStartTest {

  @Test
  void quickStart_runsAsWritten() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // README quick start begins
      Rejoinder rejoinder = Rejoinder.builder().build(); // in-memory store, system clock

      SiteUser ada = SiteUser.of("1", "Ada");
      Post post = rejoinder.createPost(
          Post.of(PostId.of("hello-world"), "Hello world", ada, Instant.now()));

      Comment question = rejoinder.submit(NewComment.on(post.id(),
          Guest.of("Ann", "ann@example.com"), Body.markdown("What does *threaded* mean?")));
      rejoinder.submit(NewComment.replyTo(post.id(), question.id(),
          ada, Body.plain("Replies nest under the comment they answer.")));

      CommentThread thread = rejoinder.thread(post.id());
      System.out.println(thread.responseCount() + " responses");
      for (ThreadNode node : thread) {
        Comment c = node.comment().orElseThrow();
        System.out.println("  ".repeat(node.depth() - 1)
            + node.number().getAsInt() + ". " + c.author().displayName());
      }
      // README quick start ends
    } finally {
      System.setOut(original);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("2 responses", "1. Ann", "  2. Ada");
  }

  @Test
  void readme_showsTheQuickStartThatRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("## Quick start.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has a java block under ## Quick start").isTrue();

    String source =
        Files.readString(
            Path.of("src/test/java/org/rejoinder/examples/ReadmeQuickStartTest.java"),
            StandardCharsets.UTF_8);
    String tested =
        source.substring(
            source.indexOf('\n', source.indexOf("// README quick start begins")) + 1,
            source.indexOf("// README quick start ends"));

    assertThat(normalise(block.group(1))).isEqualTo(normalise(tested));
  }

  /** Drops the common indentation and blank edges, so only the code itself is compared. */
  static List<String> normalise(String code) {
    List<String> lines = code.stripTrailing().lines().dropWhile(String::isBlank).toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
  }
}
