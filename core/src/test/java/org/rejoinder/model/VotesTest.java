package org.rejoinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;

/** The scores the ranked orders sort by, against values worked out by hand. */
class VotesTest {

  @Test
  void best_isTheLowerBoundOfTheWilsonInterval_at80PercentConfidence() {
    // z = 1.281551565545, z² = 1.642374...; for 1 up: p = 1, n = 1:
    // (1 + z²/2 − z·√(0 + z²/4)) / (1 + z²) = 1 / (1 + z²) = 0.378447...
    assertThat(Votes.of(1, 0).best()).isCloseTo(1 / (1 + 1.281551565545 * 1.281551565545), within(1e-12));
    assertThat(Votes.of(1, 0).best()).isCloseTo(0.37844750322520615, within(1e-12));
    // 10 up, 1 down: p = 10/11
    assertThat(Votes.of(10, 1).best()).isCloseTo(0.7394949884518779, within(1e-12));
    // 5 up, 5 down: p = 1/2
    assertThat(Votes.of(5, 5).best()).isCloseTo(0.3122044448804655, within(1e-12));
    assertThat(Votes.of(3, 2).best()).isCloseTo(0.3304211243961378, within(1e-12));
    assertThat(Votes.of(100, 0).best()).isCloseTo(0.9838416366736703, within(1e-12));
    assertThat(Votes.of(0, 1).best()).isCloseTo(0.0, within(1e-12));
    assertThat(Votes.NONE.best()).isZero();
  }

  @Test
  void best_ranksManyVotesAboveFewAtTheSameShare() {
    assertThat(Votes.of(10, 1).best()).isGreaterThan(Votes.of(1, 0).best());
    assertThat(Votes.of(1, 0).best()).isGreaterThan(Votes.NONE.best());
    assertThat(Votes.of(100, 10).best()).isGreaterThan(Votes.of(10, 1).best());
  }

  @Test
  void controversy_isReddits_magnitudeToThePowerOfTheBalance() {
    // 10 and 10: 20^(10/10) = 20
    assertThat(Votes.of(10, 10).controversy()).isEqualTo(20.0);
    // 10 and 1 either way: 11^(1/10) = 1.27098...
    assertThat(Votes.of(10, 1).controversy()).isCloseTo(1.2709816152101407, within(1e-12));
    assertThat(Votes.of(1, 10).controversy()).isCloseTo(1.2709816152101407, within(1e-12));
    // 3 and 2: 5^(2/3) = 2.92401...
    assertThat(Votes.of(3, 2).controversy()).isCloseTo(2.924017738212866, within(1e-12));
    assertThat(Votes.of(5, 0).controversy()).isZero();
    assertThat(Votes.of(0, 5).controversy()).isZero();
  }

  @Test
  void hot_addsTheScoresOrderOfMagnitudeToTheAge_andDoesNotChangeWithTheTimeOfReading() {
    Instant posted = Instant.parse("2024-03-01T12:00:00Z"); // 1709294400 s
    double age = (1_709_294_400L - 1_134_028_003L) / 45_000.0; // 12783.6977...
    assertThat(Votes.NONE.hot(posted)).isCloseTo(age, within(1e-9));
    assertThat(Votes.of(10, 0).hot(posted)).isCloseTo(age + 1, within(1e-9));
    assertThat(Votes.of(0, 10).hot(posted)).isCloseTo(age - 1, within(1e-9));
    assertThat(Votes.of(101, 1).hot(posted)).isCloseTo(age + 2, within(1e-9));
    // ten times the score is worth 45,000 seconds (12.5 hours) of youth
    assertThat(Votes.of(10, 0).hot(posted))
        .isCloseTo(Votes.of(1, 0).hot(posted.plusSeconds(45_000)), within(1e-9));
  }

  @Test
  void countsMoveByOneVote_andNeverBelowZero() {
    assertThat(Votes.NONE.plus(VoteDirection.UP)).isEqualTo(Votes.of(1, 0));
    assertThat(Votes.of(1, 0).plus(VoteDirection.DOWN).minus(VoteDirection.UP)).isEqualTo(Votes.of(0, 1));
    assertThat(Votes.of(3, 1).score()).isEqualTo(2);
    assertThat(Votes.of(3, 1).total()).isEqualTo(4);
    assertThatThrownBy(() -> Votes.NONE.minus(VoteDirection.UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ups must not be negative but was -1");
  }

  @Test
  void aDirectionFromARequest_isParsed_orRefusedAsInput() {
    assertThat(VoteDirection.parse(" Up ")).isEqualTo(VoteDirection.UP);
    assertThat(VoteDirection.parse("DOWN")).isEqualTo(VoteDirection.DOWN);
    assertThat(VoteDirection.UP.value()).isEqualTo(1);
    assertThat(VoteDirection.DOWN.value()).isEqualTo(-1);
    assertThatThrownBy(() -> VoteDirection.parse("sideways"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("vote must be up or down");
  }

  @Test
  void nameKeys_foldCaseAndCompatibilityForms_whateverTheDefaultLocale() {
    assertThat(Mention.nameKey("  Andrew   MARSH ")).isEqualTo("andrew marsh");
    assertThat(Mention.nameKey("ＡＮＤＲＥＷ")).isEqualTo("andrew"); // full-width letters
    assertThat(Mention.nameKey("@dkowalski")).isEqualTo("dkowalski");
    assertThat(Mention.nameKey("İLKAY")).isEqualTo(Mention.nameKey("i̇lkay"));
    assertThat(Mention.nameKey("ΣΟΦΊΑ")).isEqualTo(Mention.nameKey("Σοφία"));
    assertThat(Mention.firstNameKey("Zoë Smith")).isEqualTo("zoë");
  }

  @Test
  void aCommentKeepsItsConversation_andATombstoneErasesIt() {
    Comment c = Comment.builder().id(CommentId.of(1)).postId(PostId.of("p"))
        .author(Guest.of("Ann", "ann@example.com")).body(Body.plain("hi"))
        .createdAt(Instant.parse("2024-03-01T12:00:00Z")).state(ModerationState.TRASH)
        .votes(Votes.of(2, 1)).pinned(true).mentions(List.of(Mention.link(CommentId.of(9))))
        .build();

    assertThat(c.withPinned(false).version()).isEqualTo(2);
    assertThat(c.withVotes(Votes.NONE).version()).isEqualTo(1);
    Comment tombstone = c.toTombstone(Instant.parse("2024-04-01T00:00:00Z"));
    assertThat(tombstone.votes()).isEqualTo(Votes.NONE);
    assertThat(tombstone.pinned()).isFalse();
    assertThat(tombstone.mentions()).isEmpty();
    assertThatThrownBy(() -> c.toBuilder().parentId(CommentId.of(5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Only a top-level comment can be pinned");
    assertThatThrownBy(() -> new Mention(CommentId.of(1), "x", Mention.Kind.LINK))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
