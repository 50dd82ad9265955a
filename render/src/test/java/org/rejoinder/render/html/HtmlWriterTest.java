package org.rejoinder.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
