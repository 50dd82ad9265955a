package org.rejoinder.render.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.owasp.html.Handler;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import org.rejoinder.model.Body;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;

/**
 * Turns a body into sanitized HTML, or into Markdown made from that sanitized HTML. Every format
 * ends in the same allowlist: plain text as events, the HTML subset through the sanitizer and
 * {@link Paragraphs}, Markdown through CommonMark and then the sanitizer. Immutable and
 * thread-safe. Not part of the API.
 */
public final class BodyPipeline {
  private static final MarkdownRenderer MARKDOWN_OUT =
      MarkdownRenderer.builder()
          .extensions(List.of(StrikethroughExtension.create()))
          .nodeRendererFactory(BackslashLineBreaks.FACTORY)
          .build();

  private final PolicyFactory subsetPolicy;
  private final PolicyFactory markdownPolicy;
  private final MarkdownBodies markdown;
  private final int maxNesting;

  /**
   * Creates a pipeline.
   *
   * @param images whether images are allowed
   * @param newTab whether links open in a new tab
   * @param maxNesting the deepest nesting of quotes and lists
   */
  public BodyPipeline(boolean images, boolean newTab, int maxNesting) {
    this.subsetPolicy = BodyPolicy.create(false, images, newTab);
    this.markdownPolicy = BodyPolicy.create(true, images, newTab);
    this.markdown = new MarkdownBodies(images, maxNesting);
    this.maxNesting = maxNesting;
  }

  /** Returns the body as sanitized HTML. */
  public String html(Body body) {
    StringBuilder html = new StringBuilder(body.text().length() + 64);
    emit(body, HtmlStreamRenderer.create(html, Handler.DO_NOTHING));
    return html.toString().strip();
  }

  /** Returns the body as Markdown, written from its sanitized HTML. */
  public String markdown(Body body) {
    MarkdownTree tree = new MarkdownTree();
    emit(body, tree);
    return MARKDOWN_OUT.render(tree.document()).strip();
  }

  /**
   * Returns a body's sanitized HTML with its references to other comments linked, or left as
   * text where {@code urlOf} gives no URL (see {@link CommentReferences}).
   */
  public static String linked(
      String sanitized, List<Mention> mentions, Function<CommentId, Optional<String>> urlOf) {
    StringBuilder html = new StringBuilder(sanitized.length() + 64);
    HtmlSanitizer.sanitize(sanitized,
        new CommentReferences(HtmlStreamRenderer.create(html, Handler.DO_NOTHING), mentions, urlOf));
    return html.toString().strip();
  }

  /** Returns Markdown written from a body's sanitized HTML with its references linked. */
  public static String linkedMarkdown(
      String sanitized, List<Mention> mentions, Function<CommentId, Optional<String>> urlOf) {
    MarkdownTree tree = new MarkdownTree();
    HtmlSanitizer.sanitize(sanitized, new CommentReferences(tree, mentions, urlOf));
    return MARKDOWN_OUT.render(tree.document()).strip();
  }

  /** Returns whether sanitized HTML may hold a reference to another comment worth linking. */
  public static boolean refersToComments(String sanitized, List<Mention> mentions) {
    return !mentions.isEmpty() || sanitized.contains("#comment-");
  }

  private void emit(Body body, HtmlStreamEventReceiver out) {
    switch (body.format()) {
      case PLAIN -> PlainText.emit(body.text(), subsetPolicy.apply(out));
      case HTML -> HtmlSanitizer.sanitize(
          body.text(), subsetPolicy.apply(new Paragraphs(out, maxNesting)));
      case MARKDOWN -> {
        String html = markdown.toHtml(body.text());
        if (html == null) {
          // Nested deeper than the limits: shown as the text it is.
          PlainText.emit(body.text(), subsetPolicy.apply(out));
        } else {
          HtmlSanitizer.sanitize(html, markdownPolicy.apply(out));
        }
      }
    }
  }
}
