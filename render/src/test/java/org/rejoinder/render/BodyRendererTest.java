package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;

class BodyRendererTest {
  private final BodyRenderer bodies = BodyRenderer.create();

  @Test
  void markdown_rendersEmphasisLineBreaksAndAutolinks() {
    assertThat(bodies.html(Body.markdown("Hello *world*\nnext line, see www.example.org")))
        .isEqualTo("<p>Hello <em>world</em><br />\nnext line, see <a href=\"http://www.example.org\""
            + " rel=\"nofollow ugc\">www.example.org</a></p>");
  }

  @Test
  void markdown_headingsBecomeBoldParagraphs_andStrikethroughIsKept() {
    assertThat(bodies.html(Body.markdown("# Loud\n\n~~gone~~")))
        .isEqualTo("<p><strong>Loud</strong></p>\n<p><del>gone</del></p>");
  }

  @Test
  void htmlSubset_keepsWordPressTags_dropsOthers_andMakesParagraphs() {
    assertThat(bodies.html(Body.html(
            "Hi <b>there</b> <span>x</span>\nline two\n\n<blockquote cite=\"https://a.example\">"
                + "quoted <cite>Ann</cite></blockquote>\nreply")))
        .isEqualTo("<p>Hi <b>there</b> x<br />line two</p><blockquote cite=\"https://a.example\">"
            + "<p>quoted <cite>Ann</cite></p></blockquote><p>reply</p>");
  }

  @Test
  void plainText_isEscaped_withParagraphsLineBreaksAndLinks() {
    assertThat(bodies.html(Body.plain("a < b & <i>c</i>\nsee https://example.com\n\n\nbye")))
        .isEqualTo("<p>a &lt; b &amp; &lt;i&gt;c&lt;/i&gt;<br />see <a href=\"https://example.com\""
            + " rel=\"nofollow ugc\">https://example.com</a></p><p>bye</p>");
  }

  @Test
  void images_areOffByDefault_andAMarkdownImageBecomesALink() {
    assertThat(bodies.html(Body.markdown("![a cat](https://example.com/cat.png)")))
        .isEqualTo("<p><a href=\"https://example.com/cat.png\" rel=\"nofollow ugc\">a cat</a></p>");
    assertThat(bodies.html(Body.html("<img src=\"https://example.com/cat.png\">x"))).isEqualTo("<p>x</p>");
  }

  @Test
  void allowImages_keepsHttpImagesOnly() {
    BodyRenderer withImages = BodyRenderer.builder().allowImages(true).build();
    var html = Jsoup.parseBodyFragment(withImages.html(Body.markdown(
        "![cat](https://example.com/cat.png) ![x](javascript:alert(1)) ![y](/local.png)")));
    assertThat(html.select("img").eachAttr("src")).containsExactly("https://example.com/cat.png");
  }

  @Test
  void openLinksInNewTab_addsTargetAndNoopener() {
    BodyRenderer newTab = BodyRenderer.builder().openLinksInNewTab(true).build();
    var link = Jsoup.parseBodyFragment(newTab.html(Body.markdown("[x](https://example.com)")))
        .selectFirst("a");
    assertThat(link.attr("target")).isEqualTo("_blank");
    assertThat(link.attr("rel").split(" ")).contains("nofollow", "ugc", "noopener");
  }

  @Test
  void relativeAndProtocolRelativeLinks_loseTheirHref_butCommentLinksKeepIt() {
    var html = Jsoup.parseBodyFragment(bodies.html(Body.markdown(
        "[a](/admin) [b](//evil.example) [c](#comment-12) [d](mailto:ann@example.com)")));
    assertThat(html.select("a").eachAttr("href"))
        .containsExactly("#comment-12", "mailto:ann@example.com");
  }

  @Test
  void aQuoteEndingWithADashLine_isAnAttributedQuote() {
    assertThat(bodies.html(Body.markdown("> Finish things.\n> — Ada, in the post\n\nYes.")))
        .isEqualTo("<figure><blockquote><p>Finish things.</p></blockquote>"
            + "<figcaption>— Ada, in the post</figcaption></figure>\n<p>Yes.</p>");
    assertThat(bodies.html(Body.markdown("> Just a quote.")))
        .isEqualTo("<blockquote>\n<p>Just a quote.</p>\n</blockquote>");
  }

  @Test
  void markdownNestedBeyondTheLimit_isShownAsPlainText_withoutOverflowingTheStack() {
    String deep = ">".repeat(30_000) + " deep";

    String html = bodies.html(Body.markdown(deep));

    assertThat(html).startsWith("<p>&gt;&gt;&gt;").doesNotContain("<blockquote>");
    String nested = "*a ".repeat(5_000) + "b" + "*".repeat(5_000);
    assertThat(Jsoup.parseBodyFragment(bodies.html(Body.markdown(nested))).select("em")).isEmpty();
  }

