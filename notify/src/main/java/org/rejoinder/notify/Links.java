package org.rejoinder.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;

/**
 * The addresses messages link to: a comment, the confirmation of a subscription, and the
 * one-click unsubscribe. {@link #under(URI)} gives the web module's routes under a site's
 * address; an application with other routes implements its own.
 *
 * @since 0.2.0
 */
public interface Links {

  /** Returns where a comment of a post is read. */
  URI comment(Post post, CommentId comment);

  /** Returns the page that confirms a subscription, with its signed token. */
  URI confirm(String token);

  /**
   * Returns the page that ends a subscription, with its signed token: the {@code
   * List-Unsubscribe} address, which a mail client POSTs {@code List-Unsubscribe=One-Click} to
   * (RFC 8058), and a reader opens in a browser.
   */
  URI unsubscribe(String token);

  /**
   * Returns the links of the web module's routes under {@code site}: a post's {@link
   * Post#link()} or {@code <site>posts/<id>}, with {@code #comment-<id>}; {@code
   * <site>subscriptions/confirm?token=…}; {@code <site>subscriptions/unsubscribe?token=…}.
   *
   * @param site an absolute http or https address ending in {@code /}
   * @throws IllegalArgumentException if it is not one
   */
  static Links under(URI site) {
    requireNonNull(site, "site must not be null");
    checkArgument(site.isAbsolute() && site.getPath() != null && site.getPath().endsWith("/")
            && ("http".equals(site.getScheme()) || "https".equals(site.getScheme())),
        "site must be an absolute http(s) address ending in / but was %s", site);
    return new Links() {
      @Override
      public URI comment(Post post, CommentId comment) {
        String link = post.link();
        URI page = link != null ? URI.create(link) : site.resolve("posts/" + encode(post.id().value()));
        return URI.create(page + "#comment-" + comment.value());
      }

      @Override
      public URI confirm(String token) {
        return site.resolve("subscriptions/confirm?token=" + encode(token));
      }

      @Override
      public URI unsubscribe(String token) {
        return site.resolve("subscriptions/unsubscribe?token=" + encode(token));
      }

      @Override
      public String toString() {
        return "Links[under " + site + "]";
      }
    };
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
