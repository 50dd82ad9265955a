package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Concurrency.runConcurrently;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;

/**
 * Readers' votes: one per reader and comment, counts kept with the votes whatever happens at
 * once, and never taken from a comment a caller writes. A store implementation extends this
 * class and supplies fresh, empty stores.
 */
public abstract class VoteStoreContract extends StoreContractSupport<VoteStore> {
  private static final VoteDirection UP = VoteDirection.UP;
  private static final VoteDirection DOWN = VoteDirection.DOWN;

  private Vote vote(Comment c, String voter, VoteDirection direction, long seconds) {
    return new Vote(c.id(), voter, direction, T0.plusSeconds(seconds));
  }

  private Votes stored(Comment c) {
    return store.findComment(c.id()).orElseThrow().votes();
  }

  @Test
  void aVote_isCountedWithTheComment_andAChangedVoteMovesTheCount() {
    Comment c = top("Useful?", 1);

    VoteChange first = store.vote(vote(c, "user:1", UP, 10));
    VoteChange again = store.vote(vote(c, "user:1", UP, 11));
    VoteChange changed = store.vote(vote(c, "user:1", DOWN, 12));
    store.vote(vote(c, "user:2", DOWN, 13));

    assertThat(first).isEqualTo(new VoteChange(c.id(), "user:1", null, UP, Votes.of(1, 0)));
    assertThat(again.changed()).isFalse();
    assertThat(again.votes()).isEqualTo(Votes.of(1, 0));
    assertThat(changed).isEqualTo(new VoteChange(c.id(), "user:1", UP, DOWN, Votes.of(0, 1)));
    assertThat(stored(c)).isEqualTo(Votes.of(0, 2));
    assertThat(store.votes(c.id())).containsExactly(
        vote(c, "user:1", DOWN, 12), vote(c, "user:2", DOWN, 13));
  }

  @Test
  void takingAVoteBack_removesItAndItsCount_andTakingNoneBackChangesNothing() {
    Comment c = top("Useful?", 1);
    store.vote(vote(c, "user:1", UP, 10));

    VoteChange back = store.unvote(c.id(), "user:1");
    VoteChange none = store.unvote(c.id(), "user:1");

    assertThat(back).isEqualTo(new VoteChange(c.id(), "user:1", UP, null, Votes.NONE));
    assertThat(none.changed()).isFalse();
    assertThat(stored(c)).isEqualTo(Votes.NONE);
    assertThat(store.votes(c.id())).isEmpty();
  }

