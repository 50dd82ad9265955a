package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ExternalCheckRule;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.SpamChecker;
import org.rejoinder.moderation.Verdict;
import org.rejoinder.testing.Docs;

/**
 * The README's moderation example, run as written; a second test checks that README.md shows
 * exactly the code between the markers below.
 */
class ReadmeModerationTest {
  private static final Path README = Path.of("README.md");


  @Test
  void moderationExample_runsAsWritten() {
    String printed = Docs.printedBy(() -> {
      // README moderation begins
      SpamChecker akismet = submission -> Verdict.APPROVED; // call your spam service here
      BanList bans = new BanList();
      ModerationPolicy policy = ModerationPolicy.builder() // WordPress's defaults, then:
          .maxLinks(3)                                     // hold at 3 links, not 2
          .moderationKeywords("idiot", "casino")           // hold for review
          .disallowedKeywords("keep an eye on your blog")  // straight to the trash...
          .disallowedDecision(Decision.SPAM)               // ...or rather to spam
          .holdFirstComments(true)                         // on in WordPress, opt-in here
          .bans(bans)
          .externalChecker(akismet, Duration.ofSeconds(2), ExternalCheckRule.OnFailure.HOLD)
          .build();
      bans.add(Ban.ip("203.0.113.0/24").until(Instant.now().plus(Duration.ofDays(7))));

      Rejoinder rejoinder = Rejoinder.builder()
          .moderation(policy)
          .editWindow(Duration.ofMinutes(15))  // the default
          .reportsToHold(3)                    // the default
          .listener(new CommentListener() {
            @Override
            public void posted(Comment c) {
              System.out.println("posted, " + c.state());
            }
          })
          .build();

      SiteUser ada = SiteUser.of("1", "Ada");
      Post post = rejoinder.createPost(
          Post.of(PostId.of("hello-world"), "Hello world", ada, Instant.now()));
      try {
        rejoinder.submit(NewComment.on(post.id(), Guest.of("Anon", null), Body.plain("Hi")));
      } catch (CommentRejectedException e) {
        System.out.println(e.httpStatus() + " " + e.verdict().reason());
      }
      Comment jo = rejoinder.submit(NewComment.on(post.id(),
          Guest.of("Jo", "jo@example.com"), Body.plain("First time here!")));

      ModerationView moderation = rejoinder.moderation(Actor.moderator(ada));
      System.out.println(moderation.history(jo.id()).get(0).reason());
      for (QueueItem item : moderation.queue(0, 20).items()) {
        moderation.changeState(item.comment().id(), ModerationState.APPROVED, "welcome");
      }
      System.out.println(rejoinder.thread(post.id()).responseCount() + " response");
      // README moderation ends
    });

    assertThat(printed.lines())
        .containsExactly("400 required-fields", "posted, PENDING", "first-comment", "1 response");
  }

  @Test
  void readme_showsTheModerationExampleThatRuns() {
    Docs.assertShows(README, "## Moderation", ReadmeModerationTest.class, "moderation");
  }
}
