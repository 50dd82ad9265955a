package org.rejoinder.bench.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rejoinder.model.Comment;
import org.rejoinder.store.CommentQueries;

/**
 * The history read for a prolific reader returns what a newcomer's returns, plus the one approved
 * comment that shows they are no newcomer, in every store.
 */
class HistoryReadBenchmarkTest {

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"MEMORY", "H2_MEMORY", "SQLITE_FILE"})
  void aProlificReadersHistory_isOneApprovedCommentMoreThanANewcomers(Backend backend)
      throws Exception {
    HistoryReadBenchmark benchmark = new HistoryReadBenchmark();
    benchmark.earlier = 300;
    benchmark.backend = backend;
    benchmark.open();
    try {
      CommentQueries.Answers newcomer = benchmark.baselineNewcomer();
      CommentQueries.Answers regular = benchmark.prolificAuthor();

      assertThat(newcomer.counts()).containsOnly(0L);
      assertThat(newcomer.found()).allSatisfy(found -> assertThat(found).isEmpty());
      assertThat(regular.counts()).containsOnly(0L);
      List<Comment> read = regular.found().stream().flatMap(List::stream).toList();
      assertThat(read).singleElement().satisfies(c -> {
        assertThat(c.author()).isEqualTo(HistoryReadBenchmark.REGULAR);
        assertThat(c.body().text()).isEqualTo("Point number 0");
      });
      assertThat(benchmark.store.commentsOf(benchmark.regular.post().id())).hasSize(1_300);
    } finally {
      benchmark.close();
    }
  }
}
