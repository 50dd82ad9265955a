package org.rejoinder.bench.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.thread.ThreadSlice;

/** The small post's pages and the big post's are alike, so their times compare. */
class ThreadPageBenchmarkTest {
  @TempDir Path cache;

  private ThreadPageBenchmark opened(int comments) throws Exception {
    ThreadPageBenchmark benchmark = new ThreadPageBenchmark();
    benchmark.backend = Backend.H2_FILE;
    benchmark.comments = comments;
    benchmark.generated = 3_000;
    benchmark.cache = cache;
    benchmark.open();
    return benchmark;
  }

  @Test
  void theFirstPage_holdsTheSameThreads_inTheSmallPostAsInTheBig() throws Exception {
    ThreadPageBenchmark small = opened(400);
    ThreadPageBenchmark big = opened(3_000);
    try {
      ThreadSlice smallFirst = small.baselineFirstPage();
      ThreadSlice bigFirst = big.baselineFirstPage();

      assertThat(smallFirst.comments()).hasSizeGreaterThan(50).isEqualTo(bigFirst.comments());
      assertThat(smallFirst.threadCount()).isLessThan(bigFirst.threadCount());
      assertThat(small.assembledFirstPage().roots()).hasSize(50);
    } finally {
      small.close();
      big.close();
    }
  }

  @Test
  void theMiddleAndLastPages_areFullPagesFurtherOn() throws Exception {
    ThreadPageBenchmark big = opened(3_000);
    try {
      ThreadSlice middle = big.middlePage();
      ThreadSlice last = big.lastPage();

      assertThat(big.middle).isGreaterThan(1).isLessThan(big.last);
      assertThat(middle.firstThread()).isEqualTo((big.middle - 1) * 50);
      assertThat(last.firstThread()).isEqualTo((big.last - 1) * 50);
      assertThat(middle.comments()).hasSizeGreaterThan(50);
      assertThat(last.comments()).isNotEmpty();
      assertThat(middle.comments().get(0).id().value())
          .isGreaterThan(big.baselineFirstPage().comments().stream().mapToLong(c -> c.id().value()).max().orElseThrow());
    } finally {
      big.close();
    }
  }
}
