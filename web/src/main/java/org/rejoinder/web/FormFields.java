package org.rejoinder.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rejoinder.model.Limits;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.web.internal.UrlEncoded;

/**
 * The fields of a form's POST, each checked against its length limit before anything is made of
 * it: the comment in UTF-8 bytes as stored, the name, email and website in characters, any other
 * field at 1,000 characters. A field over its limit is kept cut to the limit and marked too long,
 * so the form can say so next to it.
 */
final class FormFields {
  /** The most fields a form may send. */
  private static final int MAX_FIELDS = 64;
  private static final int OTHER_FIELD_CHARS = 1_000;

  private final Map<String, String> values;
  private final Set<String> tooLong;

  private FormFields(Map<String, String> values, Set<String> tooLong) {
    this.values = values;
    this.tooLong = tooLong;
  }

  /**
   * Parses a form's body.
   *
   * @throws WebException if the body is too large, not a form, or holds too many fields
   */
  public static FormFields of(WebRequest request, int maxBodyBytes) {
    if (request.bodyTooLarge() || request.bodyLength() > maxBodyBytes) {
      throw new WebException(WebException.Reason.TOO_LARGE, "What was sent is too large.");
    }
    if (!request.contentType().orElse("").equals("application/x-www-form-urlencoded")) {
      throw new WebException(WebException.Reason.UNSUPPORTED_TYPE,
          "This address takes a form (application/x-www-form-urlencoded).");
    }
    Map<String, List<String>> parsed = new LinkedHashMap<>();
    UrlEncoded.parse(request.bodyText(), parsed);
    if (parsed.size() > MAX_FIELDS) {
      throw new WebException(WebException.Reason.MALFORMED, "The form has too many fields.");
    }
    Map<String, String> values = new HashMap<>();
    Set<String> tooLong = new java.util.HashSet<>();
    parsed.forEach((name, list) -> {
      String value = list.get(0);
      int max = limit(name);
      boolean bytes = name.equals(ReplyForm.FIELD_COMMENT);
      int length = bytes ? value.getBytes(StandardCharsets.UTF_8).length : value.length();
      if (length > max) {
        tooLong.add(name);
        value = bytes ? cutToBytes(value, max) : value.substring(0, max);
      }
      values.put(name, value);
    });
    return new FormFields(values, Set.copyOf(tooLong));
  }

  private static int limit(String field) {
    return switch (field) {
      case ReplyForm.FIELD_COMMENT -> Limits.MAX_BODY_BYTES;
      case ReplyForm.FIELD_NAME -> Limits.MAX_NAME_CHARS;
      case ReplyForm.FIELD_EMAIL -> Limits.MAX_EMAIL_CHARS;
      case ReplyForm.FIELD_WEBSITE -> Limits.MAX_URL_CHARS;
      default -> OTHER_FIELD_CHARS;
    };
  }

  private static String cutToBytes(String value, int maxBytes) {
    int bytes = 0;
    int end = 0;
    while (end < value.length()) {
      int cp = value.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    return value.substring(0, end);
  }

  /** Returns a field's value, or empty if it was not sent. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Returns a field's value, or {@code ""}. */
  public String text(String name) {
    return values.getOrDefault(name, "");
  }

  /** Returns whether a field was longer than its limit. */
  public boolean isTooLong(String name) {
    return tooLong.contains(name);
  }
}
