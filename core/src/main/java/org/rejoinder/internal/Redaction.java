package org.rejoinder.internal;

import org.jspecify.annotations.Nullable;

/**
 * Keeps email addresses out of {@code toString()} and messages, in one place: every value that
 * holds an author or actor key, or an id that may be an address, shows it through this class.
 * Not part of the API.
 */
public final class Redaction {
  /** What an email address is shown as. */
  public static final String HIDDEN = "<hidden>";

  private Redaction() {}

  /**
   * Returns an author or actor key fit for logs: the prefix with {@code <hidden>} for a guest's
   * email key ({@code email:<hidden>}) or a key whose id looks like an address ({@code
   * user:<hidden>} when an application uses addresses as user ids); {@code anonymous} for none;
   * any other key as it is ({@code user:42}, {@code wordpress.com:88213}, {@code guest:ann}).
   */
  public static String key(@Nullable String key) {
    if (key == null) {
      return "anonymous";
    }
    int colon = key.indexOf(':');
    String prefix = colon < 0 ? "" : key.substring(0, colon + 1);
    return prefix.equals("email:") || key.indexOf('@', colon + 1) >= 0 ? prefix + HIDDEN : key;
  }

  /** Returns an id as it is, or {@code <hidden>} if it looks like an email address. */
  public static String id(String id) {
    return id.indexOf('@') >= 0 ? HIDDEN : id;
  }

  /** Returns {@code <hidden>} for an address, and {@code none} for no address. */
  public static String email(@Nullable String address) {
    return address == null ? "none" : HIDDEN;
  }
}
