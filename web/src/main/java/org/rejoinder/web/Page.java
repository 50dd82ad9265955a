package org.rejoinder.web;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Post;

/**
 * One HTML page the web layer answers with, for a {@link PageLayout} to put in the application's
 * frame: a post's discussion, the form shown again after a refused submission, the moderation
 * queue, an error.
 *
 * @param title the page's title, text
 * @param mainHtml the page's content, HTML the web layer rendered and escaped
 * @param post the post the page is about, or {@code null}
 * @param stylesheets URLs of the web layer's stylesheets, to link in the head
 * @param scripts URLs of the web layer's scripts, to load with {@code defer}
 * @since 0.2.0
 */
public record Page(
    String title, String mainHtml, @Nullable Post post, List<String> stylesheets, List<String> scripts) {

  /** Creates a page. */
  public Page {
    requireNonNull(title, "title must not be null");
    requireNonNull(mainHtml, "mainHtml must not be null");
    stylesheets = List.copyOf(stylesheets);
    scripts = List.copyOf(scripts);
  }

  /** Returns the post the page is about, if any. */
  public Optional<Post> aboutPost() {
    return Optional.ofNullable(post);
  }
}
