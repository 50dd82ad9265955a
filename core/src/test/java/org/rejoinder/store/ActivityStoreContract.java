package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

/**
 * Response counts of many posts and recent comments across posts ({@link ActivityStore}): what a
 * blog's index page and a "recent comments" list show. A store implementation extends this class
 * and supplies fresh, empty stores; the store starts with {@link #POST}, open, and {@link #OTHER},
 * which closes 30 days after {@link #T0}.
 */
public abstract class ActivityStoreContract extends StoreContractSupport<ActivityStore> {
  private static final PostId CLOSED = PostId.of("closed");
  private static final PostId EMPTY = PostId.of("empty");

  /** Stores a comment on {@code post} in {@code state}. */
  private Comment on(PostId post, ModerationState state, long seconds) {
    Comment c = newComment(null, EDITOR, "on " + post + " at " + seconds, seconds);
    return insert(c.toBuilder().postId(post).state(state).build());
  }

  private void closedAndEmptyPosts() {
    store.insertPost(Post.of(CLOSED, "Closed", EDITOR, T0).withCommentStatus(CommentStatus.CLOSED));
    store.insertPost(Post.of(EMPTY, "Empty", EDITOR, T0));
  }

  @Test
  void responseCounts_countApprovedCommentsPerPost_zeroForAPostWithoutAny_andLeaveOutUnknownPosts() {
    closedAndEmptyPosts();
    on(POST, ModerationState.APPROVED, 1);
    on(POST, ModerationState.APPROVED, 2);
    on(POST, ModerationState.PENDING, 3);
    on(POST, ModerationState.SPAM, 4);
    on(POST, ModerationState.TRASH, 5);
    on(OTHER, ModerationState.APPROVED, 6);
    on(CLOSED, ModerationState.APPROVED, 7);

    assertThat(store.responseCounts(List.of(POST, OTHER, EMPTY, PostId.of("unknown"), POST)))
        .isEqualTo(Map.of(POST, 2, OTHER, 1, EMPTY, 0));
    assertThat(store.responseCounts(List.of())).isEmpty();
  }

  @Test
  void responseCounts_ofMorePostsThanOneStatementAsksAbout_findEveryStoredOne() {
    closedAndEmptyPosts();
    on(POST, ModerationState.APPROVED, 1);
    on(CLOSED, ModerationState.APPROVED, 2);
    on(CLOSED, ModerationState.APPROVED, 3);
    // 1,200 ids, the stored posts first, last and on either side of 500 and 1,000, where a store
    // asking in statements of 500 ids starts its next one.
    List<PostId> asked = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      asked.add(PostId.of("unknown-" + i));
    }
    asked.set(0, POST);
    asked.set(499, EMPTY);
    asked.set(500, CLOSED);
    asked.set(1_000, OTHER);
    asked.set(1_199, POST);

    assertThat(store.responseCounts(asked))
        .isEqualTo(Map.of(POST, 1, EMPTY, 0, CLOSED, 2, OTHER, 0));
  }

  @Test
  void responseCounts_followStateChanges() {
    Comment held = on(POST, ModerationState.PENDING, 1);
    assertThat(store.responseCounts(List.of(POST))).containsEntry(POST, 0);

    store.updateComment(held.toBuilder().state(ModerationState.APPROVED).version(2).build(),
        entry(held, ModerationState.APPROVED));

    assertThat(store.responseCounts(List.of(POST))).containsEntry(POST, 1);
  }

  @Test
  void recentComments_areApprovedOnesOfEveryPost_newestFirst_paged() {
    closedAndEmptyPosts();
    Comment first = on(POST, ModerationState.APPROVED, 1);
    Comment second = on(OTHER, ModerationState.APPROVED, 2);
    on(POST, ModerationState.PENDING, 3);
    on(OTHER, ModerationState.SPAM, 4);
    Comment third = on(CLOSED, ModerationState.APPROVED, 5);
    Comment fourth = on(POST, ModerationState.APPROVED, 6);
    Instant now = T0.plusSeconds(60);

    assertThat(store.recentComments(RecentCommentsQuery.all(), now))
        .containsExactly(fourth, third, second, first);
    assertThat(store.recentComments(RecentCommentsQuery.all().withPage(1, 2), now))
        .containsExactly(third, second);
    assertThat(store.recentComments(RecentCommentsQuery.all().withPage(4, 2), now)).isEmpty();
  }

  @Test
  void recentComments_ofTheSameMillisecond_comeLargerIdFirst() {
    Comment a = on(POST, ModerationState.APPROVED, 1);
    Comment b = on(OTHER, ModerationState.APPROVED, 1);

    assertThat(store.recentComments(RecentCommentsQuery.all(), T0))
        .containsExactly(a.id().compareTo(b.id()) > 0 ? a : b, a.id().compareTo(b.id()) > 0 ? b : a);
  }

  @Test
  void recentComments_ofSomePosts_leaveOutHiddenPosts() {
    closedAndEmptyPosts();
    Comment onPost = on(POST, ModerationState.APPROVED, 1);
    on(OTHER, ModerationState.APPROVED, 2);
    Comment onClosed = on(CLOSED, ModerationState.APPROVED, 3);
    Instant now = T0.plusSeconds(60);

    assertThat(store.recentComments(RecentCommentsQuery.all().withPosts(Set.of(POST, CLOSED)), now))
        .containsExactly(onClosed, onPost);
    assertThat(store.recentComments(RecentCommentsQuery.all().withExcludedPosts(Set.of(OTHER)), now))
        .containsExactly(onClosed, onPost);
    assertThat(store.recentComments(
            RecentCommentsQuery.all().withPosts(Set.of(OTHER)).withExcludedPosts(Set.of(OTHER)), now))
        .isEmpty();
    assertThat(store.recentComments(RecentCommentsQuery.all().withPosts(Set.of(EMPTY)), now)).isEmpty();
  }

  @Test
  void recentComments_ofOpenPostsOnly_leaveOutClosedPosts_andPostsPastTheirClosingDay() {
    closedAndEmptyPosts();
    Comment onPost = on(POST, ModerationState.APPROVED, 1);
    Comment onOther = on(OTHER, ModerationState.APPROVED, 2);
    on(CLOSED, ModerationState.APPROVED, 3);
    RecentCommentsQuery open = RecentCommentsQuery.all().withOpenPostsOnly(true);

    assertThat(store.recentComments(open, T0.plus(Duration.ofDays(29))))
        .containsExactly(onOther, onPost);
    assertThat(store.recentComments(open, T0.plus(Duration.ofDays(30)))).containsExactly(onPost);
  }
}
