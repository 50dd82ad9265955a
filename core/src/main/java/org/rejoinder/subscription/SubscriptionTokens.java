package org.rejoinder.subscription;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.InvalidInputException.Problem;

/**
 * Signs and checks the tokens of subscription links, so that confirming or ending a
 * subscription needs no sign-in: a confirmation token (double opt-in) expires after {@link
 * #confirmationLifetime()}; an unsubscribe token (the one-click link of every message) does not.
 * A token is {@code <payload>.<HMAC-SHA256 of the payload>}, both URL-safe Base64, so it goes
 * into a link as it is.
 *
 * <p>Immutable and safe for use by many threads. Keep the secret out of the code and the same
 * across restarts and instances, or older links stop working.
 *
 * @since 0.2.0
 */
public final class SubscriptionTokens {
  /** The default lifetime of a confirmation token: {@value} days. */
  public static final int DEFAULT_CONFIRMATION_DAYS = 7;

  private static final String CONFIRM = "confirm";
  private static final String UNSUBSCRIBE = "unsubscribe";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final Duration confirmationLifetime;

  private SubscriptionTokens(byte[] secret, Duration confirmationLifetime) {
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.confirmationLifetime = confirmationLifetime;
  }

  /**
   * Returns tokens signed with {@code secret}, whose confirmation tokens last {@value
   * #DEFAULT_CONFIRMATION_DAYS} days.
   *
   * @param secret at least 32 bytes, random
   * @throws IllegalArgumentException if the secret is shorter than 32 bytes
   */
  public static SubscriptionTokens withSecret(byte[] secret) {
    requireNonNull(secret, "secret must not be null");
    checkArgument(secret.length >= 32, "secret must be at least 32 bytes but was %s", secret.length);
    return new SubscriptionTokens(secret, Duration.ofDays(DEFAULT_CONFIRMATION_DAYS));
  }

  /**
   * Returns a copy whose confirmation tokens last {@code lifetime}.
   *
   * @throws IllegalArgumentException if {@code lifetime} is not positive
   */
  public SubscriptionTokens withConfirmationLifetime(Duration lifetime) {
    requireNonNull(lifetime, "lifetime must not be null");
    checkArgument(!lifetime.isNegative() && !lifetime.isZero(),
        "lifetime must be positive but was %s", lifetime);
    return new SubscriptionTokens(key.getEncoded(), lifetime);
  }

  /** Returns how long a confirmation token is good for. */
  public Duration confirmationLifetime() {
    return confirmationLifetime;
  }

  /** Returns the token of a link that confirms a subscription, good until {@code issuedAt} plus the lifetime. */
  public String confirmationToken(SubscriptionId id, Instant issuedAt) {
    requireNonNull(id, "id must not be null");
    requireNonNull(issuedAt, "issuedAt must not be null");
    return sign(CONFIRM + "|" + id.value() + "|" + issuedAt.plus(confirmationLifetime).getEpochSecond());
  }

  /** Returns the token of a link that ends a subscription; it does not expire. */
  public String unsubscribeToken(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return sign(UNSUBSCRIBE + "|" + id.value() + "|0");
  }

  /**
   * Returns the subscription a confirmation token names.
   *
   * @throws InvalidInputException if the token is not one this instance signed for a
   *     confirmation ({@code MALFORMED}) or has expired at {@code now} ({@code OUT_OF_RANGE})
   */
  public SubscriptionId confirmed(String token, Instant now) {
    requireNonNull(now, "now must not be null");
    String[] parts = verify(token, CONFIRM);
    if (now.getEpochSecond() > Long.parseLong(parts[2])) {
      throw new InvalidInputException("token", Problem.OUT_OF_RANGE, "The confirmation link has expired");
    }
    return new SubscriptionId(parts[1]);
  }

  /**
   * Returns the subscription an unsubscribe token names.
   *
   * @throws InvalidInputException if the token is not one this instance signed to unsubscribe
   *     ({@code MALFORMED})
   */
  public SubscriptionId unsubscribed(String token) {
    return new SubscriptionId(verify(token, UNSUBSCRIBE)[1]);
  }

  private String sign(String payload) {
    return sign(payload.getBytes(StandardCharsets.UTF_8));
  }

  private String sign(byte[] payload) {
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  private String[] verify(String token, String purpose) {
    requireNonNull(token, "token must not be null");
    InvalidInputException bad =
        new InvalidInputException("token", Problem.MALFORMED, "The link is not valid");
    int dot = token.indexOf('.');
    if (dot < 0 || token.length() > 500) {
      throw bad;
    }
    byte[] payload;
    try {
      payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
    } catch (IllegalArgumentException e) {
      throw bad;
    }
    // The whole token is compared with the one this instance would sign, not the decoded
    // signature with the MAC: Base64 lets a last character differ in bits it does not decode,
    // and a token is genuine only as it was issued.
    if (!MessageDigest.isEqual(
        sign(payload).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.UTF_8))) {
      throw bad;
    }
    String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
    if (parts.length != 3 || !parts[0].equals(purpose)) {
      throw bad;
    }
    return parts;
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "SubscriptionTokens[confirmation lifetime " + confirmationLifetime + "]";
  }
}
