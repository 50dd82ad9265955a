package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.SiteUser;

/**
 * The names a comment can mention: each author's latest approved comment on the post, found by
 * the first word of their name however it is written. A store implementation extends this
 * class and supplies fresh, empty stores.
 */
public abstract class MentionStoreContract extends StoreContractSupport<MentionStore> {
  private static final Guest ANDREW = Guest.of("Andrew Marsh", "andrew@example.org");
  private static final SiteUser OTHER_ANDREW = SiteUser.of("42", "ANDREW");
  private static final Guest ZOE = Guest.of("Zoë Ångström", "zoe@example.org");

  @Test
  void eachAuthorsLatestApprovedComment_isFoundByTheirFirstName() {
    insert(newComment(null, ANDREW, "first", 1));
    Comment latest = insert(newComment(null, ANDREW, "second", 2));
    insert(newComment(null, ANDREW, "held", 3).withState(ModerationState.PENDING, T0));
    Comment other = insert(newComment(null, OTHER_ANDREW, "me too", 4));
    insert(newComment(null, ANDREW, "later", 9));
    insert(newComment(null, ANDREW, "elsewhere", 5).toBuilder().postId(OTHER).build());

    assertThat(store.latestByFirstName(POST, "andrew", T0.plusSeconds(5)))
        .containsExactly(other, latest);
    assertThat(store.latestByFirstName(POST, "andrew", T0.plusSeconds(1)))
        .extracting(Comment::id).containsExactly(store.commentsOf(POST).get(0).id());
    assertThat(store.latestByFirstName(POST, "marsh", T0.plusSeconds(60))).isEmpty();
  }

  @Test
  void namesAreMatchedFolded() {
    Comment zoe = insert(newComment(null, ZOE, "hej", 1));

    assertThat(store.latestByFirstName(POST, "zoë", T0.plusSeconds(5))).containsExactly(zoe);
    assertThat(store.latestByFirstName(POST, "zoe", T0.plusSeconds(5))).isEmpty();
  }
}
