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
  @EnumSource(value = ModerationState.class, names = "PURGED", mode = EnumSource.Mode.EXCLUDE)
  void everyModerationStateCanBeLeftAndReached(ModerationState state) {
    for (ModerationState other : ModerationState.values()) {
      if (other != state && other != ModerationState.PURGED) {
        assertThat(state.canChangeTo(other)).as("%s -> %s", state, other).isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ModerationState.class)
  void purgedCanBeNeitherReachedNorLeftByAModerator(ModerationState state) {
    assertThat(state.canChangeTo(ModerationState.PURGED)).isFalse();
    assertThat(ModerationState.PURGED.canChangeTo(state)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(ModerationState.class)
  void onlyApprovedIsPublic(ModerationState state) {
    assertThat(state.isPublic()).isEqualTo(state == ModerationState.APPROVED);
  }
}
