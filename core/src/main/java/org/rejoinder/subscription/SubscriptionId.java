package org.rejoinder.subscription;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.Base64;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.InvalidInputException.Problem;

/**
 * The id of a {@link Subscription}: 22 characters of URL-safe Base64, random (128 bits), so that
 * ids cannot be guessed from one another.
 *
 * @param value the id's text
 * @since 0.2.0
 */
public record SubscriptionId(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Creates an id from its text, as a link or a store gives it back.
   *
   * @throws InvalidInputException if {@code value} is not 22 characters of URL-safe Base64
   */
  public SubscriptionId {
    requireNonNull(value, "value must not be null");
    if (!value.matches("[A-Za-z0-9_-]{22}")) {
      throw new InvalidInputException(
          "subscription", Problem.MALFORMED, "subscription is not a subscription id");
    }
  }

  /** Returns a new random id. */
  public static SubscriptionId random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return new SubscriptionId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  @Override
  public String toString() {
    return value;
  }
}
