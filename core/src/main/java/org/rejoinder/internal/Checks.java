package org.rejoinder.internal;

import com.google.common.base.Utf8;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException.Problem;
import org.rejoinder.error.InvalidInputException;

/** Validation shared by the value types. Not part of the API. */
public final class Checks {
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private Checks() {}

  /**
   * Returns {@code value} trimmed, after checking that it is present, at most {@code maxChars}
   * long and free of control characters.
   */
  public static String requiredLine(String field, @Nullable String value, int maxChars) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidInputException(field, Problem.REQUIRED, field + " is required");
    }
    return line(field, trimmed, maxChars);
  }

  /**
   * Like {@link #requiredLine}, for a value the application sets rather than one a user typed.
   *
   * @throws IllegalArgumentException if the value is blank, too long or contains control
   *     characters
   */
  public static String argumentLine(String name, @Nullable String value, int maxChars) {
    try {
      return requiredLine(name, value, maxChars);
    } catch (InvalidInputException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Like {@link #requiredLine} but a missing or blank value gives {@code null}. */
  public static @Nullable String optionalLine(String field, @Nullable String value, int maxChars) {
    String trimmed = value == null ? "" : value.strip();
    return trimmed.isEmpty() ? null : line(field, trimmed, maxChars);
  }

  private static String line(String field, String value, int maxChars) {
    if (value.length() > maxChars) {
      throw new InvalidInputException(
          field, Problem.TOO_LONG, field + " is longer than " + maxChars + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new InvalidInputException(
            field, Problem.MALFORMED, field + " must not contain control characters");
      }
    }
    requireWellFormedUnicode(field, value);
    return value;
  }

  /**
   * Checks free text (a comment body): present, at most {@code maxBytes} in UTF-8, no NUL and no
   * control character other than tab, line feed and carriage return. The text is kept as written.
   */
  public static String text(String field, @Nullable String value, int maxBytes) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, Problem.REQUIRED, field + " is required");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new InvalidInputException(
            field, Problem.MALFORMED, field + " must not contain control characters");
      }
    }
    requireWellFormedUnicode(field, value);
    if (value.length() > maxBytes || Utf8.encodedLength(value) > maxBytes) {
      throw new InvalidInputException(
          field, Problem.TOO_LONG, field + " is longer than " + maxBytes + " bytes");
    }
    return value;
  }

  private static void requireWellFormedUnicode(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidInputException(
            field, Problem.MALFORMED, field + " contains an unpaired surrogate character");
      }
    }
  }

  /** Returns the trimmed address after checking its shape and length; {@code null} if blank. */
  public static @Nullable String optionalEmail(String field, @Nullable String value, int maxChars) {
    String email = optionalLine(field, value, maxChars);
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException(
          field, Problem.MALFORMED, field + " is not a valid email address");
    }
    return email;
  }

  /**
   * Returns the trimmed URL after checking that it is an absolute http or https URL with a host;
   * {@code null} if blank.
   */
  public static @Nullable String optionalWebUrl(String field, @Nullable String value, int maxChars) {
    String url = optionalLine(field, value, maxChars);
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty()) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InvalidInputException(field, Problem.MALFORMED, field + " is not an http(s) URL");
  }

  /**
   * Checks {@code min <= value <= max} for a value a user sent, such as a page number.
   *
   * @throws InvalidInputException with {@link Problem#OUT_OF_RANGE} otherwise
   */
  public static int inputRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(
          field,
          Problem.OUT_OF_RANGE,
          field + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /**
   * Checks {@code min <= value <= max} for a value the application sets, such as a builder
   * setting.
   *
   * @throws IllegalArgumentException naming the value otherwise
   */
  public static int argumentRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }
}
