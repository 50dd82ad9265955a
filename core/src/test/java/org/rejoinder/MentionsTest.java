package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.Limits;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.testing.TagStrippingBodyText;

/** Names in a comment, resolved to the comment they answer, and what listeners hear of them. */
class MentionsTest {
  private static final PostId POST = PostId.of("mentions");
  private static final SiteUser EDITOR = SiteUser.of("1", "Margaret Hale");
  private static final Guest ANDREW = Guest.of("Andrew Marsh", "andrew@example.org");
  private static final ExternalIdentity DAREK =
      ExternalIdentity.of(IdentityProvider.TWITTER, "1290011", "@dkowalski");
  private static final Guest LENA = Guest.of("Lena Fischer", "lena@example.org");

  private final MutableClock clock = MutableClock.at("2024-04-02T09:30:00Z");
  private final List<String> heard = new ArrayList<>();
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private Rejoinder rejoinder;

  @BeforeEach
  void setUp() {
    rejoinder = Rejoinder.builder()
        .store(store)
        .clock(clock)
        .bodyText(new TagStrippingBodyText())
        .moderation(ModerationPolicy.approveAll())
        .listener(new CommentListener() {
          @Override
          public void mentioned(Comment comment, Mention mention, Comment mentioned) {
            heard.add(comment.author().displayName() + " -> " + mentioned.author().displayName()
                + " #" + mentioned.id() + " as " + mention.text());
          }
        })
        .build();
    rejoinder.createPost(Post.of(POST, "Ten years", EDITOR, clock.instant()));
  }

  private Comment say(Author author, String text) {
    clock.advance(Duration.ofMinutes(5));
    return rejoinder.submit(NewComment.on(POST, author, Body.markdown(text)));
  }

  private Comment reply(Comment parent, Author author, String text) {
    clock.advance(Duration.ofMinutes(5));
    return rejoinder.submit(NewComment.replyTo(POST, parent.id(), author, Body.markdown(text)));
  }

  @Test
  void aLeadingForName_namesTheAuthorsLatestEarlierComment_asTheSamplesReadersWrite() {
    Comment first = say(ANDREW, "Congratulations on ten years!");
    Comment latest = say(ANDREW, "Put me down for one. Nested replies are my favourite.");
    Comment answer = reply(latest, DAREK, "For Andrew: this thread is now deeper than the post.");

    assertThat(answer.mentions()).containsExactly(Mention.name(latest.id(), "Andrew"));
    assertThat(first.mentions()).isEmpty();
    assertThat(heard).containsExactly("@dkowalski -> Andrew Marsh #" + latest.id() + " as Andrew");
  }

  @Test
  void atNames_anywhere_andALeadingNameWithAComma_areMentions() {
    Comment andrew = say(ANDREW, "Hello");
    Comment darek = say(DAREK, "Counterpoint.");
    Comment lena = say(LENA, "Lena here.");

    Comment c = say(EDITOR, "Lena, you and @dkowalski agree, and @Andrew Marsh too.");

    assertThat(c.mentions()).containsExactly(
        Mention.name(lena.id(), "Lena"),
        Mention.name(darek.id(), "@dkowalski"),
        Mention.name(andrew.id(), "@Andrew Marsh"));
  }

  @Test
  void unicodeNames_matchFolded() {
    Guest zoe = Guest.of("Zoë Ångström", "zoe@example.org");
    Guest sofia = Guest.of("ΣΟΦΊΑ", "sofia@example.org");
    Guest ilkay = Guest.of("İlkay", "ilkay@example.org");
    Comment z = say(zoe, "Hej");
    Comment s = say(sofia, "Γεια");
    Comment i = say(ilkay, "Merhaba");

    Comment c = say(ANDREW, "@zoë ångström, @Σοφία and @İLKAY: thanks. @Zoe is someone else.");

    assertThat(c.mentions()).extracting(Mention::commentId).containsExactly(z.id(), s.id(), i.id());
  }

