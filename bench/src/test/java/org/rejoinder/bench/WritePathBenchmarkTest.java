package org.rejoinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.store.CommentQuery;

/** The write path's batch is accepted as a real one would be, so its timing is of real work. */
class WritePathBenchmarkTest {
  private static final Blackhole SINK = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void fullPath_storesEveryNewComment_approvedOrHeldForItsLinks_noneRejected() {
    WritePathBenchmark benchmark = new WritePathBenchmark();
    benchmark.existing = 300;
    benchmark.generate();
    benchmark.freshStore();

    benchmark.baselineFullPath(SINK);

    List<Comment> stored = benchmark.store.find(CommentQuery.all().withPost(SyntheticDiscussion.POST.id()));
    List<Comment> added = stored.subList(300, stored.size());
    assertThat(added).hasSize(WritePathBenchmark.BATCH);
    assertThat(added).extracting(Comment::state)
        .containsOnly(ModerationState.APPROVED, ModerationState.PENDING)
        .contains(ModerationState.APPROVED, ModerationState.PENDING);
    assertThat(added).filteredOn(c -> c.parentId() != null).hasSizeBetween(20, 80);
  }

  @Test
  void theStages_runOnAFreshStoreOfTheSameSize() {
    WritePathBenchmark benchmark = new WritePathBenchmark();
    benchmark.existing = 300;
    benchmark.generate();
    benchmark.freshStore();
    benchmark.moderate(SINK);
    benchmark.render(SINK);
    benchmark.store();
    assertThat(benchmark.store.count(CommentQuery.all())).isEqualTo(300 + WritePathBenchmark.BATCH);

    benchmark.freshStore();
    assertThat(benchmark.store.count(CommentQuery.all())).isEqualTo(300);
  }
}
