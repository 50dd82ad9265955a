package org.rejoinder.bench.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentQuery;

/** The cached post holds what it claims, is built once, and never from a half-built file. */
class PostDatasetTest {
  private static final Post MARKER = Post.of(PostId.of("marker"), "Marker", SiteUser.of("1", "Ed"), Instant.EPOCH);

  @TempDir Path cache;

  @Test
  void open_storesTheFirstCommentsOfTheGeneratedDiscussion_asGenerated_withTheirVotes() throws Exception {
    List<Comment> generated =
        SyntheticDiscussion.generate(2_000, SyntheticDiscussion.Shape.RANDOM, 1_000, PostDataset.SEED);

    try (BenchDatabase database = PostDataset.open(Backend.H2_FILE, 300, 2_000, cache)) {
      JdbcCommentStore store = database.store();

      assertThat(store.commentsOf(SyntheticDiscussion.POST.id()))
          .isEqualTo(SyntheticDiscussion.withVotes(generated.subList(0, 300), PostDataset.SEED));
      assertThat(store.count(CommentQuery.all())).isEqualTo(300);
    }
  }

  @Test
  void open_again_reusesTheDatabase_insteadOfBuildingItAnew() throws Exception {
    try (BenchDatabase first = PostDataset.open(Backend.H2_FILE, 100, 500, cache)) {
      first.store().insertPost(MARKER);
    }

    try (BenchDatabase again = PostDataset.open(Backend.H2_FILE, 100, 500, cache)) {
      assertThat(again.store().findPost(MARKER.id())).isPresent();
    }
  }

  @Test
  void open_startsAnInterruptedBuildOver() throws Exception {
    Path partial = cache.resolve(PostDataset.name(100, 500) + "_partial.mv.db");
    Files.writeString(partial, "not a database: the build was killed");

    try (BenchDatabase database = PostDataset.open(Backend.H2_FILE, 100, 500, cache)) {
      assertThat(database.store().count(CommentQuery.all())).isEqualTo(100);
    }
    assertThat(partial).doesNotExist();
  }

  @Test
  void open_refusesMoreCommentsThanGenerated_andBackendsThatAreNotKept() {
    assertThatThrownBy(() -> PostDataset.open(Backend.H2_FILE, 501, 500, cache))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comments must be between 1 and 500 but was 501");
    assertThatThrownBy(() -> PostDataset.open(Backend.H2_MEMORY, 100, 500, cache))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("H2_MEMORY is not cached between runs");
    assertThat(cache).isEmptyDirectory();
  }
}
