package org.rejoinder.web;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A cookie a response sets or clears. Every cookie the web layer sets is {@code HttpOnly} and
 * {@code SameSite=Lax}, and {@code Secure} when the request came over https.
 *
 * @param name the cookie's name, a token
 * @param value its value, cookie-safe characters only (the web layer base64url-encodes its own)
 * @param path the path it is sent back for
 * @param maxAge how long the browser keeps it; {@code null} for the browser session, {@link
 *     Duration#ZERO} to delete it
 * @param secure whether it is sent over https only
 * @since 0.2.0
 */
public record ResponseCookie(
    String name, String value, String path, @Nullable Duration maxAge, boolean secure) {

  /**
   * Creates a cookie.
   *
   * @throws IllegalArgumentException if the name, value or path holds characters a cookie
   *     cannot, or the age is negative
   */
  public ResponseCookie {
    requireNonNull(name, "name must not be null");
    requireNonNull(value, "value must not be null");
    requireNonNull(path, "path must not be null");
    checkArgument(name.matches("[A-Za-z0-9_.-]{1,64}"), "name must be a cookie name but was %s", name);
    checkArgument(value.matches("[A-Za-z0-9_.~:|-]*"),
        "value must hold only A-Z a-z 0-9 _ . ~ : | - but was %s", value);
    checkArgument(path.matches("/[A-Za-z0-9_./-]*"), "path must be an absolute path but was %s", path);
    checkArgument(maxAge == null || !maxAge.isNegative(), "maxAge must not be negative but was %s", maxAge);
  }

  /** Returns the {@code Set-Cookie} header value. */
  public String headerValue() {
    StringBuilder header = new StringBuilder(name).append('=').append(value)
        .append("; Path=").append(path);
    if (maxAge != null) {
      header.append("; Max-Age=").append(maxAge.toSeconds());
    }
    header.append("; HttpOnly; SameSite=Lax");
    if (secure) {
      header.append("; Secure");
    }
    return header.toString();
  }

  /** Hides the value, which may identify a reader. */
  @Override
  public String toString() {
    return "ResponseCookie[" + name + ", " + path + "]";
  }
}
