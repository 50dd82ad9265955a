package org.rejoinder.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.Part;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.Voting;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadOptions;

/**
 * A renderer keeps each comment's markup across calls, and never shows a reader what changed
 * since, nor what another reader was shown.
 */
class CommentMarkupTest {
  private static final Clock CLOCK = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);

  private final HtmlThreadRenderer renderer = HtmlThreadRenderer.builder().clock(CLOCK).build();
  private final List<Comment> comments = new ArrayList<>(List.of(
      Fixtures.comment(1, null, Fixtures.BOB, "The first *word*."),
      Fixtures.comment(2, 1L, Fixtures.ADA, "A reply."),
      Fixtures.comment(3, null, Fixtures.ANN, Body.markdown("Held for moderation."), ModerationState.PENDING)));

  @Test
  void anEditedComment_showsItsNewText_fromTheSameRenderer() {
    assertThat(render(Actor.ANONYMOUS)).contains("The first <em>word</em>.");

    set(comments.get(0).withBody(Body.markdown("The *edited* word."), Fixtures.T0));

    assertThat(render(Actor.ANONYMOUS)).contains("The <em>edited</em> word.").doesNotContain("first");
  }

  @Test
  void anApprovedComment_losesItsNotice_andGainsItsReplyLink() {
    Document held = Jsoup.parse(render(Actor.reader(Fixtures.ANN)));
    assertThat(held.select("#comment-3 .comment-awaiting-moderation")).hasSize(1);
    assertThat(held.select("#comment-3 .comment-reply-link")).isEmpty();

    set(comments.get(2).withState(ModerationState.APPROVED, Fixtures.T0));

    for (Actor reader : List.of(Actor.reader(Fixtures.ANN), Actor.ANONYMOUS)) {
      Document approved = Jsoup.parse(render(reader));
      assertThat(approved.select("#comment-3 .comment-awaiting-moderation")).isEmpty();
      assertThat(approved.select("#comment-3 .comment-reply-link")).hasSize(1);
    }
  }

  @Test
  void oneReadersMarkup_neverReachesAnother() {
    String ann = render(Actor.reader(Fixtures.ANN));
    String bob = renderer.render(view(Actor.reader(Fixtures.BOB)).withVoting(
        Voting.forReader(Actor.reader(Fixtures.BOB), Map.of(CommentId.of(2), VoteDirection.UP))
            .withCsrfToken("_csrf", "bobs-token")));
    String anonymous = render(Actor.ANONYMOUS);

    assertThat(ann).contains("Held for moderation.", "Your comment is awaiting moderation.");
    assertThat(bob).contains("bobs-token", "aria-pressed=\"true\"").doesNotContain("Held for moderation.");
    assertThat(anonymous)
        .doesNotContain("Held for moderation.", "awaiting moderation", "bobs-token", "comment-votes")
        .isEqualTo(HtmlThreadRenderer.builder().clock(CLOCK).commentCacheChars(0).build()
            .render(view(Actor.ANONYMOUS)));
  }

  @Test
  void aClosedPost_losesItsReplyLinks_andSoDoesAPostPastItsClosingDay() {
    MovingClock clock = new MovingClock();
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder().clock(clock)
        .part(Part.COMMENT, (context, next) -> node -> {   // asks for every Reply link
          next.render(node);
          context.render(Part.REPLY_LINK, node);
        })
        .build();
    Post closing = Fixtures.POST.withCommentStatus(CommentStatus.closesAfterDays(1));
    CommentThread thread = thread(closing, Actor.ANONYMOUS);
    assertThat(renderer.render(ThreadView.of(thread))).contains("comment-reply-link");

    clock.now = clock.now.plus(Duration.ofDays(2));
    assertThat(renderer.render(ThreadView.of(thread))).doesNotContain("comment-reply-link");

    Post closed = Fixtures.POST.withCommentStatus(CommentStatus.CLOSED);
    clock.now = Fixtures.T0;
    assertThat(renderer.render(ThreadView.of(thread(closed, Actor.ANONYMOUS))))
        .doesNotContain("comment-reply-link");
  }

  @Test
  void aLinkToAComment_isDropped_onceThatCommentIsNoLongerShown() {
    comments.add(Fixtures.comment(4, null, Fixtures.PRIYA, "Quoting [Bob](#comment-5)").toBuilder()
        .mentions(List.of(Mention.link(CommentId.of(5)))).build());
    comments.add(Fixtures.comment(5, null, Fixtures.BOB, "Not for long."));
    assertThat(Jsoup.parse(render(Actor.ANONYMOUS)).select("#comment-4 .comment-content a[href=#comment-5]"))
        .hasSize(1);

    set(comments.get(4).withState(ModerationState.TRASH, Fixtures.T0));

    Document after = Jsoup.parse(render(Actor.ANONYMOUS));
    assertThat(after.select("#comment-4 .comment-content a")).isEmpty();
    assertThat(after.select("#comment-4 .comment-content").text()).isEqualTo("Quoting Bob");
  }

  @Test
  void theApplicationsRenderers_runAtEveryCall_unlessDeclaredCacheable() {
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger cacheableCalls = new AtomicInteger();
    Part<org.rejoinder.thread.ThreadNode> badge = Part.of("BADGE", org.rejoinder.thread.ThreadNode.class);
    HtmlThreadRenderer custom = HtmlThreadRenderer.builder().clock(CLOCK)
        .part(Part.AUTHOR, (context, next) -> node -> {
          next.render(node);
          context.writer().element("span", "call " + calls.incrementAndGet(), "class", "calls");
        })
        .cacheablePart(badge, (context, next) -> node -> {
          cacheableCalls.incrementAndGet();
          context.writer().element("span", "badge of " + node.id(), "class", "badge");
        })
        .part(Part.META, (context, next) -> node -> {
          next.render(node);
          context.render(badge, node);
        })
        .build();

    String first = custom.render(view(Actor.ANONYMOUS));
    String second = custom.render(view(Actor.ANONYMOUS));

    assertThat(first).contains("call 1", "call 2", "badge of 2");
    assertThat(second).contains("call 3", "call 4", "badge of 2", "The first <em>word</em>.");
    assertThat(calls).hasValue(4);
    assertThat(cacheableCalls).as("kept after the first call").hasValue(2);
  }

  @Test
  void keepingOff_rendersTheSame_andBadSettingsAreRefused() {
    HtmlThreadRenderer off = HtmlThreadRenderer.builder().clock(CLOCK).commentCacheChars(0).build();

    assertThat(off.render(view(Actor.ANONYMOUS))).isEqualTo(render(Actor.ANONYMOUS)).isEqualTo(render(Actor.ANONYMOUS));
    assertThatThrownBy(() -> HtmlThreadRenderer.builder().commentCacheChars(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> HtmlThreadRenderer.builder().cacheablePart(Part.COMMENT, (c, next) -> next))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMMENT");
  }

  @Test
  void aCacheablePartThatRendersReplies_isRefused() {
    Part<org.rejoinder.thread.ThreadNode> replies = Part.of("REPLIES", org.rejoinder.thread.ThreadNode.class);
    HtmlThreadRenderer wrong = HtmlThreadRenderer.builder().clock(CLOCK)
        .cacheablePart(replies, (context, next) -> node -> context.renderReplies(node))
        .part(Part.META, (context, next) -> node -> context.render(replies, node))
        .build();

    assertThatThrownBy(() -> wrong.render(view(Actor.ANONYMOUS)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("replies");
  }

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    Instant now = Fixtures.T0;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private void set(Comment changed) {
    comments.replaceAll(c -> c.id().equals(changed.id()) ? changed : c);
  }

  private String render(Actor reader) {
    return renderer.render(view(reader));
  }

  private ThreadView view(Actor reader) {
    return ThreadView.of(thread(Fixtures.POST, reader));
  }

  private CommentThread thread(Post post, Actor reader) {
    return CommentThread.assemble(post, comments, reader, ThreadOptions.defaults(), Fixtures.T0);
  }

  @Test
  void keptPieces_holdLongStringsAsWritten_andGatherTheRest() {
    CommentMarkup.Pieces pieces = new CommentMarkup.Pieces();
    String body = "<p>" + "x".repeat(CommentMarkup.Pieces.LONG) + "</p>";

    pieces.append("<div>").append('\n').append("a&b", 0, 1).append(body).append("</div>");
    String[] first = pieces.take();
    pieces.append("short");
    String[] second = pieces.take();

    assertThat(first).containsExactly("<div>\na", body, "</div>");
    assertThat(first[1]).isSameAs(body);
    assertThat(second).containsExactly("short");
    assertThat(pieces.take()).isEmpty();
  }
}
