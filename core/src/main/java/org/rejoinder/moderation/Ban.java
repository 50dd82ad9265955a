package org.rejoinder.moderation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.Author;
import org.rejoinder.model.Limits;

/**
 * A ban: comments by an author, from an email address, or from an IP address or range are marked
 * as spam (the default, so the banned person is not told) or rejected, until the ban expires.
 *
 * @param kind what the ban names
 * @param value the author key; the email address (stored in lower case, matched ignoring case);
 *     or the IP address or CIDR range, such as {@code "192.0.2.0/24"} or {@code "2001:db8::/32"}
 *     (stored in canonical form)
 * @param decision {@link Decision#SPAM} or {@link Decision#REJECT}
 * @param expiresAt when the ban ends (it applies strictly before), or {@code null} for never
 * @since 0.1.0
 */
public record Ban(Kind kind, String value, Decision decision, @Nullable Instant expiresAt) {

  /** What a ban names. */
  public enum Kind {
    /** An author, by {@link Author#key()}. */
    AUTHOR,
    /** An email address, whoever uses it. */
    EMAIL,
    /** An IPv4 or IPv6 address, or a CIDR range of them. */
    IP
  }

  /**
   * Creates a ban.
   *
   * @throws IllegalArgumentException if the value is blank or malformed for its kind, or the
   *     decision is neither spam nor reject
   */
  public Ban {
    requireNonNull(kind, "kind must not be null");
    value = Checks.argumentLine("ban.value", value, Limits.MAX_KEY_CHARS);
    if (kind == Kind.EMAIL) {
      value = value.toLowerCase(Locale.ROOT);
    } else if (kind == Kind.IP) {
      value = IpRange.parse(value).canonical();
    }
    requireNonNull(decision, "decision must not be null");
    checkArgument(
        decision == Decision.SPAM || decision == Decision.REJECT,
        "ban.decision must be SPAM or REJECT but was %s",
        decision);
  }

  /** Returns a permanent ban of an author that marks their comments as spam. */
  public static Ban author(Author author) {
    return new Ban(Kind.AUTHOR, author.key(), Decision.SPAM, null);
  }

  /** Returns a permanent ban of an email address that marks comments as spam. */
  public static Ban email(String address) {
    return new Ban(Kind.EMAIL, address, Decision.SPAM, null);
  }

  /** Returns a permanent ban of an IP address or CIDR range that marks comments as spam. */
  public static Ban ip(String addressOrRange) {
    return new Ban(Kind.IP, addressOrRange, Decision.SPAM, null);
  }

  /** Returns this ban rejecting comments instead of marking them as spam. */
  public Ban rejecting() {
    return new Ban(kind, value, Decision.REJECT, expiresAt);
  }

  /** Returns this ban ending at {@code end}. */
  public Ban until(Instant end) {
    return new Ban(kind, value, decision, requireNonNull(end, "end must not be null"));
  }

  /** Returns whether the ban is in force at {@code at}. */
  public boolean isActiveAt(Instant at) {
    return expiresAt == null || at.isBefore(expiresAt);
  }

  /** Shows the kind, the value (an email address or email key hidden), the decision and the end. */
  @Override
  public String toString() {
    String shown =
        switch (kind) {
          case EMAIL -> Redaction.email(value);
          case AUTHOR -> Redaction.key(value);
          case IP -> value;
        };
    return "Ban[" + kind + " " + shown + ", " + decision
        + (expiresAt == null ? "" : ", until " + expiresAt) + "]";
  }
}
