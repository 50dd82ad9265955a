package org.rejoinder.bench.body;

import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.owasp.html.PolicyFactory;
import org.rejoinder.render.internal.BodyPolicy;

/**
 * The pieces a comment body pipeline could be built from: two Markdown parsers and two
 * sanitizers, each set up the way {@link org.rejoinder.render.BodyRenderer} sets up its own
 * (soft line breaks as {@code <br />}, the same allowlist, {@code rel="nofollow ugc"} on links).
 * Built once; each method is thread-safe.
 */
final class Alternatives {
  private static final String SOFT_BREAK = "<br />\n";

  private final org.commonmark.parser.Parser commonmarkCore =
      org.commonmark.parser.Parser.builder().build();
  private final org.commonmark.renderer.html.HtmlRenderer commonmarkCoreHtml =
      org.commonmark.renderer.html.HtmlRenderer.builder().softbreak(SOFT_BREAK).build();
  private final org.commonmark.parser.Parser commonmark =
      org.commonmark.parser.Parser.builder()
          .extensions(List.of(AutolinkExtension.create(), StrikethroughExtension.create()))
          .build();
  private final org.commonmark.renderer.html.HtmlRenderer commonmarkHtml =
      org.commonmark.renderer.html.HtmlRenderer.builder()
          .extensions(List.of(AutolinkExtension.create(), StrikethroughExtension.create()))
          .softbreak(SOFT_BREAK)
          .build();
  private final com.vladsch.flexmark.parser.Parser flexmark;
  private final com.vladsch.flexmark.html.HtmlRenderer flexmarkHtml;
  private final PolicyFactory owasp = BodyPolicy.create(true, false, false);
  private final Safelist safelist;
  private final Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);

  Alternatives() {
    MutableDataSet options = new MutableDataSet();
    options.set(com.vladsch.flexmark.html.HtmlRenderer.SOFT_BREAK, SOFT_BREAK);
    flexmark = com.vladsch.flexmark.parser.Parser.builder(options).build();
    flexmarkHtml = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build();
    safelist = Safelist.none()
        .addTags(BodyPolicy.HTML_SUBSET)
        .addTags(BodyPolicy.MARKDOWN_EXTRA)
        .addAttributes("a", "href", "title")
        .addAttributes("abbr", "title")
        .addAttributes("acronym", "title")
        .addAttributes("blockquote", "cite")
        .addAttributes("q", "cite")
        .addAttributes("del", "datetime")
        .addAttributes("ol", "start")
        .addProtocols("a", "href", "http", "https", "mailto")
        .addProtocols("blockquote", "cite", "http", "https")
        .addProtocols("q", "cite", "http", "https")
        .addEnforcedAttribute("a", "rel", "nofollow ugc");
  }

  /** commonmark-java without extensions: the parser alone, to compare with flexmark's core. */
  String commonmarkCore(String markdown) {
    return commonmarkCoreHtml.render(commonmarkCore.parse(markdown));
  }

  /** commonmark-java with the extensions Rejoinder uses (autolinks, strikethrough). */
  String commonmark(String markdown) {
    return commonmarkHtml.render(commonmark.parse(markdown));
  }

  /** flexmark's core artifact, no extensions. */
  String flexmark(String markdown) {
    return flexmarkHtml.render(flexmark.parse(markdown));
  }

  /** The OWASP sanitizer with Rejoinder's Markdown allowlist. */
  String owasp(String html) {
    return owasp.sanitize(html);
  }

  /** jsoup's cleaner with the same allowlist as a {@link Safelist}. */
  String jsoup(String html) {
    return Jsoup.clean(html, "", safelist, compact);
  }
}
