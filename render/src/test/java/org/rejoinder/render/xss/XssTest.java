package org.rejoinder.render.xss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.thread.CommentThread;

/**
 * Known XSS vectors through every place user text reaches output: bodies in each format, author
 * names, author websites and post titles, in the HTML and the Markdown renderers. Output is
 * checked by parsing it, not by looking for strings.
 */
class XssTest {
  private static final BodyRenderer BODIES = BodyRenderer.create();
  private static final BodyRenderer WITH_IMAGES =
      BodyRenderer.builder().allowImages(true).openLinksInNewTab(true).build();
  private static final HtmlThreadRenderer HTML =
      HtmlThreadRenderer.builder().bodies(BODIES).build();
  private static final MarkdownThreadRenderer MARKDOWN =
      MarkdownThreadRenderer.builder().bodies(BODIES).build();

  static Stream<String> vectors() {
    return XssVectors.all().stream();
  }

  @Test
  void theSuiteHasOverOneHundredVectors() {
    assertThat(XssVectors.all()).hasSizeGreaterThanOrEqualTo(100);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void aBodyInAnyFormat_rendersNothingExecutable(String vector) {
    for (BodyFormat format : BodyFormat.values()) {
      Body body = new Body(vector, format);
      for (BodyRenderer renderer : List.of(BODIES, WITH_IMAGES)) {
        Document html =
            SafeHtml.assertSafe(renderer.html(body), imagesToo(renderer), format + " body");
        for (Element link : html.select("a")) {
          assertThat(link.attr("rel")).as("rel of %s", link).contains("nofollow", "ugc");
          assertThat(link.attr("href")).as("href of %s", link)
              .matches("(?i)(https?://|mailto:|#comment-).*");
        }
      }
      String thread = HTML.render(view(Fixtures.comment(1, null, Fixtures.ANN, body,
          ModerationState.APPROVED), Fixtures.POST));
      SafeHtml.assertSafe(thread, SafeHtml.THREAD_ELEMENTS, format + " body in a thread");
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void anAuthorName_isShownAsTextOnly(String vector) {
    String name = XssVectors.oneLine(vector).strip();
    Guest author = Guest.of(name.substring(0, Math.min(name.length(), 245)), "x@example.com");
    String html = HTML.render(view(
        Fixtures.comment(1, null, author, Body.plain("hi"), ModerationState.APPROVED),
        Fixtures.POST));

    Document document = SafeHtml.assertSafe(html, SafeHtml.THREAD_ELEMENTS, "author name");
    assertThat(document.selectFirst("b.fn").text()).isEqualToNormalizingWhitespace(author.displayName());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void aMentionedName_isLinkedAsTextOnly_inEveryBodyFormat(String vector) {
    String name = XssVectors.oneLine(vector).strip();
    name = "@" + name.substring(0, Math.min(name.length(), 200));
    for (BodyFormat format : BodyFormat.values()) {
      var first = Fixtures.comment(1, null, Fixtures.ANN, Body.plain("hi"), ModerationState.APPROVED);
      var mentioning = Fixtures.comment(2, null, Fixtures.BOB, new Body("Yes " + name + " " + vector, format),
          ModerationState.APPROVED).toBuilder()
          .mentions(List.of(org.rejoinder.model.Mention.name(first.id(), name))).build();
      CommentThread thread = Fixtures.thread(List.of(first, mentioning));

      String html = HTML.render(ThreadView.of(thread));
      Document document = SafeHtml.assertSafe(html, SafeHtml.THREAD_ELEMENTS, format + " mention");
      for (Element link : document.select("#comment-2 .comment-content a.mention")) {
        assertThat(link.attr("href")).isEqualTo("#comment-1");
        assertThat(link.text()).isEqualToNormalizingWhitespace(name);
        assertThat(link.children()).isEmpty();
      }
      String markdown = MARKDOWN.render(ThreadView.of(thread));
      Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
        @Override
        public void visit(HtmlInline inline) {
          throw new AssertionError("Raw HTML " + inline.getLiteral() + " in\n" + markdown);
        }

        @Override
        public void visit(HtmlBlock block) {
          throw new AssertionError("Raw HTML " + block.getLiteral() + " in\n" + markdown);
        }
      });
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void anAuthorWebsite_isRejectedOrLinkedSafely(String vector) {
    for (String website : List.of(XssVectors.oneLine(vector), "https://example.com/" + vector)) {
      Guest author;
      try {
        author = Guest.of("Ann", "ann@example.com", XssVectors.oneLine(website));
      } catch (InvalidInputException rejected) {
        continue; // core accepts only http(s) URLs: nothing to render
      }
      String html = HTML.render(view(
          Fixtures.comment(1, null, author, Body.plain("hi"), ModerationState.APPROVED),
          Fixtures.POST));
      Document document = SafeHtml.assertSafe(html, SafeHtml.THREAD_ELEMENTS, "website");
      Element link = document.selectFirst("b.fn a");
      assertThat(link.attr("href")).isEqualTo(author.website());
      assertThat(link.attr("rel")).isEqualTo("ugc external nofollow");
    }
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void aPostTitle_isShownAsTextOnly(String vector) {
    String title = XssVectors.oneLine(vector).strip();
    Post post = Post.of(PostId.of("p"), title, Fixtures.ADA, Fixtures.T0);
    String html = HtmlThreadRenderer.builder().fullPage(true).build()
        .render(ThreadView.of(Fixtures.thread(post, List.of()))
            .withForm(ReplyForm.of(post, "/comments")));

    Document document = SafeHtml.assertSafePage(
        html, union(SafeHtml.THREAD_ELEMENTS, "main", "header", "h1"), "title");
    assertThat(document.selectFirst("h1").text()).isEqualToNormalizingWhitespace(post.title());
    assertThat(document.select("head title").text()).isEqualToNormalizingWhitespace(post.title());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void theMarkdownDocument_holdsNoRawHtmlAndNoUnsafeLink(String vector) {
    for (BodyFormat format : BodyFormat.values()) {
      String name = XssVectors.oneLine(vector).strip();
      Guest author = Guest.of(name.substring(0, Math.min(name.length(), 245)), "x@example.com");
      Post post = Post.of(PostId.of("p"), name, Fixtures.ADA, Fixtures.T0);
      var comment = org.rejoinder.model.Comment.create(
          org.rejoinder.model.CommentId.of(1), post.id(), null, author, new Body(vector, format),
          Fixtures.T0, ModerationState.APPROVED, org.rejoinder.model.ClientInfo.NONE);
      String markdown = MARKDOWN.render(ThreadView.of(Fixtures.thread(post, List.of(comment))));

      Node parsed = Parser.builder().build().parse(markdown);
      parsed.accept(new AbstractVisitor() {
        @Override
        public void visit(HtmlInline html) {
          throw new AssertionError("Raw HTML " + html.getLiteral() + " in\n" + markdown);
        }

        @Override
        public void visit(HtmlBlock html) {
          throw new AssertionError("Raw HTML " + html.getLiteral() + " in\n" + markdown);
        }

        @Override
        public void visit(Link link) {
          assertThat(SafeHtml.scheme(link.getDestination())).as(markdown)
              .isIn("", "http", "https", "mailto");
          visitChildren(link);
        }

        @Override
        public void visit(Image image) {
          throw new AssertionError("Image in\n" + markdown);
        }
      });
    }
  }

  @Test
  void theChecker_catchesWhatItLooksFor() {
    for (String unsafe : List.of("<script>alert(1)</script>", "<b onclick=x>b</b>",
        "<a href=\" java\tscript:alert(1)\">x</a>", "<p style=\"x\">p</p>", "<svg></svg>")) {
      assertThatThrownBy(() -> SafeHtml.assertSafe(unsafe, SafeHtml.BODY_ELEMENTS, "check"))
          .isInstanceOf(AssertionError.class);
    }
  }

  private static java.util.Set<String> imagesToo(BodyRenderer renderer) {
    return renderer == WITH_IMAGES ? union(SafeHtml.BODY_ELEMENTS, "img") : SafeHtml.BODY_ELEMENTS;
  }

  private static java.util.Set<String> union(java.util.Set<String> set, String... more) {
    return Stream.concat(set.stream(), Stream.of(more))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static ThreadView view(org.rejoinder.model.Comment comment, Post post) {
    CommentThread thread = Fixtures.thread(post, List.of(comment));
    return ThreadView.of(thread).withForm(ReplyForm.of(post, "/comments"));
  }
}
