package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;
import org.rejoinder.internal.Checks;

/**
 * A comment's reference to another comment of the same post, found when it is posted (and again
 * when it is edited) and stored with it: a reader's name ({@link Kind#NAME}: {@code @Andrew}, or
 * a leading {@code For Andrew:} or {@code Andrew,}) resolved to that reader's latest earlier
 * comment, or a link to the comment in the text ({@link Kind#LINK}, as a quote's attribution
 * has). Renderers turn a name into a link to the comment, and drop the link of either kind
 * where the comment is no longer shown.
 *
 * @param commentId the comment referred to
 * @param text for a name, the name exactly as written, with its {@code @} if it had one ({@code
 *     "@Andrew"}, {@code "Andrew Marsh"}), which renderers link; empty for a link
 * @param kind how the comment is referred to
 * @since 0.2.0
 */
public record Mention(CommentId commentId, String text, Kind kind) {

  /** How a comment refers to another. */
  public enum Kind {
    /** By its author's name: {@code @Name} anywhere, or a leading {@code For Name:} or {@code Name,}. */
    NAME,
    /** By a link to it in the text ({@code #comment-ID}), as the attribution of a quote. */
    LINK
  }

  /**
   * Creates a mention.
   *
   * @throws IllegalArgumentException if a name's text is blank, longer than {@value
   *     Limits#MAX_NAME_CHARS} characters or holds control characters, or a link has text
   */
  public Mention {
    requireNonNull(commentId, "commentId must not be null");
    requireNonNull(text, "text must not be null");
    requireNonNull(kind, "kind must not be null");
    if (kind == Kind.NAME) {
      text = Checks.argumentLine("mention.text", text, Limits.MAX_NAME_CHARS + 1);
    } else if (!text.isEmpty()) {
      throw new IllegalArgumentException("A link mention has no text but was given " + text);
    }
  }

  /** Returns a mention of a comment by its author's name, as written. */
  public static Mention name(CommentId commentId, String text) {
    return new Mention(commentId, text, Kind.NAME);
  }

  /** Returns a mention of a comment by a link to it. */
  public static Mention link(CommentId commentId) {
    return new Mention(commentId, "", Kind.LINK);
  }

  /**
   * Returns the key a display name is matched by: without a leading {@code @}, in Unicode
   * compatibility form (NFKC), case-folded in {@link Locale#ROOT} (so that "ANDREW", "Andrew"
   * and "ａｎｄｒｅｗ" match, whatever the default locale), with runs of white space as one
   * space. Stores index authors' names by the {@link #firstNameKey first word} of this key.
   */
  public static String nameKey(String name) {
    String text = Normalizer.normalize(requireNonNull(name, "name must not be null"), Normalizer.Form.NFKC).strip();
    if (text.startsWith("@")) {
      text = text.substring(1).strip();
    }
    String folded = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return String.join(" ", folded.split("\\s+"));
  }

  /** Returns the first word of a name's {@link #nameKey}: "andrew" for "Andrew Marsh". */
  public static String firstNameKey(String name) {
    String key = nameKey(name);
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }
}
