package org.rejoinder.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModerationStateTest {

  @ParameterizedTest
  @EnumSource(ModerationState.class)
  void noStateChangesToItself(ModerationState state) {
    assertThat(state.canChangeTo(state)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(ModerationState.class)
  void everyStateCanBeLeftAndReached(ModerationState state) {
    for (ModerationState other : ModerationState.values()) {
      if (other != state) {
        assertThat(state.canChangeTo(other)).as("%s -> %s", state, other).isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ModerationState.class)
  void onlyApprovedIsPublic(ModerationState state) {
    assertThat(state.isPublic()).isEqualTo(state == ModerationState.APPROVED);
  }
}
