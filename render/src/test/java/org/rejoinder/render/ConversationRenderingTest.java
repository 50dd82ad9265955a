package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;

/** Scores and vote buttons, the sort selector, the pinned label, and links to other comments. */
class ConversationRenderingTest {
  private static final SiteUser TOM = SiteUser.of("17", "Tom");
  private static final HtmlThreadRenderer HTML = HtmlThreadRenderer.builder().avatars(Avatars.none()).build();

  private static Comment comment(long id, Long parent, org.rejoinder.model.Author author, String text) {
    return Fixtures.comment(id, parent, author, Body.markdown(text), ModerationState.APPROVED);
  }

  private static Document html(CommentThread thread, Voting voting) {
    ThreadView view = ThreadView.of(thread);
    return Jsoup.parseBodyFragment(HTML.render(voting == null ? view : view.withVoting(voting)));
  }

  @Test
  void voteButtons_areFormsWithTheToken_theReadersOwnVotePressedAndTakenBackByItsForm() {
    Comment ann = comment(1, null, Fixtures.ANN, "Useful.").withVotes(Votes.of(4, 1));
    Comment toms = comment(2, null, TOM, "Mine.");
    Comment held = Fixtures.comment(3, null, TOM, Body.plain("Held"), ModerationState.PENDING);
    CommentThread thread = CommentThread.assemble(Fixtures.POST, List.of(ann, toms, held),
        Actor.reader(TOM), ThreadOptions.DEFAULTS, Fixtures.T0);
    Voting voting = Voting.forReader(Actor.reader(TOM), Map.of(ann.id(), VoteDirection.DOWN))
        .withCsrfToken("_csrf", "t0k3n");

    Document page = html(thread, voting);

    Element votes = page.selectFirst("#comment-1 .comment-votes");
    assertThat(votes.selectFirst(".comment-score").text()).isEqualTo("3 points");
    Element up = votes.selectFirst("form.vote-up");
    Element down = votes.selectFirst("form.vote-down");
    assertThat(up.attr("method")).isEqualTo("post");
    assertThat(up.attr("action")).isEqualTo("?vote=up&comment=1#comment-1");
    assertThat(up.selectFirst("button").attr("aria-pressed")).isEqualTo("false");
    assertThat(down.attr("action")).isEqualTo("?vote=none&comment=1#comment-1");
    assertThat(down.selectFirst("button").attr("aria-pressed")).isEqualTo("true");
    assertThat(down.selectFirst("button").attr("aria-label")).isEqualTo("Vote down");
    assertThat(up.selectFirst("input[type=hidden]").attr("name")).isEqualTo("_csrf");
    assertThat(page.select("#comment-2 .comment-votes form")).as("no votes on one's own").isEmpty();
    assertThat(page.select("#comment-2 .comment-score")).hasSize(1);
    assertThat(page.select("#comment-3 .comment-votes")).as("none on a held comment").isEmpty();
  }

  @Test
  void voteUrls_comeFromTheApplicationsLinks_andUnsafeOnesAreLeftOut() {
    Links links = new Links() {
      @Override
      public String vote(Post post, CommentId id, VoteDirection direction) {
        return "/comments/" + id + "/votes/" + direction.name().toLowerCase(java.util.Locale.ROOT);
      }

      @Override
      public String unvote(Post post, CommentId id) {
        return "javascript:alert(1)";
      }
    };
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder().links(links).build();
    CommentThread thread = Fixtures.thread(List.of(comment(1, null, Fixtures.ANN, "Hi")));

    Document page = Jsoup.parseBodyFragment(renderer.render(ThreadView.of(thread)
        .withVoting(Voting.forReader(Actor.reader(TOM), Map.of(CommentId.of(1), VoteDirection.UP)))));

    assertThat(page.selectFirst("form.vote-down").attr("action")).isEqualTo("/comments/1/votes/down");
    assertThat(page.selectFirst("form.vote-up").hasAttr("action")).isFalse();
  }

  @Test
  void withoutVotingInTheView_noScoreIsShown() {
    Document page = html(Fixtures.thread(List.of(comment(1, null, Fixtures.ANN, "Hi"))), null);
    assertThat(page.select(".comment-votes")).isEmpty();
  }

