package org.rejoinder.bench.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rejoinder.store.CommentQuery;

/** The export reads, and the erasure anonymizes, every comment of the address. */
class ErasureBenchmarkTest {
  @Test
  void exportAndErasure_coverEveryCommentOfTheAddress() throws Exception {
    ErasureBenchmark benchmark = new ErasureBenchmark();
    benchmark.backend = Backend.H2_MEMORY;
    benchmark.generate();
    benchmark.freshDatabase();

    assertThat(benchmark.baselineExport().comments()).hasSize(ErasureBenchmark.ADDRESS_COMMENTS);
    assertThat(benchmark.erase().comments()).isEqualTo(ErasureBenchmark.ADDRESS_COMMENTS);
    assertThat(benchmark.store.count(CommentQuery.all().withAuthorEmail(ErasureBenchmark.ADDRESS))).isZero();
    assertThat(benchmark.store.erasures(0, 10)).singleElement()
        .satisfies(r -> assertThat(r.comments()).isEqualTo(ErasureBenchmark.ADDRESS_COMMENTS));
    benchmark.dropDatabase();
  }
}
