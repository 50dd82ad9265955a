package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.testing.Docs;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

/**
 * The README's Quick start, run as written. A second test checks that README.md shows exactly
 * the code between the markers below, so the two cannot drift apart.
 */
class ReadmeQuickStartTest {
  private static final Path README = Path.of("..", "README.md");


  @Test
  void quickStart_runsAsWritten() {
    String printed = Docs.printedBy(() -> {
      // README quick start begins
      Rejoinder rejoinder = Rejoinder.builder().build(); // in-memory store, system clock

      SiteUser ada = SiteUser.of("1", "Ada");
      Post post = rejoinder.createPost(
          Post.of(PostId.of("hello-world"), "Hello world", ada, Instant.now()));

      Comment question = rejoinder.submit(NewComment.on(post.id(),
              Guest.of("Ann", "ann@example.com"), Body.markdown("What does *threaded* mean?"))
          .withClient(ClientInfo.of("203.0.113.7", "Mozilla/5.0"))); // from the request: IP bans, flood
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
    });

    assertThat(printed.lines())
        .containsExactly("2 responses", "1. Ann", "  2. Ada");
  }

  @Test
  void readme_showsTheQuickStartThatRuns() {
    Docs.assertShows(README, "## Quick start", ReadmeQuickStartTest.class, "quick start");
  }
}
