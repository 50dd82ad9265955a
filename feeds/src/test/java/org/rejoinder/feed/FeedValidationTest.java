package org.rejoinder.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.feed.testing.FeedSchemas;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.testing.MutableClock;

/**
 * Every kind of feed the module writes is valid in its format: Atom against RFC 4287's RELAX NG
 * grammar with RFC 4685's thr:in-reply-to, RSS 2.0 against a schema written from its
 * specification ({@link FeedSchemas}).
 */
class FeedValidationTest {
  private static final PostId POST = PostId.of("hello");
  private static final PostId LINKED = PostId.of("linked post é");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final Rejoinder rejoinder = Rejoinder.builder().clock(clock).build();
  private final CommentFeeds feeds = CommentFeeds.builder(rejoinder, URI.create("https://blog.example.net/"))
      .siteTitle("Example & <Co>").pageSize(3).build();

  FeedValidationTest() {
    rejoinder.createPost(Post.of(POST, "Hello & <welcome>", SiteUser.of("1", "Ed"), clock.instant()));
    rejoinder.createPost(Post.builder().id(LINKED).title("Linked").author(SiteUser.of("1", "Ed"))
        .publishedAt(clock.instant()).link("https://blog.example.net/?p=7&lang=en").build());
  }

  private Comment say(PostId post, Comment parent, String name, Body body) {
    clock.advance(Duration.ofMinutes(1));
    Guest who = Guest.of(name, "reader" + clock.millis() + "@example.com");
    return rejoinder.submit(parent == null ? NewComment.on(post, who, body)
        : NewComment.replyTo(post, parent.id(), who, body));
  }

  private Comment say(PostId post, Comment parent, String name, String text) {
    return say(post, parent, name, Body.plain(text));
  }

  /** Every page of every feed, in both formats, until the last page. */
  private List<FeedDocument> everyPage() {
    List<FeedDocument> all = new ArrayList<>();
    for (FeedFormat format : FeedFormat.values()) {
      for (PostId post : List.of(POST, LINKED)) {
        for (int page = 1; ; page++) {
          FeedDocument doc = feeds.ofPost(post, format, page);
          all.add(doc);
          if (!doc.xml().contains("rel=\"next\"") && format == FeedFormat.ATOM || page == 5) {
            break;
          }
        }
      }
      all.add(feeds.recent(format, 1));
      all.add(feeds.recent(format, 2));
    }
    return all;
  }

  private static void assertValid(FeedDocument doc) {
    List<String> problems = doc.format() == FeedFormat.ATOM
        ? FeedSchemas.atomProblems(doc.xml())
        : FeedSchemas.rssProblems(doc.xml());
    assertThat(problems).as("problems of %s", doc.xml()).isEmpty();
  }

  @Test
  void emptyFeeds_ofAPostAndOfTheSite_areValid() {
    for (FeedFormat format : FeedFormat.values()) {
      FeedDocument post = feeds.ofPost(POST, format, 1);
      FeedDocument site = feeds.recent(format, 1);

      assertValid(post);
      assertValid(site);
      assertThat(post.xml()).doesNotContain("<entry>").doesNotContain("<item>");
    }
  }

  @Test
  void threadedReplies_onAPostAndTheSite_inEveryPage_areValid() {
    Comment ann = say(POST, null, "Ann", "First");
    Comment bob = say(POST, ann, "Bob", "A reply");
    say(POST, bob, "Cy", "A reply to the reply");
    say(LINKED, null, "Di", "On a post with its own address");
    say(POST, null, "Ed", "Second thread");
    say(POST, ann, "Flo", "Late reply to the first");
    say(LINKED, null, "Gus", "Again");

    List<FeedDocument> pages = everyPage();

    assertThat(pages).filteredOn(d -> d.xml().contains("thr:in-reply-to")).hasSizeGreaterThan(3);
    assertThat(pages).filteredOn(d -> d.xml().contains("rel=\"next\"")).isNotEmpty();
    pages.forEach(FeedValidationTest::assertValid);
  }

  @Test
  void aPagedFeed_linksEachNextPage_andEveryPageIsValid() {
    for (int i = 0; i < 7; i++) {
      say(POST, null, "Reader " + i, "Comment " + i);
    }

    FeedDocument first = feeds.ofPost(POST, FeedFormat.ATOM, 1);
    FeedDocument second = feeds.ofPost(POST, FeedFormat.ATOM, 2);
    FeedDocument last = feeds.ofPost(POST, FeedFormat.ATOM, 3);

    assertThat(first.xml()).contains("href=\"https://blog.example.net/posts/hello/feed?page=2\"");
    assertThat(second.xml()).contains("href=\"https://blog.example.net/posts/hello/feed?page=3\"");
    assertThat(last.xml()).doesNotContain("rel=\"next\"");
    for (FeedDocument doc : List.of(first, second, last, feeds.ofPost(POST, FeedFormat.RSS, 3))) {
      assertValid(doc);
    }
  }

  @Test
  void hostileMarkup_inBodiesNamesAndTitles_staysTextAndTheFeedsStayValid() {
    rejoinder.createPost(Post.of(PostId.of("x"), "</title><script>alert(1)</script>]]>",
        SiteUser.of("1", "Ed"), clock.instant()));
    say(PostId.of("x"), null, "<b>Mallory</b> & \"friends\"",
        "</content><script>alert('x')</script> ]]> <![CDATA[ x ]]> &amp; &#0; <!-- c -->");
    say(PostId.of("x"), null, "Html", Body.html("<p onclick=\"x()\">hi <img src=x onerror=y></p>"));
    say(PostId.of("x"), null, "Md", Body.markdown("# Title\n\n<div>raw</div> [l](javascript:alert(1))"));
    say(PostId.of("x"), null, "Atom", "<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>x</id></entry>");

    for (FeedFormat format : FeedFormat.values()) {
      for (FeedDocument doc : List.of(feeds.ofPost(PostId.of("x"), format, 1), feeds.ofPost(PostId.of("x"), format, 2),
          feeds.recent(format, 1), feeds.recent(format, 2))) {
        assertValid(doc);
        assertThat(doc.xml()).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<img")
            .doesNotContain("<entry xmlns");
      }
    }
  }

  @Test
  void charactersXmlCannotHold_areReplaced_soTheFeedsStayValid() {
    Comment odd = say(POST, null, "Noncharacter \uFFFF", "Ends in \uFFFE and \uFFFF, and a 😀");

    for (FeedFormat format : FeedFormat.values()) {
      for (FeedDocument doc : List.of(feeds.ofPost(POST, format, 1), feeds.recent(format, 1))) {
        assertValid(doc);
        assertThat(doc.xml()).contains("Ends in \uFFFD and \uFFFD, and a ")
            .containsAnyOf("😀", "&#x1f600;").doesNotContain("\uFFFE").doesNotContain("\uFFFF");
      }
    }
    assertThat(rejoinder.comment(odd.id()).body().text()).contains("\uFFFE");
  }

  @Test
  void theDatesRssWrites_areRfc822_inEnglish_whateverTheDefaultLocale() {
    say(POST, null, "Ann", "Hi");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      FeedDocument doc = feeds.ofPost(POST, FeedFormat.RSS, 1);

      assertValid(doc);
      assertThat(doc.xml()).contains("<pubDate>Wed, 01 May 2024 12:01:00 GMT</pubDate>");
    } finally {
      Locale.setDefault(before);
    }
  }
}
