/**
 * Rejoinder render: safe comment bodies and the HTML and Markdown thread renderers. Start with
 * {@link org.rejoinder.render.html.HtmlThreadRenderer}, {@link
 * org.rejoinder.render.markdown.MarkdownThreadRenderer} and {@link
 * org.rejoinder.render.BodyRenderer}.
 */
module org.rejoinder.render {
  requires transitive org.rejoinder.core;
  requires transitive org.jspecify;
  requires com.google.common;
  requires com.github.benmanes.caffeine;
  requires org.commonmark;
  requires org.commonmark.ext.autolink;
  requires org.commonmark.ext.gfm.strikethrough;
  requires org.nibor.autolink;
  requires owasp.java.html.sanitizer;

  exports org.rejoinder.render;
  exports org.rejoinder.render.html;
  exports org.rejoinder.render.markdown;

  provides org.rejoinder.moderation.BodyText with org.rejoinder.render.RenderedBodyText;
}
