package org.rejoinder.feed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schemas accept what their formats allow and refuse what they forbid. */
class FeedSchemasTest {
  private static final String ATOM_ENTRY = """
      <entry><id>https://a.example/1#c1</id><title>By: Ann</title>
      <updated>2024-05-01T12:00:00Z</updated><author><name>Ann</name></author>
      <link rel="alternate" href="https://a.example/1#c1"/>
      %s</entry>""";

  private static String atom(String feedChildren, String entryChildren) {
    return "<feed xmlns=\"http://www.w3.org/2005/Atom\""
        + " xmlns:thr=\"http://purl.org/syndication/thread/1.0\">" + feedChildren
        + ATOM_ENTRY.formatted(entryChildren) + "</feed>";
  }

  private static final String FEED_HEAD = "<id>https://a.example/feed</id><title>T</title>"
      + "<updated>2024-05-01T12:00:00Z</updated>";
  private static final String REPLY = "<thr:in-reply-to ref=\"https://a.example/1\" href=\"https://a.example/1\" type=\"text/html\"/>";

  private static String rss(String channelChildren, String itemChildren) {
    return "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\""
        + " xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"><channel>" + channelChildren
        + "<item>" + itemChildren + "</item></channel></rss>";
  }

  private static final String CHANNEL = "<title>T</title><link>https://a.example/</link><description>D</description>";
  private static final String ITEM = "<title>By: Ann</title><link>https://a.example/1#c1</link>"
      + "<guid isPermaLink=\"true\">https://a.example/1#c1</guid><pubDate>Wed, 01 May 2024 12:00:00 GMT</pubDate>"
      + "<dc:creator>Ann</dc:creator><wfw:commentRss>https://a.example/1/feed</wfw:commentRss>"
      + "<slash:comments>3</slash:comments>";

  @Test
  void atom_acceptsAThreadedFeed() {
    assertThat(FeedSchemas.atomProblems(atom(FEED_HEAD, REPLY))).isEmpty();
  }

  @Test
  void atom_refusesAFeedWithoutItsId_orAnEntryWithAWrongDate() {
    assertThat(FeedSchemas.atomProblems(atom("<title>T</title><updated>2024-05-01T12:00:00Z</updated>", "")))
        .isNotEmpty();
    assertThat(FeedSchemas.atomProblems(atom(FEED_HEAD, "<published>Wed, 01 May 2024</published>")))
        .isNotEmpty();
  }

  @Test
  void atom_refusesAnEntryWithoutAnAuthor_whenTheFeedHasNone() {
    String anonymous = atom(FEED_HEAD, "").replace("<author><name>Ann</name></author>", "");

    assertThat(FeedSchemas.atomProblems(anonymous))
        .containsExactly("an atom:feed without an atom:author has an atom:entry without one");
    assertThat(FeedSchemas.atomProblems(anonymous.replace("<updated>2024-05-01T12:00:00Z</updated><entry>",
        "<updated>2024-05-01T12:00:00Z</updated><author><name>Site</name></author><entry>"))).isEmpty();
  }

  @Test
  void atom_refusesAnInReplyToWithoutRef_withARelativeRef_orWithAWrongType() {
    assertThat(FeedSchemas.atomProblems(atom(FEED_HEAD, "<thr:in-reply-to href=\"https://a.example/1\"/>")))
        .singleElement().asString().startsWith("thr:in-reply-to #1: ");
    assertThat(FeedSchemas.atomProblems(atom(FEED_HEAD, "<thr:in-reply-to ref=\"/posts/1\"/>")))
        .containsExactly("thr:in-reply-to #1: ref is not an absolute IRI: /posts/1");
    assertThat(FeedSchemas.atomProblems(atom(FEED_HEAD, "<thr:in-reply-to ref=\"https://a.example/1\" type=\"html\"/>")))
        .isNotEmpty();
    assertThat(FeedSchemas.atomProblems(atom(FEED_HEAD, "<thr:in-reply-to ref=\"https://a.example/1\" kind=\"x\"/>")))
        .isNotEmpty();
  }

  @Test
  void rss_acceptsAWordPressStyleItem_inAnyOrder() {
    assertThat(FeedSchemas.rssProblems(rss(CHANNEL, ITEM))).isEmpty();
    assertThat(FeedSchemas.rssProblems(rss("<description>D</description><link>https://a.example/</link><title>T</title>"
        + "<lastBuildDate>1 May 24 12:00 +0200</lastBuildDate>", "<description>Only text</description>"))).isEmpty();
  }

  @Test
  void rss_refusesAChannelWithoutDescription_orWithTwoTitles() {
    assertThat(FeedSchemas.rssProblems(rss("<title>T</title><link>https://a.example/</link>", ITEM))).isNotEmpty();
    assertThat(FeedSchemas.rssProblems(rss(CHANNEL + "<title>Again</title>", ITEM))).isNotEmpty();
  }

  @Test
  void rss_refusesIsoDates_wrongPermaLinkFlags_badCounts_andItemsWithNeitherTitleNorDescription() {
    assertThat(FeedSchemas.rssProblems(rss(CHANNEL, ITEM.replace("Wed, 01 May 2024 12:00:00 GMT", "2024-05-01T12:00:00Z"))))
        .isNotEmpty();
    assertThat(FeedSchemas.rssProblems(rss(CHANNEL, ITEM.replace("isPermaLink=\"true\"", "isPermaLink=\"yes\""))))
        .isNotEmpty();
    assertThat(FeedSchemas.rssProblems(rss(CHANNEL, ITEM.replace(">3<", ">three<")))).isNotEmpty();
    assertThat(FeedSchemas.rssProblems(rss(CHANNEL, "<link>https://a.example/1</link>")))
        .containsExactly("an item has neither a title nor a description");
  }
}