  @Test
  void votesOnAnUnknownComment_areRefused() {
    CommentId unknown = CommentId.of(999_999);
    assertThatThrownBy(() -> store.vote(new Vote(unknown, "user:1", UP, T0)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.unvote(unknown, "user:1")).isInstanceOf(NotFoundException.class);
    assertThat(store.votes(unknown)).isEmpty();
  }

  @Test
  void aReadersVotes_areReadPerPost() {
    Comment a = top("a", 1);
    Comment b = insert(newComment(a, EDITOR, "b", 2));
    Comment elsewhere = insert(newComment(null, EDITOR, "c", 3).toBuilder().postId(OTHER).build());
    store.vote(vote(a, "user:1", UP, 10));
    store.vote(vote(b, "user:1", DOWN, 11));
    store.vote(vote(elsewhere, "user:1", UP, 12));
    store.vote(vote(a, "user:2", DOWN, 13));

    assertThat(store.votesBy("user:1", POST)).containsOnly(Map.entry(a.id(), UP), Map.entry(b.id(), DOWN));
    assertThat(store.votesBy("user:1", OTHER)).containsOnly(Map.entry(elsewhere.id(), UP));
    assertThat(store.votesBy("user:3", POST)).isEmpty();
  }

  @Test
  void countsBelongToTheStore_notToTheCommentsCallersWrite() {
    Comment c = insert(newComment(null, EDITOR, "x", 1).withVotes(Votes.of(50, 0)));
    assertThat(stored(c)).as("a new comment has no votes yet").isEqualTo(Votes.NONE);

    store.vote(vote(c, "user:1", UP, 10));
    Comment stale = c.withState(ModerationState.PENDING, T0.plusSeconds(20));
    store.updateComment(stale, entry(c, ModerationState.PENDING));

    assertThat(stored(c)).isEqualTo(Votes.of(1, 0));
    assertThat(store.findComment(c.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void votesOutliveTrashAndRestore_andDoNotChangeTheVersion() {
    Comment c = top("Worth keeping", 1);
    store.vote(vote(c, "user:1", UP, 10));
    store.vote(vote(c, "user:2", UP, 11));
    store.vote(vote(c, "user:3", DOWN, 12));
    Comment voted = store.findComment(c.id()).orElseThrow();
    assertThat(voted.version()).isEqualTo(1);

    Comment trashed = voted.withState(ModerationState.TRASH, T0.plusSeconds(20));
    store.updateComment(trashed, entry(voted, ModerationState.TRASH));
    assertThat(stored(c)).isEqualTo(Votes.of(2, 1));
    Comment restored = trashed.withState(ModerationState.APPROVED, T0.plusSeconds(30));
    store.updateComment(restored, new AuditEntry(c.id(), T0.plusSeconds(30),
        Actor.moderator(EDITOR), ModerationState.TRASH, ModerationState.APPROVED, "restored"));

    Comment back = store.findComment(c.id()).orElseThrow();
    assertThat(back.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(back.votes()).isEqualTo(Votes.of(2, 1));
    assertThat(store.votes(c.id())).hasSize(3);
    store.unvote(c.id(), "user:3");
    assertThat(stored(c)).isEqualTo(Votes.of(2, 0));
  }

  @Test
  void importedVotes_countAsCastOnes_aLaterVoteOfAReaderReplacingAnEarlier() {
    Comment a = top("a", 1);
    Comment b = top("b", 2);

    store.insertVotes(List.of(vote(a, "user:1", UP, 10), vote(a, "user:2", UP, 11),
        vote(b, "user:1", DOWN, 12), vote(a, "user:1", DOWN, 13)));

    assertThat(stored(a)).isEqualTo(Votes.of(1, 1));
    assertThat(stored(b)).isEqualTo(Votes.of(0, 1));
    assertThat(store.votes(a.id())).extracting(Vote::voterKey).containsExactly("user:2", "user:1");
  }

  @Test
  void concurrentVotesOfOneReader_countOnce() throws Exception {
    Comment c = top("Click me", 1);

    runConcurrently(16, thread -> store.vote(vote(c, "user:double-clicker", thread % 2 == 0 ? UP : DOWN, thread)));

    Votes counts = stored(c);
    assertThat(counts.total()).isEqualTo(1);
    assertThat(store.votes(c.id())).singleElement()
        .satisfies(v -> assertThat(v.direction()).isEqualTo(counts.ups() == 1 ? UP : DOWN));

    runConcurrently(16, thread -> store.unvote(c.id(), "user:double-clicker"));
    assertThat(stored(c)).isEqualTo(Votes.NONE);
  }

  /** How many readers vote at once, and how many votes each casts. */
  protected int readers() {
    return 100;
  }

  protected int votesPerReader() {
    return 100;
  }

  @Test
  void countsAreRight_afterTenThousandConcurrentVotesFromAHundredReaders() throws Exception {
    List<Comment> comments = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      comments.add(top("comment " + i, i + 1));
    }
    // What each reader's last action on each comment was: +1, -1, or 0 (none, or taken back).
    int readers = readers();
    int[][] last = new int[readers][comments.size()];

    runConcurrently(readers, reader -> {
      Random random = new Random(reader);
      String key = "user:" + reader;
      for (int k = 0; k < votesPerReader(); k++) {
        int target = random.nextInt(comments.size());
        Comment c = comments.get(target);
        int action = random.nextInt(5);
        if (action == 0) {
          store.unvote(c.id(), key);
          last[reader][target] = 0;
        } else {
          VoteDirection direction = action <= 2 ? UP : DOWN;
          store.vote(new Vote(c.id(), key, direction, T0.plusSeconds(100 + k)));
          last[reader][target] = direction.value();
        }
      }
    });

    for (int i = 0; i < comments.size(); i++) {
      int ups = 0;
      int downs = 0;
      Map<String, VoteDirection> expected = new HashMap<>();
      for (int reader = 0; reader < readers; reader++) {
        if (last[reader][i] == 1) {
          ups++;
          expected.put("user:" + reader, UP);
        } else if (last[reader][i] == -1) {
          downs++;
          expected.put("user:" + reader, DOWN);
        }
      }
      Comment c = comments.get(i);
      assertThat(stored(c)).as("counts of comment %s", i).isEqualTo(Votes.of(ups, downs));
      Map<String, VoteDirection> kept = new HashMap<>();
      store.votes(c.id()).forEach(v -> kept.put(v.voterKey(), v.direction()));
      assertThat(kept).as("votes of comment %s", i).isEqualTo(expected);
    }
  }

  @Test
  void purgingAComment_deletesItsVotes() {
    assumeModerationHistory();
    Comment leaf = top("gone soon", 1);
    store.vote(vote(leaf, "user:1", UP, 10));
    Comment trashed = leaf.withState(ModerationState.TRASH, T0.plusSeconds(20));
    store.updateComment(trashed, entry(leaf, ModerationState.TRASH));

    ((ModerationHistoryStore) store).purgeComment(leaf.id(), trashed.version(),
        new AuditEntry(leaf.id(), T0.plusSeconds(30), Actor.SYSTEM, ModerationState.TRASH,
            ModerationState.PURGED, "purged"));

    assertThat(store.votes(leaf.id())).isEmpty();
    assertThat(store.votesBy("user:1", POST)).isEmpty();
  }

  private void assumeModerationHistory() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        store instanceof ModerationHistoryStore, "only a store that purges deletes votes so");
  }

  @Test
  void votesAreTimedToTheMillisecond() {
    Comment c = top("x", 1);
    Instant at = Instant.parse("2024-06-01T08:00:10.123456Z");
    store.vote(new Vote(c.id(), "user:1", UP, at));
    assertThat(store.votes(c.id())).singleElement()
        .satisfies(v -> assertThat(v.at()).isEqualTo(Instant.parse("2024-06-01T08:00:10.123Z")));
  }
}