  @Test
  void anAmbiguousOrUnknownName_staysText() {
    say(Guest.of("Sam Jones", "sam.jones@example.org"), "one");
    say(Guest.of("Sam Smith", "sam.smith@example.org"), "two");
    Comment twins = say(Guest.of("Chen Wei", "chen1@example.org"), "three");
    say(Guest.of("Chen Wei", "chen2@example.org"), "four");

    Comment c = say(ANDREW, "For Sam: maybe. @Chen Wei said so. @Nobody agrees. @Sam Jones, though.");

    assertThat(c.mentions()).hasSize(1);
    assertThat(c.mentions().get(0).text()).isEqualTo("@Sam Jones");
    assertThat(c.mentions()).extracting(Mention::commentId).doesNotContain(twins.id());
  }

  @Test
  void hostileNames_andEmailAddresses_areNeverMentions() {
    say(Guest.of("<script>alert(1)</script>", "x@example.org"), "boo");
    say(Guest.of("example", "ex@example.org"), "an author called example");

    Comment c = say(ANDREW, "@<script>alert(1)</script> hi; write to andrew@example.org");

    assertThat(c.mentions()).isEmpty();
  }

  @Test
  void noOneMentionsThemselves_norAHeldComment() {
    say(ANDREW, "I am Andrew");
    Comment lena = say(LENA, "I am Lena");
    rejoinder.moderation(Actor.moderator(EDITOR))
        .changeState(lena.id(), ModerationState.PENDING, "hold");

    Comment c = say(ANDREW, "@Andrew and @Lena");

    assertThat(c.mentions()).isEmpty();
  }

  @Test
  void aHeldComment_tellsItsMentionsWhenFirstApproved_andOnlyThen() {
    Comment andrew = say(ANDREW, "Hello");
    Rejoinder holding = Rejoinder.builder().store(store).clock(clock)
        .moderation(ModerationPolicy.builder().holdFirstComments(true).build())
        .listener(new CommentListener() {
          @Override
          public void mentioned(Comment comment, Mention mention, Comment mentioned) {
            heard.add("held " + mention.text());
          }
        })
        .build();
    clock.advance(Duration.ofMinutes(1));
    Comment held = holding.submit(NewComment.on(POST, LENA, Body.plain("@Andrew welcome")));
    assertThat(held.state()).isEqualTo(ModerationState.PENDING);
    assertThat(held.mentions()).containsExactly(Mention.name(andrew.id(), "@Andrew"));
    assertThat(heard).isEmpty();

    ModerationView moderation = holding.moderation(Actor.moderator(EDITOR));
    moderation.approve(held.id());
    moderation.changeState(held.id(), ModerationState.PENDING, "again");
    moderation.approve(held.id());

    assertThat(heard).containsExactly("held @Andrew");
  }

  @Test
  void anEdit_resolvesNamesAgain_andTellsOnlyTheNewOnes() {
    Comment andrew = say(ANDREW, "Hello");
    Comment lena = say(LENA, "Hi");
    Comment c = say(DAREK, "@Andrew yes");
    heard.clear();

    Comment edited = rejoinder.edit(c.id(), Body.plain("@Andrew yes, and @Lena too"), Actor.reader(DAREK));

    assertThat(edited.mentions()).containsExactly(
        Mention.name(andrew.id(), "@Andrew"), Mention.name(lena.id(), "@Lena"));
    assertThat(heard).containsExactly("@dkowalski -> Lena Fischer #" + lena.id() + " as @Lena");
  }

  @Test
  void linksToOtherComments_areMentionsToo_andAtMostTwentyAreKept() {
    Comment andrew = say(ANDREW, "Quote me");
    StringBuilder many = new StringBuilder("See [this](#comment-" + andrew.id() + ") and #comment-99999.");
    for (int i = 0; i < 30; i++) {
      many.append(" @Andrew");
    }
    Comment c = say(LENA, many.toString());

    assertThat(c.mentions()).contains(Mention.link(andrew.id()), Mention.name(andrew.id(), "@Andrew"));
    assertThat(c.mentions()).hasSizeLessThanOrEqualTo(Limits.MAX_MENTIONS);
    assertThat(c.mentions()).extracting(Mention::commentId).containsOnly(andrew.id());
  }
}
