package org.rejoinder.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rejoinder.render.Messages;

class EnglishMessagesTest {

  @Test
  void date_writesWhatTheFormatterWrites_inAnyYear() {
    Random random = new Random(11);
    ZoneId zone = ZoneId.of("America/New_York");
    for (int i = 0; i < 5_000; i++) {
      ZonedDateTime time = Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L).atZone(zone);
      assertThat(EnglishMessages.date(time)).isEqualTo(EnglishMessages.DATE.format(time));
    }
  }

  @Test
  void dateTime_isWordPressStyle_withTwoDigitMinutes() {
    Messages english = Messages.english();
    assertThat(english.dateTime(ZonedDateTime.parse("2024-04-02T09:04:00Z"))).isEqualTo("April 2, 2024 at 9:04 am");
    assertThat(english.dateTime(ZonedDateTime.parse("2024-04-02T00:30:00Z"))).isEqualTo("April 2, 2024 at 12:30 am");
    assertThat(english.dateTime(ZonedDateTime.parse("2024-12-31T23:59:00Z"))).isEqualTo("December 31, 2024 at 11:59 pm");
  }
}
