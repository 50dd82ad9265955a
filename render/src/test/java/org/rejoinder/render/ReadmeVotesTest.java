package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.testing.Docs;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/** The README's votes and sorts snippet, run as written, and checked against README.md. */
class ReadmeVotesTest {
  private static final Path README = Path.of("README.md");

  @Test
  void votesAndSorts_renderAsTheReadmeSays() {
    // README votes begins
    Rejoinder rejoinder = Rejoinder.builder().build();
    Post post = rejoinder.createPost(
        Post.of(PostId.of("votes"), "Votes", SiteUser.of("1", "Ada"), Instant.now()));
    Comment ann = rejoinder.submit(NewComment.on(post.id(),
        Guest.of("Ann", "ann@example.com"), Body.plain("Back up your comments.")));
    Actor tom = Actor.reader(SiteUser.of("17", "Tom"));
    rejoinder.vote(ann.id(), tom, VoteDirection.UP);

    ThreadOptions options = ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST); // ?csort=best
    ThreadPage page = rejoinder.threadPage(post.id(), tom, options, 1);
    Voting voting = Voting.forReader(tom, rejoinder.votesOf(post.id(), tom))
        .withCsrfToken("_csrf", "t0k3n");
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .sorts(List.of(CommentOrder.OLDEST_FIRST, CommentOrder.BEST, CommentOrder.TOP))
        .build();
    String html = renderer.render(ThreadView.of(page).withVoting(voting));
    // README votes ends

    Document document = Jsoup.parseBodyFragment(html);
    Element votes = document.selectFirst("#comment-" + ann.id() + " .comment-votes");
    assertThat(votes.selectFirst(".comment-score").text()).isEqualTo("1 point");
    Element up = votes.selectFirst("form.vote-up");
    assertThat(up.attr("action")).isEqualTo("?vote=none&comment=" + ann.id() + "#comment-" + ann.id());
    assertThat(up.selectFirst("button").attr("aria-pressed")).isEqualTo("true");
    assertThat(up.selectFirst("input[name=_csrf]").attr("value")).isEqualTo("t0k3n");
    assertThat(votes.selectFirst("form.vote-down").attr("action"))
        .isEqualTo("?vote=down&comment=" + ann.id() + "#comment-" + ann.id());
    Element sorts = document.selectFirst("nav.comment-sorts");
    assertThat(sorts.select("a")).extracting(a -> a.attr("href"))
        .containsExactly("?csort=oldest-first#comments", "?csort=top#comments");
    assertThat(sorts.selectFirst("[aria-current=true]").text()).isEqualTo("Best");
  }

  @Test
  void readme_showsTheVotesSnippetThatRuns() {
    Docs.assertShows(README, "### Votes, sorts, pins and mentions", ReadmeVotesTest.class, "votes");
  }
}
