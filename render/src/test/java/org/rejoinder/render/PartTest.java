package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rejoinder.thread.ThreadNode;

class PartTest {

  @Test
  void anApplicationsPart_isNotBuiltIn_andKeepsItsNameAndType() {
    Part<ThreadNode> badge = Part.of("BADGE", ThreadNode.class);

    assertThat(badge.isBuiltIn()).isFalse();
    assertThat(badge.name()).isEqualTo("BADGE");
    assertThat(badge).hasToString("BADGE");
    assertThat(badge.type()).isEqualTo(ThreadNode.class);
    assertThat(Part.builtIns()).doesNotContain(badge).contains(Part.COMMENT);
    assertThat(Part.COMMENT.isBuiltIn()).isTrue();
  }

  @Test
  void twoPartsWithOneName_areTwoParts() {
    assertThat(Part.of("BADGE", ThreadNode.class)).isNotEqualTo(Part.of("BADGE", ThreadNode.class));
  }

  @Test
  void aMalformedName_orABuiltInPartsName_isRefused() {
    assertThatThrownBy(() -> Part.of("", ThreadNode.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must be");
    assertThatThrownBy(() -> Part.of("two words", ThreadNode.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two words");
    assertThatThrownBy(() -> Part.of("x".repeat(65), ThreadNode.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Part.of("COMMENT", ThreadNode.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("built-in");
    assertThatThrownBy(() -> Part.of(null, ThreadNode.class))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> Part.of("BADGE", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("type");
  }

  @Test
  void aPosition_refusesNumbersThatCannotBe() {
    assertThat(new PartPosition(3, 1, 2).indexAtNesting()).isEqualTo(2);
    assertThatThrownBy(() -> new PartPosition(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index");
    assertThatThrownBy(() -> new PartPosition(1, 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indexAtNesting");
  }
}