  @Test
  void scores_readAsPointsInEnglish() {
    Messages english = Messages.english();
    assertThat(english.score(1)).isEqualTo("1 point");
    assertThat(english.score(0)).isEqualTo("0 points");
    assertThat(english.score(-2)).isEqualTo("−2 points");
    assertThat(english.score(1204)).isEqualTo("1,204 points");
    assertThat(english.sortName(CommentOrder.CONTROVERSIAL)).isEqualTo("Controversial");
    assertThat(english.sortName(CommentOrder.rankedBy("most-ups", c -> c.votes().ups())))
        .isEqualTo("most-ups");
  }

  @Test
  void theSortSelector_needsTwoOrders_andRefusesAnOrderTwice() {
    CommentThread thread = Fixtures.thread(List.of(comment(1, null, Fixtures.ANN, "Hi")));
    HtmlThreadRenderer one = HtmlThreadRenderer.builder().sorts(List.of(CommentOrder.BEST)).build();

    assertThat(Jsoup.parseBodyFragment(one.render(ThreadView.of(thread))).select("nav.comment-sorts")).isEmpty();
    assertThatThrownBy(() -> HtmlThreadRenderer.builder().sorts(List.of(CommentOrder.TOP, CommentOrder.TOP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not offer an order twice");
    Document all = Jsoup.parseBodyFragment(HtmlThreadRenderer.builder().sorts(CommentOrder.builtIns())
        .build().render(ThreadView.of(thread)));
    assertThat(all.select("nav.comment-sorts a")).extracting(Element::text)
        .containsExactly("Newest", "Best", "Top", "Controversial", "Hot");
    assertThat(all.selectFirst("nav.comment-sorts [aria-current]").text()).isEqualTo("Oldest");
  }

  @Test
  void aMentionOfACommentNoLongerShown_staysText_andNamesInCodeOrLinksAreLeftAlone() {
    Comment ann = Fixtures.comment(1, null, Fixtures.ANN, Body.plain("Gone"), ModerationState.TRASH);
    Comment bob = comment(2, null, Fixtures.BOB, "Hi");
    Comment tom = comment(3, null, TOM, "@Ann left. Bob, `@Bob` and [@Bob](https://example.com), Bob.")
        .toBuilder()
        .mentions(List.of(Mention.name(ann.id(), "@Ann"), Mention.name(bob.id(), "Bob")))
        .build();

    Document page = html(Fixtures.thread(List.of(ann, bob, tom)), null);

    Element content = page.selectFirst("#comment-3 .comment-content");
    assertThat(content.select("a.mention")).singleElement()
        .satisfies(a -> {
          assertThat(a.text()).isEqualTo("Bob");
          assertThat(a.attr("href")).isEqualTo("#comment-2");
        });
    assertThat(content.text()).isEqualTo("@Ann left. Bob, @Bob and @Bob, Bob.");
    assertThat(content.selectFirst("code").text()).isEqualTo("@Bob");
  }

  @Test
  void aCommentRenderedOnItsOwn_linksItsMentions() {
    Comment ann = comment(1, null, Fixtures.ANN, "First");
    Comment reply = comment(2, 1L, Fixtures.BOB, "@Ann yes")
        .toBuilder().mentions(List.of(Mention.name(ann.id(), "@Ann"))).build();
    ThreadNode node = ThreadNode.standalone(Fixtures.POST, reply, ann, 2, Actor.ANONYMOUS,
        ThreadOptions.DEFAULTS, Fixtures.T0).orElseThrow();

    Document comment = Jsoup.parseBodyFragment(HTML.renderComment(node, Fixtures.POST));

    assertThat(comment.selectFirst("a.mention").attr("href")).isEqualTo("#comment-1");
  }

  @Test
  void theMarkdownCommentLine_saysPinnedAndTheScore() {
    Comment pinned = comment(1, null, Fixtures.ANN, "Read me").withVotes(Votes.of(1, 0)).withPinned(true);

    String markdown = MarkdownThreadRenderer.builder().build()
        .render(ThreadView.of(Fixtures.thread(List.of(pinned))).withVoting(Voting.scoresOnly()));

    assertThat(markdown).contains("**1. Ann** · March 1, 2024 at 10:01 am · Pinned · 1 point\n");
  }
}
