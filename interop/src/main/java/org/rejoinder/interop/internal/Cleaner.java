package org.rejoinder.interop.internal;

import com.google.common.base.Utf8;
import com.google.common.net.InetAddresses;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.interop.ImportIssue;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Limits;
import org.rejoinder.model.SourceId;

/**
 * The cleaning rules for values that break Rejoinder's limits, in one place. A value is cleaned
 * where the comment stays truthful without it, and the comment is rejected where it would not:
 *
 * <ul>
 *   <li>a name: control characters removed, cut to {@value Limits#MAX_NAME_CHARS} characters,
 *       "Anonymous" when empty;
 *   <li>an email address that is malformed or too long: dropped;
 *   <li>a website that is not an http(s) URL or is too long: dropped;
 *   <li>an IP address that is not one: dropped;
 *   <li>a body: control characters other than tab and line breaks removed; a body that is empty,
 *       or longer than {@value Limits#MAX_BODY_BYTES} bytes, rejects the comment (cutting it
 *       could cut it mid-tag or mid-sentence).
 * </ul>
 *
 * <p>Each cleaning is an issue of its comment, recorded when the comment is taken.
 */
public final class Cleaner {
  /** The name of a guest who left none. */
  public static final String ANONYMOUS = "Anonymous";

  private final SourceId source;
  private final List<String[]> cleaned = new ArrayList<>(2);

  /** Starts cleaning the values of one comment. */
  public Cleaner(SourceId source) {
    this.source = source;
  }

  /** Returns whether a value was cleaned. */
  public boolean cleanedAny() {
    return !cleaned.isEmpty();
  }

  /** Records the issues of the cleaned values with {@code run}. */
  public void report(ImportRun run) {
    for (String[] issue : cleaned) {
      run.issue(source, issue[0], issue[1], ImportIssue.Action.CLEANED);
    }
  }

  /** Records a value replaced by another, such as an unknown state held for moderation. */
  public void replaced(String field, String problem) {
    cleaned(field, problem);
  }

  private void cleaned(String field, String problem) {
    cleaned.add(new String[] {field, problem});
  }

  /** Returns a display name that fits, never blank. */
  public String name(@Nullable String raw) {
    String name = withoutControls("author.name", raw == null ? "" : raw).strip();
    if (name.isEmpty()) {
      cleaned("author.name", "empty; shown as " + ANONYMOUS);
      return ANONYMOUS;
    }
    if (name.length() > Limits.MAX_NAME_CHARS) {
      cleaned("author.name", name.length() + " characters; cut to " + Limits.MAX_NAME_CHARS);
      int end = Limits.MAX_NAME_CHARS;
      if (Character.isHighSurrogate(name.charAt(end - 1))) {
        end--;
      }
      name = name.substring(0, end).strip();
    }
    return name;
  }

  /** Returns the address if it is valid, else {@code null}. */
  public @Nullable String email(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Guest.of("x", raw).email();
    } catch (InvalidInputException e) {
      cleaned("author.email", "not a valid address of at most " + Limits.MAX_EMAIL_CHARS
          + " characters; dropped");
      return null;
    }
  }

  /** Returns the URL if it is an http(s) URL that fits, else {@code null}. */
  public @Nullable String website(@Nullable String raw) {
    if (raw == null || raw.isBlank() || raw.strip().equals("http://")) {
      return null;
    }
    try {
      return Guest.of("x", null, raw).website();
    } catch (InvalidInputException e) {
      cleaned("author.website", "not an http(s) URL of at most " + Limits.MAX_URL_CHARS
          + " characters; dropped");
      return null;
    }
  }

  /** Returns the IP address if it is one, else {@code null}. */
  public @Nullable String ip(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String ip = raw.strip();
    if (!InetAddresses.isInetAddress(ip)) {
      cleaned("client.ip", "not an IP address; dropped");
      return null;
    }
    return ip;
  }

  /**
   * Returns the body, or {@code null} when the comment must be rejected: {@code problem} then
   * says why.
   */
  public @Nullable Body body(String raw, boolean cut, BodyFormat format, String[] problem) {
    if (cut || raw.length() > Limits.MAX_BODY_BYTES) {
      problem[0] = "longer than " + Limits.MAX_BODY_BYTES + " bytes";
      return null;
    }
    String text = withoutControls("body", raw);
    if (text.isBlank()) {
      problem[0] = "empty";
      return null;
    }
    if (Utf8.encodedLength(text) > Limits.MAX_BODY_BYTES) {
      problem[0] = Utf8.encodedLength(text) + " bytes, longer than " + Limits.MAX_BODY_BYTES;
      return null;
    }
    return new Body(text, format);
  }

  /**
   * Returns the link if it is an http(s) URL of at most {@value Limits#MAX_LINK_CHARS} characters,
   * else {@code null}.
   */
  public static @Nullable String link(@Nullable String raw) {
    if (raw == null || raw.isBlank() || raw.strip().length() > Limits.MAX_LINK_CHARS) {
      return null;
    }
    String link = raw.strip();
    try {
      java.net.URI uri = new java.net.URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? link : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** Returns a single-line value without control characters (a user agent, a title). */
  public String line(String field, String raw) {
    return withoutControls(field, raw);
  }

  private String withoutControls(String field, String raw) {
    boolean multiline = field.equals("body");
    StringBuilder out = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
      if (!Character.isISOControl(c) || multiline && lineBreak) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(raw.length()).append(raw, 0, i);
        cleaned(field, multiline ? "control characters removed"
            : "line breaks and control characters removed");
      }
      if (lineBreak) {
        out.append(' ');
      }
    }
    return out == null ? raw : out.toString();
  }
}
