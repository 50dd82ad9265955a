package org.rejoinder.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;

/** The signed links of subscription messages: genuine only exactly as they were issued. */
class SubscriptionTokensTest {
  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private final SubscriptionTokens tokens = SubscriptionTokens.withSecret(new byte[32]);

  @Test
  void aGenuineToken_namesItsSubscription() {
    SubscriptionId id = SubscriptionId.random();
    assertThat(tokens.unsubscribed(tokens.unsubscribeToken(id))).isEqualTo(id);
    assertThat(tokens.confirmed(tokens.confirmationToken(id, NOW), NOW.plus(Duration.ofDays(6)))).isEqualTo(id);
  }

  @Test
  void everyOneCharacterChange_isRefused_evenInBitsBase64DoesNotDecode() {
    // A 32-byte signature ends in a character of which Base64 decodes only two bits: a lenient
    // decoder maps several last characters to the same signature.
    for (int n = 0; n < 20; n++) {
      String genuine = tokens.unsubscribeToken(SubscriptionId.random());
      for (int i = 0; i < genuine.length(); i++) {
        for (char c : (BASE64URL + ".=").toCharArray()) {
          if (c == genuine.charAt(i)) {
            continue;
          }
          String altered = genuine.substring(0, i) + c + genuine.substring(i + 1);
          assertThatThrownBy(() -> tokens.unsubscribed(altered))
              .as("%s altered at %d to %s", genuine, i, c)
              .isInstanceOfSatisfying(InvalidInputException.class,
                  e -> assertThat(e.problem()).isEqualTo(InvalidInputException.Problem.MALFORMED));
        }
      }
    }
  }

  @Test
  void aTokenForOnePurpose_isRefusedForTheOther_andAnExpiredConfirmationIsRefused() {
    SubscriptionId id = SubscriptionId.random();
    assertThatThrownBy(() -> tokens.confirmed(tokens.unsubscribeToken(id), NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> tokens.unsubscribed(tokens.confirmationToken(id, NOW)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> tokens.confirmed(tokens.confirmationToken(id, NOW), NOW.plus(Duration.ofDays(8))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anotherSecret_refusesTheToken() {
    String token = tokens.unsubscribeToken(SubscriptionId.random());
    byte[] other = new byte[32];
    other[0] = 1;
    assertThatThrownBy(() -> SubscriptionTokens.withSecret(other).unsubscribed(token))
        .isInstanceOf(InvalidInputException.class);
  }
}
