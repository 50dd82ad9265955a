package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void dateTime_isWordPressStyle_withTwoDigitMinutes() {
    Messages english = Messages.english();
    assertThat(english.dateTime(ZonedDateTime.parse("2024-04-02T09:04:00Z"))).isEqualTo("April 2, 2024 at 9:04 am");
    assertThat(english.dateTime(ZonedDateTime.parse("2024-04-02T00:30:00Z"))).isEqualTo("April 2, 2024 at 12:30 am");
    assertThat(english.dateTime(ZonedDateTime.parse("2024-12-31T23:59:00Z"))).isEqualTo("December 31, 2024 at 11:59 pm");
  }

  @Test
  void responses_hasTheZeroOneAndManyForms_withThousandsSeparated() {
    Messages english = Messages.english();
    assertThat(english.responses(0, "T")).isEqualTo("No responses to “T”");
    assertThat(english.responses(1, "T")).isEqualTo("One response to “T”");
    assertThat(english.responses(1204, "T")).isEqualTo("1,204 responses to “T”");
  }
}
