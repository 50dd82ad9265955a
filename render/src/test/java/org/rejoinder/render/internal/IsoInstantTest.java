package org.rejoinder.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

  @Test
  void format_writesWhatInstantToStringWrites_wholeSecondsAndEveryFractionLength() {
    assertThat(IsoInstant.format(Instant.parse("2024-03-01T09:05:07Z"))).isEqualTo("2024-03-01T09:05:07Z");
    for (String text : new String[] {
        "1970-01-01T00:00:00Z", "0001-01-01T00:00:00.001Z", "0999-12-31T23:59:59.120Z",
        "2024-02-29T12:00:00.000100Z", "9999-12-31T23:59:59.999999999Z", "2000-01-01T00:00:00.000000001Z"}) {
      Instant instant = Instant.parse(text);
      assertThat(IsoInstant.format(instant)).as(text).isEqualTo(instant.toString());
    }
  }

  @Test
  void format_agreesWithInstantToString_acrossYearsAndBeyondFourDigits() {
    Random random = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      long second = random.nextLong() % 400_000_000_000L; // years about -10,700 to 14,600
      int nano = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1000;
        default -> random.nextInt(1_000_000_000);
      };
      Instant instant = Instant.ofEpochSecond(second, nano);
      assertThat(IsoInstant.format(instant)).isEqualTo(instant.toString());
    }
  }
}
