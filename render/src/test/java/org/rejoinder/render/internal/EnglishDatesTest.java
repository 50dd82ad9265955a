package org.rejoinder.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnglishDatesTest {

  @Test
  void format_writesWhatTheFormatterWrites_inAnyYear() {
    Random random = new Random(11);
    ZoneId zone = ZoneId.of("America/New_York");
    for (int i = 0; i < 5_000; i++) {
      ZonedDateTime time = Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L).atZone(zone);
      assertThat(EnglishDates.format(time)).isEqualTo(EnglishDates.FORMATTER.format(time));
    }
  }
}
