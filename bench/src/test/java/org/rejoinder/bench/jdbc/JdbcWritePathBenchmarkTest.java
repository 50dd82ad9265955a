package org.rejoinder.bench.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.infra.Blackhole;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPageRequest;

/**
 * Every batch is stored as a real one would be and then removed, so each meets the same post, in
 * every store.
 */
class JdbcWritePathBenchmarkTest {
  private static final Blackhole SINK = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  private static JdbcWritePathBenchmark opened(Backend backend) {
    JdbcWritePathBenchmark benchmark = new JdbcWritePathBenchmark();
    benchmark.existing = 300;
    benchmark.backend = backend;
    benchmark.open();
    return benchmark;
  }

  private static int responses(JdbcWritePathBenchmark benchmark) {
    return benchmark.store.threadPage(ThreadPageRequest.of(
        SyntheticDiscussion.POST.id(), Actor.ANONYMOUS, ThreadOptions.DEFAULTS, 1)).responseCount();
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"MEMORY", "H2_MEMORY", "H2_FILE"})
  void fullPath_storesTheBatch_approvedOrHeld_andRemovingItRestoresThePost(Backend backend) throws Exception {
    JdbcWritePathBenchmark benchmark = opened(backend);
    try {
      int before = responses(benchmark);

      benchmark.baselineFullPath(SINK);

      List<Comment> stored = benchmark.store.find(CommentQuery.all());
      assertThat(stored).hasSize(300 + JdbcWritePathBenchmark.BATCH);
      assertThat(stored.subList(300, stored.size())).extracting(Comment::state)
          .containsOnly(ModerationState.APPROVED, ModerationState.PENDING)
          .contains(ModerationState.APPROVED, ModerationState.PENDING);
      assertThat(responses(benchmark)).isGreaterThan(before);

      benchmark.removeAdded();
      benchmark.baselineFullPath(SINK); // the same readers again: neither flood nor duplicate
      benchmark.removeAdded();

      assertThat(benchmark.store.count(CommentQuery.all())).isEqualTo(300);
      assertThat(responses(benchmark)).isEqualTo(before);
    } finally {
      benchmark.close();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"MEMORY", "H2_MEMORY"})
  void theStages_storeOnlyWhatTheStoreStageWrites_andLeaveThePostAsItWas(Backend backend) throws Exception {
    JdbcWritePathBenchmark benchmark = opened(backend);
    try {
      benchmark.moderate(SINK);
      assertThat(benchmark.store.count(CommentQuery.all())).isEqualTo(300);

      benchmark.store();
      assertThat(benchmark.store.count(CommentQuery.all())).isEqualTo(300 + JdbcWritePathBenchmark.BATCH);

      benchmark.removeAdded();
      assertThat(benchmark.store.count(CommentQuery.all())).isEqualTo(300);
    } finally {
      benchmark.close();
    }
  }
}
