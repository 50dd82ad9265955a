package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rejoinder.model.PostId;

/**
 * A post (an {@code item}) of a WordPress export as an importer sees it, to choose the {@link
 * PostId} its comments go to (see {@link WxrImporter.Builder#postIds}).
 *
 * @param postId WordPress's id of the post ({@code wp:post_id})
 * @param slug its name in URLs ({@code wp:post_name}), possibly empty
 * @param title its title
 * @param link its permalink, or {@code null}
 * @param type {@code post}, {@code page}, or another post type
 * @param status {@code publish}, {@code draft}, {@code private}, …
 * @param exportedId the post id a Rejoinder export wrote into the file, or {@code null}
 * @since 0.2.0
 */
public record WxrPost(
    String postId, String slug, String title, @Nullable String link, String type, String status,
    @Nullable String exportedId) {

  /** Creates a post. */
  public WxrPost {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(slug, "slug must not be null");
    requireNonNull(title, "title must not be null");
    requireNonNull(type, "type must not be null");
    requireNonNull(status, "status must not be null");
  }

  /**
   * Returns the default choice of post id: the one a Rejoinder export wrote, else the slug, else
   * WordPress's numeric id, else the {@code p} of a {@code ?p=N} link, else the link.
   *
   * @throws org.rejoinder.error.InvalidInputException if the post has none of them
   */
  public PostId defaultPostId() {
    if (exportedId != null && !exportedId.isBlank()) {
      return PostId.of(exportedId);
    }
    if (!slug.isBlank()) {
      return PostId.of(slug);
    }
    if (!postId.isBlank()) {
      return PostId.of(postId);
    }
    String fromLink = link == null ? "" : linkedId(link);
    return PostId.of(fromLink.isEmpty() && link != null ? link : fromLink);
  }

  /** Returns the {@code N} of a link ending in {@code ?p=N} or {@code &p=N}, or {@code ""}. */
  static String linkedId(String link) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]p=(\\d+)(?:&|#|$)").matcher(link);
    return m.find() ? m.group(1) : "";
  }
}
