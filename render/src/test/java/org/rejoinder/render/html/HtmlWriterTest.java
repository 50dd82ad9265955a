package org.rejoinder.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlWriterTest {
  private final StringBuilder out = new StringBuilder();
  private final HtmlWriter html = new HtmlWriter(out);

  @Test
  void textAndAttributeValues_areEscaped() {
    html.element("a", "<b>&\"x\"", "title", "\"><script>'", "href", "/p?a=1&b=2");

    assertThat(out).hasToString("<a title=\"&quot;&gt;&lt;script&gt;&#39;\" href=\"/p?a=1&amp;b=2\">"
        + "&lt;b&gt;&amp;\"x\"</a>");
  }

  @Test
  void nullValuesAreLeftOut_andBooleanAttributesStandAlone() {
    html.empty("input", "name", "x", "placeholder", null, "required", "", "value", "");

    assertThat(out).hasToString("<input name=\"x\" required value=\"\">");
  }

  @Test
  void urlAttributesWithAnotherScheme_areLeftOut() {
    html.start("a", "href", "javascript:alert(1)").end("a")
        .start("a", "href", "java\tscript:alert(1)").end("a")
        .start("form", "action", "data:text/html,x").end("form")
        .start("a", "href", "mailto:ann@example.com").end("a");

    assertThat(out).hasToString("<a></a><a></a><form></form><a href=\"mailto:ann@example.com\"></a>");
  }

  @Test
  void eventHandlersAndMalformedNames_areRefused() {
    assertThatThrownBy(() -> html.start("b", "onclick", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("onclick");
    assertThatThrownBy(() -> html.start("b", "ONLOAD", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> html.start("b onclick=x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> html.start("b", "title"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    assertThat(out).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"script", "SCRIPT", "style", "iframe", "frame", "frameset", "object",
      "embed", "applet", "base", "link", "svg", "math", "template", "noscript", "xmp", "plaintext",
      "noembed", "noframes", "portal", "fencedframe"})
  void elementsThatCouldCarryScript_areRefused_inEveryMethod(String element) {
    assertThatThrownBy(() -> html.start(element))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(element);
    assertThatThrownBy(() -> html.empty(element, "title", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> html.element(element, "alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> html.end(element))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(out).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"style", "STYLE", "srcdoc", "http-equiv", "onerror", "onMouseOver"})
  void attributesThatCouldCarryScript_areRefused_beforeAnythingIsWritten(String attribute) {
    assertThatThrownBy(() -> html.start("div", "class", "ok", attribute, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(attribute);
    assertThatThrownBy(() -> html.empty("meta", attribute, "refresh"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(out).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"href", "HREF", "xlink:href", "src", "action", "formaction", "cite",
      "data", "poster", "background", "codebase", "longdesc", "manifest", "icon", "profile",
      "classid", "dynsrc", "lowsrc", "srcset", "imagesrcset", "ping", "archive"})
  void everyUrlAttribute_leavesOutAScriptUrl_andKeepsASafeOne(String attribute) {
    html.empty("x-a", attribute, "javascript:alert(1)", "title", "t")
        .empty("x-b", attribute, " java\nscript:alert(1)")
        .empty("x-c", attribute, "data:text/html,<script>x</script>")
        .empty("x-d", attribute, "https://example.com/a.png");

    assertThat(out).hasToString("<x-a title=\"t\"><x-b><x-c><x-d " + attribute
        + "=\"https://example.com/a.png\">");
  }

  @Test
  void aSourceSet_isKeptOnlyIfEveryCandidateIsSafe() {
    html.empty("img", "srcset", "/a.png 1x, https://cdn.example/a@2x.png 2x,/b.png 300w")
        .empty("img", "srcset", "/a.png 1x, javascript:alert(1) 2x")
        .empty("img", "srcset", "/a.png 1x,data:image/png;base64,AAAA 2x")
        .empty("img", "imagesrcset", "/a.png,vbscript:x");

    assertThat(out).hasToString("<img srcset=\"/a.png 1x, https://cdn.example/a@2x.png 2x,"
        + "/b.png 300w\"><img><img><img>");
  }

  @Test
  void aPingList_isKeptOnlyIfEveryUrlIsSafe() {
    html.start("a", "href", "/x", "ping", "/count https://stats.example/hit").end("a")
        .start("a", "href", "/x", "ping", "/count javascript:alert(1)").end("a");

    assertThat(out).hasToString("<a href=\"/x\" ping=\"/count https://stats.example/hit\"></a>"
        + "<a href=\"/x\"></a>");
  }

  @Test
  void dataAttributesAndMetaWithoutHttpEquiv_areWrittenAsTheyAre() {
    html.empty("meta", "itemprop", "datePublished", "content", "2024-03-01")
        .start("a", "href", "#c", "data-url", "javascript:but-only-data").end("a");

    assertThat(out).hasToString("<meta itemprop=\"datePublished\" content=\"2024-03-01\">"
        + "<a href=\"#c\" data-url=\"javascript:but-only-data\"></a>");
  }

  @Test
  void namesWrittenAgain_andPastTheNamesRemembered_areCheckedTheSameWay() {
    for (int i = 0; i < 600; i++) {
      html.empty("x-" + i, "data-n" + i, "v");
    }
    for (int round = 0; round < 3; round++) {
      assertThatThrownBy(() -> html.start("Script"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> html.start("b", "onClick", "x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> html.start("b", "Style", "x"))
          .isInstanceOf(IllegalArgumentException.class);
    }
    out.setLength(0);
    html.empty("x-late", "Href", "javascript:alert(1)", "data-late", "v")
        .empty("x-late", "Href", "/ok", "Hidden", "")
        .empty("X-LATE", "SrcSet", "/a.png 1x,javascript:x 2x");

    assertThat(out).hasToString(
        "<x-late data-late=\"v\"><x-late Href=\"/ok\" Hidden><X-LATE>");
  }
}
