package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    List<List<String>> shown = ReadmeSnippet.readmeAndTested(
        "## Quick start", "ReadmeQuickStartTest", "README quick start");
    assertThat(shown.get(0)).isEqualTo(shown.get(1));
  }
}
