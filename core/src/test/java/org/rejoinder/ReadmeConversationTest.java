package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Mention;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.testing.Docs;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;

/**
 * The README's conversation example (votes, sorts, pins, mentions), run as written; a second test
 * checks that README.md shows exactly the code between the markers below.
 */
class ReadmeConversationTest {
  private static final Path README = Path.of("README.md");

  @Test
  void conversationExample_runsAsWritten() {
    String printed = Docs.printedBy(() -> {
      // README conversation begins
      Rejoinder rejoinder = Rejoinder.builder()
          .guestVotes(true) // visitors without an account vote too
          .listener(new CommentListener() {
            @Override
            public void mentioned(Comment c, Mention mention, Comment mentioned) {
              System.out.println(c.author().displayName() + " answered "
                  + mentioned.author().displayName());
            }
          })
          .build();
      SiteUser ada = SiteUser.of("1", "Ada");
      Post post = rejoinder.createPost(
          Post.of(PostId.of("backups"), "Back up your comments", ada, Instant.now()));
      Comment andrews = rejoinder.submit(NewComment.on(post.id(),
          Guest.of("Andrew Marsh", "andrew@example.org"), Body.plain("Plain files, always.")));
      Comment lenas = rejoinder.submit(NewComment.on(post.id(),
          Guest.of("Lena", "lena@example.org"), Body.plain("A database dump works too.")));
      rejoinder.submit(NewComment.replyTo(post.id(), andrews.id(), ada,
          Body.plain("For Andrew: agreed.")), Actor.moderator(ada)); // names Andrew

      rejoinder.vote(lenas.id(), Actor.visitor("cookie-1"), VoteDirection.UP);
      rejoinder.vote(lenas.id(), Actor.visitor("cookie-1"), VoteDirection.UP); // counted once
      rejoinder.vote(lenas.id(), Actor.visitor("cookie-2"), VoteDirection.UP);
      rejoinder.vote(andrews.id(), Actor.visitor("cookie-1"), VoteDirection.DOWN);

      ThreadOptions best = ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST);
      for (ThreadNode node : rejoinder.thread(post.id(), Actor.ANONYMOUS, best)) {
        Comment c = node.comment().orElseThrow();
        System.out.println("  ".repeat(node.depth() - 1) + node.number().getAsInt() + ". "
            + c.author().displayName() + " (" + c.votes().score() + ")");
      }
      rejoinder.moderation(Actor.moderator(ada)).pin(andrews.id()); // first on page 1
      CommentThread pinned = rejoinder.thread(post.id(), Actor.ANONYMOUS, best);
      System.out.println("Pinned: " + pinned.roots().get(0).comment().orElseThrow().author().displayName());
      // README conversation ends
    });

    assertThat(printed.lines()).containsExactly(
        "Ada answered Andrew Marsh",
        "2. Lena (2)",
        "1. Andrew Marsh (-1)",
        "  3. Ada (0)",
        "Pinned: Andrew Marsh");
  }

  @Test
  void readme_showsTheConversationExampleThatRuns() {
    Docs.assertShows(README, "## Conversation", ReadmeConversationTest.class, "conversation");
  }
}
