package org.rejoinder.render;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.rejoinder.model.Author;
import org.rejoinder.render.internal.Urls;

/**
 * How authors' avatars are shown: a Gravatar image, found by the SHA-256 hash of the author's
 * trimmed, lower-cased email address, with the author's initials for authors without one; the
 * initials only; or nothing. The email address itself never appears in output. Immutable.
 *
 * @since 0.1.0
 */
public final class Avatars {
  /** Gravatar's avatar URL: {@value}. */
  public static final String GRAVATAR_URL = "https://www.gravatar.com/avatar/";
  /** The default avatar size in CSS pixels: {@value}. */
  public static final int DEFAULT_SIZE = 48;
  /** Gravatar's image for addresses without one, by default: {@value} (the "mystery person"). */
  public static final String DEFAULT_IMAGE = "mp";

  private enum Mode { GRAVATAR, INITIALS, NONE }

  private final Mode mode;
  private final String baseUrl;
  private final int size;
  private final String defaultImage;

  private Avatars(Mode mode, String baseUrl, int size, String defaultImage) {
    this.mode = mode;
    this.baseUrl = baseUrl;
    this.size = size;
    this.defaultImage = defaultImage;
  }

  /**
   * Returns Gravatar avatars from {@value #GRAVATAR_URL}, {@value #DEFAULT_SIZE} pixels, with
   * Gravatar's {@value #DEFAULT_IMAGE} image for addresses that have none.
   */
  public static Avatars gravatar() {
    return gravatar(GRAVATAR_URL, DEFAULT_SIZE, DEFAULT_IMAGE);
  }

  /**
   * Returns Gravatar avatars (or those of a compatible service).
   *
   * @param baseUrl the absolute http(s) URL the hash is appended to, such as {@value
   *     #GRAVATAR_URL}
   * @param size the size in CSS pixels, 1 to 2048 (requested at twice that for sharp screens,
   *     at most 2048)
   * @param defaultImage what the service shows for addresses without an avatar: a keyword such
   *     as {@code mp}, {@code identicon}, {@code retro} or {@code blank}, or an image URL
   * @throws IllegalArgumentException if the URL is not absolute http(s) or the size is out of
   *     range
   */
  public static Avatars gravatar(String baseUrl, int size, String defaultImage) {
    requireNonNull(baseUrl, "baseUrl must not be null");
    requireNonNull(defaultImage, "defaultImage must not be null");
    if (!Urls.isHttp(baseUrl)) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http(s) URL but was " + baseUrl);
    }
    checkSize(size);
    return new Avatars(Mode.GRAVATAR, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", size,
        defaultImage);
  }

  /**
   * Returns initials-only avatars of {@code size} pixels: no image is loaded from anywhere.
   *
   * @throws IllegalArgumentException if the size is not 1 to 2048
   */
  public static Avatars initials(int size) {
    checkSize(size);
    return new Avatars(Mode.INITIALS, "", size, "");
  }

  /** Returns no avatars at all. */
  public static Avatars none() {
    return new Avatars(Mode.NONE, "", 0, "");
  }

  private static void checkSize(int size) {
    if (size < 1 || size > 2048) {
      throw new IllegalArgumentException("size must be between 1 and 2048 but was " + size);
    }
  }

  /** Returns whether avatars are shown at all. */
  public boolean isEnabled() {
    return mode != Mode.NONE;
  }

  /** Returns the avatar size in CSS pixels (0 when avatars are off). */
  public int size() {
    return size;
  }

  /**
   * Returns the author's avatar image URL, or empty when the author has no email address or
   * images are off (then initials are shown).
   */
  public Optional<String> imageUrl(Author author) {
    String email = author.email();
    if (mode != Mode.GRAVATAR || email == null) {
      return Optional.empty();
    }
    return Optional.of(baseUrl + hash(email) + "?s=" + Math.min(2048, size * 2) + "&d="
        + URLEncoder.encode(defaultImage, StandardCharsets.UTF_8) + "&r=g");
  }

  /** Returns the hex SHA-256 of the trimmed, lower-cased address, as Gravatar expects. */
  static String hash(String email) {
    return Hashing.sha256()
        .hashString(email.strip().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)
        .toString();
  }

  /**
   * Returns up to two initials of a name, upper-cased: the first letters of its first and last
   * words ("Andrew Marsh" gives "AM", "@dkowalski" gives "D"), or "?" for a name with no letters.
   */
  public static String initialsOf(String name) {
    StringBuilder first = new StringBuilder();
    StringBuilder last = new StringBuilder();
    boolean wordStart = true;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (wordStart) {
          StringBuilder target = first.length() == 0 ? first : last;
          target.setLength(0);
          target.appendCodePoint(cp);
        }
        wordStart = false;
      } else if (Character.isWhitespace(cp) || cp == '-' || cp == '.') {
        wordStart = true;
      } else if (first.length() == 0) {
        wordStart = true;
      }
    }
    String initials = first.toString() + last;
    return initials.isEmpty() ? "?" : initials.toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Avatars[" + mode + (mode == Mode.NONE ? "" : ", " + size + "px") + "]";
  }
}
