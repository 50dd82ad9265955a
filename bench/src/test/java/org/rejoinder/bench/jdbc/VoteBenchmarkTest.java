package org.rejoinder.bench.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.infra.Blackhole;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Votes;

/** Every batch of votes is counted as real votes are and then taken back, in every store. */
class VoteBenchmarkTest {
  private static final Blackhole SINK = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  private static Map<CommentId, Votes> counts(VoteBenchmark benchmark) {
    Map<CommentId, Votes> counts = new HashMap<>();
    for (Comment c : benchmark.store.commentsOf(SyntheticDiscussion.POST.id())) {
      counts.put(c.id(), c.votes());
    }
    return counts;
  }

  private static int total(Map<CommentId, Votes> counts) {
    return counts.values().stream().mapToInt(Votes::total).sum();
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"MEMORY", "H2_MEMORY", "SQLITE_FILE"})
  void eachBatch_countsItsVotes_andTakingThemBackRestoresTheCounts(Backend backend) throws Exception {
    VoteBenchmark benchmark = new VoteBenchmark();
    benchmark.existing = 300;
    benchmark.backend = backend;
    benchmark.open();
    try {
      Map<CommentId, Votes> before = counts(benchmark);
      assertThat(total(before)).as("the post comes with votes").isGreaterThan(100);

      benchmark.baselineVote(SINK);
      assertThat(total(counts(benchmark))).isEqualTo(total(before) + VoteBenchmark.BATCH);
      benchmark.takeBack();
      benchmark.storeVote(SINK);
      assertThat(total(counts(benchmark))).isEqualTo(total(before) + VoteBenchmark.BATCH);
      benchmark.takeBack();
      benchmark.changeVote(SINK);
      assertThat(total(counts(benchmark))).isEqualTo(total(before) + VoteBenchmark.BATCH);
      benchmark.takeBack();

      assertThat(counts(benchmark)).isEqualTo(before);
    } finally {
      benchmark.close();
    }
  }
}
