package org.rejoinder.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.rejoinder.web.internal.Html;

/**
 * Puts a {@link Page} in the application's frame: its head, header and navigation around the
 * page's content. The web layer answers form posts and moderation with whole pages, so an
 * application that shows comments inside its own layout gives its own.
 *
 * <p>A layout writes the page's title and URLs escaped and its {@link Page#mainHtml()} as it is.
 * It must load no inline script or style: the web layer's pages are sent with a
 * Content-Security-Policy that allows only the site's own files.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface PageLayout {

  /**
   * Writes the whole document.
   *
   * @throws UncheckedIOException if the output fails
   */
  void write(Page page, Appendable out);

  /**
   * Returns a plain standalone document: the page's title as the document's, its stylesheets and
   * scripts, and its content in a {@code main}; for the post's discussion, the post's title as a
   * heading first.
   */
  static PageLayout standard() {
    return (page, out) -> {
      try {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>").append(Html.escape(page.title())).append("</title>\n");
        for (String stylesheet : page.stylesheets()) {
          out.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(stylesheet)).append("\">\n");
        }
        for (String script : page.scripts()) {
          out.append("<script defer src=\"").append(Html.escape(script)).append("\"></script>\n");
        }
        out.append("</head>\n<body>\n<main class=\"rejoinder-page\">\n");
        if (page.post() != null) {
          out.append("<header class=\"entry-header\"><h1 class=\"entry-title\">")
              .append(Html.escape(page.post().title())).append("</h1></header>\n");
        }
        out.append(page.mainHtml()).append("</main>\n</body>\n</html>\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