  @Test
  void htmlQuotesNestedBeyondTheLimit_areFlattened() {
    BodyRenderer twoDeep = BodyRenderer.builder().maxNesting(2).build();
    String html = twoDeep.html(Body.html("<blockquote>".repeat(5) + "x" + "</blockquote>".repeat(5)));

    assertThat(Jsoup.parseBodyFragment(html).select("blockquote blockquote blockquote")).isEmpty();
    assertThat(Jsoup.parseBodyFragment(html).select("blockquote blockquote")).hasSize(1);
    assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("x");
  }

  @Test
  void markdownOutput_escapesRawHtml_andKeepsSanitizedLinks() {
    assertThat(bodies.markdown(Body.markdown("<b>hi</b> <script>x()</script> [a](javascript:y) "
            + "[b](https://example.com)\nnext")))
        .isEqualTo("**hi**  a [b](https://example.com)\\\nnext");
    assertThat(bodies.markdown(Body.plain("1 < 2 *not em*"))).isEqualTo("1 \\< 2 \\*not em\\*");
  }

  @Test
  void aRenderedBody_isCached_byFormatAndText() {
    Body body = Body.markdown("Cached *once*");
    String first = bodies.html(body);

    assertThat(bodies.html(Body.markdown("Cached *once*"))).isSameAs(first);
    assertThat(bodies.html(Body.plain("Cached *once*"))).isNotEqualTo(first);
    BodyRenderer uncached = BodyRenderer.builder().cacheChars(0).build();
    assertThat(uncached.html(body)).isEqualTo(first).isNotSameAs(uncached.html(body));
  }

  @Test
  void aBodyAskedForByManyThreadsAtOnce_isRenderedOnce() throws Exception {
    BodyRenderer shared = BodyRenderer.create();
    Body body = Body.markdown("Asked for *at once* by " + "many ".repeat(200) + "readers");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return shared.html(body);
        }));
      }
      start.countDown();
      String first = results.get(0).get();
      for (Future<String> result : results) {
        assertThat(result.get()).isSameAs(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void visibleText_ofMarkupThatIsRemoved_isEmpty_inTheFormatsThatReadMarkup() {
    for (BodyFormat format : List.of(BodyFormat.HTML, BodyFormat.MARKDOWN)) {
      assertThat(bodies.visibleText(new Body("<script>x</script>", format))).as("%s", format)
          .isEmpty();
      assertThat(bodies.visibleText(new Body("<style>p{}</style> <iframe src=x></iframe>", format)))
          .as("%s", format).isEmpty();
    }
  }

  @Test
  void visibleText_joinsAWordSplitByMarkup_andDecodesCharacterReferences() {
    for (BodyFormat format : List.of(BodyFormat.HTML, BodyFormat.MARKDOWN)) {
      assertThat(bodies.visibleText(new Body("bad<b></b>word", format))).as("%s", format)
          .isEqualTo("badword");
      assertThat(bodies.visibleText(new Body("b&#97;dword", format))).as("%s", format)
          .isEqualTo("badword");
      assertThat(bodies.visibleText(new Body("b&#x61;d&amp;word", format))).as("%s", format)
          .isEqualTo("bad&word");
    }
  }

  @Test
  void visibleText_ofPlainText_isTheTextAsTyped_sinceReadersSeeItSo() {
    assertThat(bodies.visibleText(Body.plain("<script>x</script>")))
        .isEqualTo("<script>x</script>");
    assertThat(bodies.visibleText(Body.plain("bad<b></b>word"))).isEqualTo("bad<b></b>word");
    assertThat(bodies.visibleText(Body.plain("b&#97;dword"))).isEqualTo("b&#97;dword");
  }

  @Test
  void visibleText_separatesWordsThatReadersSeeApart_andCollapsesWhiteSpace() {
    assertThat(bodies.visibleText(Body.markdown("> quoted\n\nfirst  line\nsecond\n\n- one\n- two")))
        .isEqualTo("quoted first line second one two");
    assertThat(bodies.visibleText(Body.html("one<br>two<p>three</p>four")))
        .isEqualTo("one two three four");
    assertThat(bodies.visibleText(Body.plain("  a\n\n\nb  "))).isEqualTo("a b");
    assertThat(bodies.visibleText(Body.markdown("[a link](https://example.com) *and* `code`")))
        .isEqualTo("a link and code");
  }

  @Test
  void visibleText_warmsTheCacheForTheHtmlShownNext() {
    Body body = Body.markdown("Judged, then *shown*");
    bodies.visibleText(body);

    assertThat(bodies.html(body)).isSameAs(bodies.html(Body.markdown("Judged, then *shown*")));
  }

  @Test
  void builder_rejectsLimitsOutOfRange() {
    assertThatThrownBy(() -> BodyRenderer.builder().maxNesting(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNesting");
    assertThatThrownBy(() -> BodyRenderer.builder().maxNesting(BodyRenderer.MAX_NESTING_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BodyRenderer.builder().cacheChars(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cacheChars");
  }
}
