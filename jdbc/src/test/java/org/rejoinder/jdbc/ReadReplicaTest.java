package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.thread.ThreadNode;

/**
 * Two application nodes on one primary and one read replica. The replica here is a second
 * database that receives only what the test copies into it, so what each read sees shows which
 * database answered it.
 */
class ReadReplicaTest {
  private static final PostId POST_ID = PostId.of("hello");
  private static final Guest ANN = Guest.of("Ann", "ann@example.com");
  private static final ModerationPolicy POLICY =
      ModerationPolicy.builder().holdFirstComments(false).floodInterval(Duration.ofHours(1)).build();

  private final TestDatabase primary = TestDatabase.h2();
  private final TestDatabase replica = TestDatabase.h2();
  private final JdbcCommentStore replicated = replica.migratedStore();

  ReadReplicaTest() {
    primary.migratedStore();
  }

  @AfterEach
  void close() throws Exception {
    primary.close();
    replica.close();
  }

  private Rejoinder node(Duration readYourWrites) {
    JdbcCommentStore store = JdbcCommentStore.builder(primary.dataSource())
        .readReplica(replica.dataSource())
        .readYourWrites(readYourWrites)
        .build();
    return Rejoinder.builder().store(store).moderation(POLICY).build();
  }

  /** Copies the post to the replica, as replication would. */
  private Post postOnBoth(Rejoinder node) {
    Post post = node.createPost(Post.of(POST_ID, "Hello", SiteUser.of("1", "Editor"), Instant.now()));
    replicated.insertPost(post);
    return post;
  }

  private static List<String> bodies(Rejoinder node) {
    return node.thread(POST_ID).roots().stream()
        .flatMap(n -> n.comment().stream()).map(c -> c.body().text()).toList();
  }

  @Test
  void theNodeThatWrote_readsThePostFromThePrimary_othersFromTheReplica() {
    Rejoinder a = node(Duration.ofHours(1));
    Rejoinder b = node(Duration.ofHours(1));
    postOnBoth(a);

    a.submit(NewComment.on(POST_ID, ANN, Body.plain("First!")));

    assertThat(bodies(a)).as("the writer reads its own write").containsExactly("First!");
    assertThat(bodies(b)).as("another node reads the replica, which lags").isEmpty();
    assertThat(b.responseCounts(List.of(POST_ID))).containsEntry(POST_ID, 0);
    assertThat(a.responseCounts(List.of(POST_ID))).containsEntry(POST_ID, 1);
  }

  @Test
  void moderationHistory_comesFromThePrimary_soAFloodIsCaughtOnAnotherNodeBeforeReplication() {
    Rejoinder a = node(Duration.ofHours(1));
    Rejoinder b = node(Duration.ofHours(1));
    postOnBoth(a);
    a.submit(NewComment.on(POST_ID, ANN, Body.plain("First!")));

    assertThatThrownBy(() -> b.submit(NewComment.on(POST_ID, ANN, Body.plain("Second!"))))
        .isInstanceOf(CommentRejectedException.class);
    assertThat(a.thread(POST_ID).size()).isEqualTo(1);
  }

  @Test
  void onceReplicated_everyNodeSeesTheComment() {
    Rejoinder a = node(Duration.ofHours(1));
    Rejoinder b = node(Duration.ofHours(1));
    postOnBoth(a);
    Comment first = a.submit(NewComment.on(POST_ID, ANN, Body.plain("First!")));

    replicated.insertAll(List.of(first), org.rejoinder.model.Actor.SYSTEM, "replicated");

    assertThat(bodies(b)).containsExactly("First!");
  }

  @Test
  void withNoReadYourWritesWindow_evenTheWriterReadsTheReplica() {
    Rejoinder a = node(Duration.ZERO);
    postOnBoth(a);
    Comment first = a.submit(NewComment.on(POST_ID, ANN, Body.plain("First!")));

    assertThat(bodies(a)).isEmpty();
    assertThat(a.comment(first.id()).body().text()).as("a comment by id comes from the primary").isEqualTo("First!");
  }

  @Test
  void aPostNotYetReplicated_isReadFromThePrimary_soItsFirstCommentIsTaken() {
    Rejoinder a = node(Duration.ZERO);
    a.createPost(Post.of(POST_ID, "Hello", SiteUser.of("1", "Editor"), Instant.now()));

    a.submit(NewComment.on(POST_ID, ANN, Body.plain("First!")));

    assertThat(a.thread(POST_ID).post().title()).isEqualTo("Hello");
  }

  @Test
  void aNegativeWindow_isRefused() {
    assertThatThrownBy(() -> JdbcCommentStore.builder(primary.dataSource()).readYourWrites(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
  }
}
