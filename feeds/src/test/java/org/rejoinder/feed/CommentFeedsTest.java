package org.rejoinder.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.testing.TagPolicy;

/** Feeds parsed back with ROME: what a feed reader gets. */
class CommentFeedsTest {
  private static final PostId POST = PostId.of("hello");
  private static final PostId OTHER = PostId.of("other");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final Rejoinder rejoinder = Rejoinder.builder().clock(clock)
      .moderation(TagPolicy.HOLD_OR_SPAM)
      .build();
  private final CommentFeeds feeds = CommentFeeds.builder(rejoinder, URI.create("https://blog.example.net/"))
      .siteTitle("Example").pageSize(2).build();

  CommentFeedsTest() {
    rejoinder.createPost(Post.of(POST, "Hello & <welcome>", SiteUser.of("1", "Ed"), clock.instant()));
    rejoinder.createPost(Post.of(OTHER, "Other", SiteUser.of("1", "Ed"), clock.instant()));
  }

  private Comment say(PostId post, Comment parent, String name, String text) {
    clock.advance(Duration.ofMinutes(1));
    Guest who = Guest.of(name, name.toLowerCase(java.util.Locale.ROOT) + "@example.com");
    NewComment c = parent == null ? NewComment.on(post, who, Body.plain(text))
        : NewComment.replyTo(post, parent.id(), who, Body.plain(text));
    return rejoinder.submit(c.withClient(ClientInfo.of("192.0.2.7", "agent")));
  }

  private static Feed atom(FeedDocument doc) throws Exception {
    WireFeedInput input = new WireFeedInput();
    return (Feed) input.build(new StringReader(doc.xml()));
  }

  @Test
  void aPostsAtomFeed_hasItsApprovedComments_newestFirst_threaded_andPaged() throws Exception {
    Comment ann = say(POST, null, "Ann", "First <b>not bold</b>");
    say(POST, null, "Hal", "[hold] wait for me");
    Comment bob = say(POST, ann, "Bob", "A reply");
    say(OTHER, null, "Cat", "Elsewhere");
    Comment dee = say(POST, null, "Dee", "Newest");

    FeedDocument doc = feeds.ofPost(POST, FeedFormat.ATOM, 1);
    assertThat(doc.contentType()).isEqualTo("application/atom+xml; charset=utf-8");
    assertThat(doc.xml()).doesNotContain("@example.com").doesNotContain("192.0.2.7")
        .doesNotContain("<b>");
    Feed feed = atom(doc);
    assertThat(feed.getTitle()).isEqualTo("Comments on: Hello & <welcome>");
    assertThat(feed.getEntries()).extracting(e -> e.getAuthors().get(0).getName()).containsExactly("Dee", "Bob");
    assertThat(feed.getUpdated().toInstant()).isEqualTo(dee.updatedAt());
    Entry reply = feed.getEntries().get(1);
    assertThat(reply.getId()).isEqualTo("https://blog.example.net/posts/hello#comment-" + bob.id());
    assertThat(reply.getContents().get(0).getValue()).isEqualTo("A reply");
    Element inReplyTo = reply.getForeignMarkup().get(0);
    assertThat(inReplyTo.getNamespaceURI()).isEqualTo("http://purl.org/syndication/thread/1.0");
    assertThat(inReplyTo.getName()).isEqualTo("in-reply-to");
    assertThat(inReplyTo.getAttributeValue("ref")).isEqualTo("https://blog.example.net/posts/hello#comment-" + ann.id());
    assertThat(feed.getEntries().get(0).getForeignMarkup().get(0).getAttributeValue("ref"))
        .isEqualTo("https://blog.example.net/posts/hello");
    assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref).contains(
        org.assertj.core.groups.Tuple.tuple("self", "https://blog.example.net/posts/hello/feed"),
        org.assertj.core.groups.Tuple.tuple("next", "https://blog.example.net/posts/hello/feed?page=2"));

    Feed second = atom(feeds.ofPost(POST, FeedFormat.ATOM, 2));
    assertThat(second.getEntries()).extracting(e -> e.getContents().get(0).getValue())
        .containsExactly("First <b>not bold</b>");
    assertThat(second.getOtherLinks()).extracting(Link::getRel).doesNotContain("next");
  }

  @Test
  void theSitesRssFeed_namesEachCommentsPost_andItsAuthorAsDcCreator() throws Exception {
    say(POST, null, "Ann", "On hello");
    say(OTHER, null, "Cat", "On other");

    FeedDocument doc = feeds.recent(FeedFormat.RSS, 1);
    Channel channel = (Channel) new WireFeedInput().build(new StringReader(doc.xml()));
    assertThat(channel.getTitle()).isEqualTo("Comments for Example");
    List<Item> items = channel.getItems();
    assertThat(items).extracting(Item::getTitle)
        .containsExactly("Comment on Other by Cat", "Comment on Hello & <welcome> by Ann");
    assertThat(((DCModule) items.get(0).getModule(DCModule.URI)).getCreator()).isEqualTo("Cat");
    assertThat(items.get(0).getGuid().getValue()).startsWith("https://blog.example.net/posts/other#comment-");
    assertThat(doc.xml()).doesNotContain("@example.com");
  }

  @Test
  void theEntityTagChangesWithTheFeed_andOnlyThen() {
    say(POST, null, "Ann", "One");
    FeedDocument before = feeds.ofPost(POST, FeedFormat.ATOM, 1);
    assertThat(feeds.ofPost(POST, FeedFormat.ATOM, 1).etag()).isEqualTo(before.etag());
    say(POST, null, "Bob", "Two");
    assertThat(feeds.ofPost(POST, FeedFormat.ATOM, 1).etag()).isNotEqualTo(before.etag());
  }

  @Test
  void anEmptyFeedIsStillAFeed_andBadRequestsAreRefused() throws Exception {
    FeedDocument empty = feeds.ofPost(OTHER, FeedFormat.ATOM, 1);
    assertThat(atom(empty).getEntries()).isEmpty();
    assertThatThrownBy(() -> feeds.ofPost(PostId.of("nope"), FeedFormat.ATOM, 1)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> feeds.recent(FeedFormat.RSS, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CommentFeeds.builder(rejoinder, URI.create("/relative/")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site");
  }
}
