package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErasureRecordTest {
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");

  @Test
  void plus_addsEveryCountOfABatch() {
    ErasureRecord record = ErasureRecord.started("r1", "user:admin", T0)
        .plus(new PersonalDataStore.Erased(500, 1, 2, 3, 4, 5))
        .plus(new PersonalDataStore.Erased(7, 0, 0, 0, 0, 1));

    assertThat(record).isEqualTo(new ErasureRecord("r1", "user:admin", T0, 507, 1, 2, 3, 4, 6));
  }

  @Test
  void anAddressAsTheRequester_isRefused() {
    assertThatThrownBy(() -> ErasureRecord.started("r1", "email:ann@example.com", T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestedBy")
        .hasMessageNotContaining("ann@");
  }

  @Test
  void blankIdsAndNegativeCounts_areRefused() {
    assertThatThrownBy(() -> ErasureRecord.started(" ", "user:admin", T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestId");
    assertThatThrownBy(() -> new ErasureRecord("r1", "user:admin", T0, -1, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }
}
