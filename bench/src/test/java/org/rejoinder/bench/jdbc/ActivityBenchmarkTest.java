package org.rejoinder.bench.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;

/** The site spreads whole threads over its posts, and the benchmark asks what it claims. */
class ActivityBenchmarkTest {
  @TempDir Path cache;

  @Test
  void theSite_keepsEveryThreadOnOnePost_andFillsEveryPost() {
    List<Comment> comments = PostDataset.siteComments(5_000, 60);

    for (Comment c : comments) {
      if (c.parentId() != null) {
        Comment parent = comments.get((int) c.parentId().value() - 1);
        assertThat(c.postId()).isEqualTo(parent.postId());
      }
    }
    assertThat(comments.stream().map(Comment::postId).distinct()).hasSize(60);
  }

  @Test
  void theBenchmark_countsOneAndFiftyPosts_andReadsTheNewestComments() throws Exception {
    ActivityBenchmark benchmark = new ActivityBenchmark();
    benchmark.backend = Backend.H2_FILE;
    benchmark.comments = 5_000;
    benchmark.posts = 60;
    benchmark.cache = cache;
    benchmark.open();
    Map<PostId, Integer> approved = new HashMap<>();
    for (Comment c : PostDataset.siteComments(5_000, 60)) {
      if (c.state() == ModerationState.APPROVED) {
        approved.merge(c.postId(), 1, Integer::sum);
      }
    }
    try {
      Map<PostId, Integer> fifty = benchmark.fiftyPosts();
      assertThat(fifty).hasSize(50);
      for (PostId post : fifty.keySet()) {
        assertThat(fifty.get(post)).isEqualTo(approved.get(post)).isPositive();
      }
      assertThat(benchmark.baselineOnePost()).hasSize(1);

      List<Comment> recent = benchmark.recentComments();
      assertThat(recent).hasSize(20)
          .isSortedAccordingTo(Comparator.comparing(Comment::createdAt).reversed())
          .allMatch(c -> c.state() == ModerationState.APPROVED);
      assertThat(recent.get(0).id().value()).isGreaterThan(4_900);
    } finally {
      benchmark.close();
    }
  }
}
