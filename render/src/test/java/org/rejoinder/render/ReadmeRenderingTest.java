package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.testing.Docs;
import org.rejoinder.thread.CommentThread;

/** The README's Rendering snippet, run as written, and checked against README.md. */
class ReadmeRenderingTest {
  private static final Path README = Path.of("README.md");

  private String html;

  @Test
  void rendering_runsAsWritten() {
    String printed = Docs.printedBy(() -> {
      // README rendering begins
      Instant noon = Instant.parse("2024-03-01T12:00:00Z");
      Rejoinder rejoinder = Rejoinder.builder().clock(Clock.fixed(noon, ZoneOffset.UTC)).build();
      SiteUser ada = SiteUser.of("1", "Ada");
      Post post = rejoinder.createPost(Post.of(PostId.of("hello"), "Hello <world>", ada, noon));
      Comment question = rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann", "ann@example.com"),
          Body.markdown("What does *threaded* mean? <script>alert(1)</script>")));
      rejoinder.submit(NewComment.replyTo(post.id(), question.id(), ada,
          Body.plain("Replies nest; see https://example.com/threads")));
      CommentThread thread = rejoinder.thread(post.id());

      // HTML: WordPress's markup, a reply form, and the Reply link rendered our way.
      HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
          .part(Part.REPLY_LINK, (context, next) -> node -> context.writer()
              .element("a", "Answer", "class", "answer", "href", "/reply/" + node.id()))
          .build();
      ReplyForm form = ReplyForm.of(post, "/comments")
          .withSignIn(IdentityProvider.GITHUB, "/login/github")
          .withCsrfToken("_csrf", "t0k3n");
      String html = renderer.render(ThreadView.of(thread).withForm(form));

      // Markdown: the same thread as a document.
      System.out.print(MarkdownThreadRenderer.builder().build().render(ThreadView.of(thread)));
      // README rendering ends
      this.html = html;
    });

    assertThat(printed)
        .isEqualTo(Docs.block(README, "The snippet prints", "markdown"));
    Document page = Jsoup.parseBodyFragment(html);
    assertThat(page.select("a.answer").eachAttr("href")).containsExactly("/reply/1", "/reply/2");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.selectFirst("h2").text()).isEqualTo("2 responses to “Hello <world>”");
    assertThat(page.select("input[name=_csrf]").attr("value")).isEqualTo("t0k3n");
  }

  @Test
  void readme_showsTheRenderingSnippetThatRuns() {
    Docs.assertShows(README, "### Rendering a thread", ReadmeRenderingTest.class, "rendering");
  }
}
