package org.rejoinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException.Problem;
import org.rejoinder.error.InvalidInputException;

class BodyTest {

  @Test
  void text_isKeptExactlyAsWritten() {
    String text = "  Line one\r\n\r\n\tIndented *emphasis*  \n";

    assertThat(Body.markdown(text).text()).isEqualTo(text);
  }

  @Test
  void blankText_isRequired() {
    assertThatThrownBy(() -> Body.plain(" \n\t "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("body");
              assertThat(e.problem()).isEqualTo(Problem.REQUIRED);
            });
    assertThatThrownBy(() -> Body.plain(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void limitIsInUtf8Bytes_notCharacters() {
    // "é" is two bytes in UTF-8: the limit counts what a database column holds.
    String atLimit = "é".repeat(Limits.MAX_BODY_BYTES / 2) + "a".repeat(Limits.MAX_BODY_BYTES % 2);
    assertThat(Body.plain(atLimit).text()).hasSize(Limits.MAX_BODY_BYTES / 2 + 1);

    assertThatThrownBy(() -> Body.plain(atLimit + "a"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
  }

  @Test
  void nulAndUnpairedSurrogates_areMalformed() {
    assertThatThrownBy(() -> Body.plain("a\u0000b"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    assertThatThrownBy(() -> Body.plain("broken \uD83D text"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
  }

  @Test
  void emojiAndOtherScripts_areFine() {
    assertThat(Body.plain("Merci 👍 — 谢谢 — شكرا").text()).contains("👍");
  }
}
