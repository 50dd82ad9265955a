package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.ModerationView;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.RejoinderException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.testing.Docs;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/** The integrator's guide, docs/guide.md, run step by step as written. */
class GuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "guide.md");

  private String html = "";

  @Test
  void theGuide_runsStepByStep_andPrintsWhatItSays() {
    String printed = Docs.printedBy(() -> {
      // README guide-rejoinder begins
      Clock clock = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);
      Rejoinder rejoinder = Rejoinder.builder()
          .store(new InMemoryCommentStore())             // the default; JdbcCommentStore for a database
          .clock(clock)                                  // default: the system clock, in UTC
          .moderation(ModerationPolicy.standard())       // the default: WordPress's rules
          .threadOptions(ThreadOptions.defaults()
              .withPerPage(20)                           // 20 top-level threads a page, not 50
              .withMaxDepth(3))                          // replies nest three levels deep, not five
          .build();
      // README guide-rejoinder ends

      // README guide-post begins
      SiteUser margaret = SiteUser.of("7", "Margaret").withWebsite("https://example.com/about");
      Post post = rejoinder.createPost(Post.of(PostId.of("ten-years"),
          "Ten years of writing in public", margaret, clock.instant()));
      // README guide-post ends

      // README guide-submit begins
      Guest ann = Guest.of("Ann", "ann@example.com", "https://ann.example.org");
      Comment question = rejoinder.submit(NewComment.on(post.id(), ann,
              Body.markdown("Which of the ten years taught you *most*?"))
          .withClient(ClientInfo.of("203.0.113.7", "Mozilla/5.0")));

      // The post's author answers: the policy trusts her own comments on her post.
      Comment answer = rejoinder.submit(NewComment.replyTo(post.id(), question.id(), margaret,
              Body.plain("The fourth, when I stopped waiting to be ready."))
          .withClient(ClientInfo.of("198.51.100.2", "Mozilla/5.0")));

      System.out.println(question.state() + ", " + answer.state());
      // README guide-submit ends

      // README guide-thread begins
      Actor viewer = Actor.reader(ann);                  // from your signed cookie or session
      ThreadPage page = rejoinder.threadPage(post.id(), viewer, 1);

      ReplyForm form = ReplyForm.of(post, "/comments")
          .replyingTo(page.thread().node(question.id()).orElseThrow())  // "?replytocom=" in the URL
          .withCsrfToken("_csrf", "token-from-your-framework");
      String html = HtmlThreadRenderer.builder().clock(clock).build()
          .render(new ThreadView(page, form));

      System.out.println(page.thread().responseCount() + " responses, page "
          + page.number() + " of " + page.pageCount());
      // README guide-thread ends
      this.html = html;

      // README guide-moderation begins
      Comment offTopic = rejoinder.submit(NewComment.on(post.id(),
              Guest.of("Kim", "kim@example.net"), Body.plain("Anyone watching the match tonight?"))
          .withClient(ClientInfo.of("192.0.2.55", "Mozilla/5.0")));
      rejoinder.report(offTopic.id(), Actor.reader(ann), "off-topic");  // any known reader may report

      ModerationView moderation = rejoinder.moderation(Actor.moderator(margaret));
      moderation.changeState(offTopic.id(), ModerationState.TRASH, "off-topic");
      System.out.println(rejoinder.thread(post.id()).responseCount() + " responses; "
          + moderation.history(offTopic.id()).size() + " entries in its history");
      // README guide-moderation ends

      // README guide-errors begins
      try {
        rejoinder.submit(NewComment.on(post.id(), Guest.of("Bob", null), Body.plain("Hi!")));
      } catch (CommentRejectedException e) {      // the policy said no: e.verdict() says why
        System.out.println(e.httpStatus() + " " + e.verdict().reason());
      } catch (RejoinderException e) {            // not found, closed, invalid input, ...
        System.out.println(e.code());
      }
      // README guide-errors ends
    });

    assertThat(printed.lines()).containsExactly(
        "APPROVED, APPROVED",
        "2 responses, page 1 of 1",
        "2 responses; 2 entries in its history",
        "400 required-fields");
    Document page = Jsoup.parseBodyFragment(html);
    assertThat(page.select("#respond input[name=comment_parent]").attr("value"))
        .isEqualTo("1");
    assertThat(page.select("input[name=_csrf]").attr("value"))
        .isEqualTo("token-from-your-framework");
    assertThat(page.select("li.comment")).hasSize(2);
  }

  @Test
  void theGuide_showsEachStepsCodeAsItRuns() {
    Docs.assertShows(GUIDE, "## 2. One Rejoinder for the application", GuideTest.class, "guide-rejoinder");
    Docs.assertShows(GUIDE, "## 3. Posts", GuideTest.class, "guide-post");
    Docs.assertShows(GUIDE, "## 4. Taking a comment from a request", GuideTest.class, "guide-submit");
    Docs.assertShows(GUIDE, "## 5. Showing the thread", GuideTest.class, "guide-thread");
    Docs.assertShows(GUIDE, "## 6. Moderating", GuideTest.class, "guide-moderation");
    Docs.assertShows(GUIDE, "## 7. Errors become answers", GuideTest.class, "guide-errors");
  }
}
