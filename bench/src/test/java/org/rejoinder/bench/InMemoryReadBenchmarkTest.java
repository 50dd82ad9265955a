package org.rejoinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rejoinder.model.Comment;

/** The store's read and its baseline hand out the same comments, so their times compare. */
class InMemoryReadBenchmarkTest {
  @Test
  void commentsOf_returnsWhatTheBaselineCopiesAndSorts_withTheVotesCast() {
    InMemoryReadBenchmark benchmark = new InMemoryReadBenchmark();
    benchmark.comments = 500;
    benchmark.setUp();

    assertThat(benchmark.commentsOf()).hasSize(500).isEqualTo(benchmark.baselineCopyAndSort());
    assertThat(benchmark.commentsOf()).anyMatch(c -> c.votes().total() > 0);
    assertThat(benchmark.findByAuthor()).isNotEmpty()
        .extracting(Comment::author).containsOnly(benchmark.findByAuthor().get(0).author());
    assertThat(benchmark.threadPage().roots()).isNotEmpty();
  }
}
