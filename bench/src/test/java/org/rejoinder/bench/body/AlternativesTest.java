package org.rejoinder.bench.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Body;
import org.rejoinder.render.BodyRenderer;

/** The compared pipelines do the same job on the typical comment, so their timings compare. */
class AlternativesTest {
  private static final String MARKDOWN = TypicalComment.MARKDOWN;
  private final Alternatives alternatives = new Alternatives();

  @Test
  void theTypicalComment_isAbout800BytesWithAQuoteALinkAndAList() {
    assertThat(MARKDOWN.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(750, 850);
    assertThat(MARKDOWN).startsWith("> ").contains("](https://", "\n- ", "https://example.org/");
  }

  @Test
  void bodyRenderer_isCommonmarkThenOwasp_onATypicalComment() {
    String rejoinder = BodyRenderer.builder().cacheChars(0).build().html(Body.markdown(MARKDOWN));

    assertThat(rejoinder).isEqualTo(alternatives.owasp(alternatives.commonmark(MARKDOWN)).strip());
  }

  @Test
  void commonmarkAndFlexmarkCores_readTheCommentAlike() {
    Document commonmark = Jsoup.parse(alternatives.commonmarkCore(MARKDOWN));
    Document flexmark = Jsoup.parse(alternatives.flexmark(MARKDOWN));

    assertThat(flexmark.text()).isEqualTo(commonmark.text()).contains("Writing in public");
    assertThat(hrefs(flexmark)).isEqualTo(hrefs(commonmark)).hasSize(1);
    assertThat(flexmark.select("blockquote, li, em, strong")).hasSameSizeAs(commonmark.select("blockquote, li, em, strong"));
  }

  @Test
  void owaspAndJsoup_keepTheSameTextAndLinks_andMarkThemNofollowUgc() {
    String html = alternatives.commonmark(MARKDOWN) + "<script>alert(1)</script><a href=\"javascript:x()\">x</a>";
    Document owasp = Jsoup.parse(alternatives.owasp(html));
    Document jsoup = Jsoup.parse(alternatives.jsoup(html));

    assertThat(jsoup.text()).isEqualTo(owasp.text()).doesNotContain("alert");
    assertThat(hrefs(jsoup)).isEqualTo(hrefs(owasp)).hasSize(2);
    assertThat(jsoup.select("a[href]").eachAttr("rel")).containsOnly("nofollow ugc");
    assertThat(owasp.select("a[href]").eachAttr("rel")).containsOnly("nofollow ugc");
    assertThat(jsoup.select("script, a[href^=javascript]")).isEmpty();
    assertThat(owasp.select("script, a[href^=javascript]")).isEmpty();
  }

  private static List<String> hrefs(Document document) {
    return document.select("a[href]").eachAttr("href");
  }
}
