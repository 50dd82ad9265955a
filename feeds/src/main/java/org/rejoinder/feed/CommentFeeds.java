package org.rejoinder.feed;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jspecify.annotations.Nullable;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.BodyText;
import org.rejoinder.store.RecentCommentsQuery;

/**
 * Feeds of comments, as WordPress serves them: of one post ({@link #ofPost}) and of the whole
 * site ({@link #recent}), in Atom or RSS 2.0. Approved comments only, newest first, a page at a
 * time ({@code rel="next"} links the next in Atom); authors by display name, never by address;
 * bodies as the text readers see ({@link Rejoinder#bodyText()}: the render module's sanitized
 * text, without markup). Each Atom entry names what it answers with RFC 4685's {@code
 * thr:in-reply-to}: the parent comment, or the post. Documents are written by ROME, never by
 * concatenation.
 *
 * <pre>{@code
 * CommentFeeds feeds = CommentFeeds.builder(rejoinder, URI.create("https://blog.example.com/"))
 *     .siteTitle("Example blog").build();
 * FeedDocument atom = feeds.ofPost(PostId.of("hello-world"), FeedFormat.ATOM, 1);
 * }</pre>
 *
 * <p>Immutable and safe for use by many threads.
 *
 * @since 0.2.0
 */
public final class CommentFeeds {
  private static final Namespace THREADING = Namespace.getNamespace("thr", "http://purl.org/syndication/thread/1.0");

  private final Rejoinder rejoinder;
  private final URI site;
  private final String siteTitle;
  private final int pageSize;
  private final BodyText bodyText;

  private CommentFeeds(Builder b) {
    this.rejoinder = b.rejoinder;
    this.site = b.site;
    this.siteTitle = b.siteTitle;
    this.pageSize = b.pageSize;
    this.bodyText = b.bodyText != null ? b.bodyText : b.rejoinder.bodyText();
  }

  /**
   * Returns a builder of feeds of {@code rejoinder}'s comments whose links are under {@code site},
   * where the web module's routes are: {@code posts/{post}} for a post without a {@link
   * Post#link()}, {@code posts/{post}/feed} (Atom) and {@code posts/{post}/feed/rss}, {@code
   * comments/feed} and {@code comments/feed/rss}.
   *
   * @param site an absolute http(s) address ending in {@code /}
   * @throws IllegalArgumentException if it is not one
   */
  public static Builder builder(Rejoinder rejoinder, URI site) {
    return new Builder(rejoinder, site);
  }

  /**
   * Returns one page of a post's approved comments, newest first.
   *
   * @param page from 1, as a reader's request gives it
   * @throws org.rejoinder.error.NotFoundException if there is no such post
   * @throws InvalidInputException if {@code page} is below 1 or absurdly high
   */
  public FeedDocument ofPost(PostId postId, FeedFormat format, int page) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(format, "format must not be null");
    Post post = rejoinder.post(postId);
    int offset = offset(page);
    List<Comment> found = rejoinder.recentComments(
        RecentCommentsQuery.all().withPosts(Set.of(postId)).withPage(offset, pageSize + 1));
    URI self = site.resolve("posts/" + encode(postId.value()) + "/feed" + (format == FeedFormat.RSS ? "/rss" : ""));
    return write(format, "Comments on: " + post.title(), self, postUrl(post), page, found,
        Map.of(postId, post), post.publishedAt(), false);
  }

  /**
   * Returns one page of the site's approved comments, newest first, of every post.
   *
   * @param page from 1, as a reader's request gives it
   * @throws InvalidInputException if {@code page} is below 1 or absurdly high
   */
  public FeedDocument recent(FeedFormat format, int page) {
    requireNonNull(format, "format must not be null");
    int offset = offset(page);
    List<Comment> found = rejoinder.recentComments(RecentCommentsQuery.all().withPage(offset, pageSize + 1));
    Map<PostId, Post> posts = new HashMap<>();
    for (Comment c : found) {
      posts.computeIfAbsent(c.postId(), rejoinder::post);
    }
    URI self = site.resolve("comments/feed" + (format == FeedFormat.RSS ? "/rss" : ""));
    return write(format, "Comments for " + siteTitle, self, site, page, found, posts, Instant.EPOCH, true);
  }

  private int offset(int page) {
    int maxPage = (RecentCommentsQuery.MAX_LIMIT * 1000) / pageSize;
    if (page < 1 || page > maxPage) {
      throw new InvalidInputException("page", InvalidInputException.Problem.OUT_OF_RANGE,
          "page must be from 1 to " + maxPage);
    }
    return (page - 1) * pageSize;
  }

  private FeedDocument write(FeedFormat format, String title, URI self, URI alternate, int page,
      List<Comment> found, Map<PostId, Post> posts, Instant emptyUpdated, boolean sayWhichPost) {
    boolean more = found.size() > pageSize;
    List<Comment> comments = more ? found.subList(0, pageSize) : found;
    Instant updated = emptyUpdated;
    for (Comment c : comments) {
      updated = c.updatedAt().isAfter(updated) ? c.updatedAt() : updated;
    }
    URI selfPage = page == 1 ? self : URI.create(self + "?page=" + page);
    URI next = more ? URI.create(self + "?page=" + (page + 1)) : null;
    WireFeed feed = format == FeedFormat.ATOM
        ? atom(title, selfPage, alternate, next, updated, comments, posts, sayWhichPost)
        : rss(title, alternate, updated, comments, posts, sayWhichPost);
    String xml;
    try {
      xml = new WireFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("ROME could not write the feed", e);
    }
    String etag = "\"" + Hashing.sha256().hashString(xml, StandardCharsets.UTF_8).toString().substring(0, 32) + "\"";
    return new FeedDocument(xml, format, updated, etag);
  }

  private Feed atom(String title, URI self, URI alternate, @Nullable URI next, Instant updated,
      List<Comment> comments, Map<PostId, Post> posts, boolean sayWhichPost) {
    Feed feed = new Feed("atom_1.0");
    feed.setId(self.toString());
    feed.setTitle(xmlText(title));
    feed.setUpdated(Date.from(updated));
    List<Link> links = new ArrayList<>();
    links.add(link("self", self, "application/atom+xml"));
    links.add(link("alternate", alternate, "text/html"));
    if (next != null) {
      links.add(link("next", next, "application/atom+xml"));
    }
    feed.setAlternateLinks(List.of(links.get(1)));
    List<Link> other = new ArrayList<>(links);
    other.remove(1);
    feed.setOtherLinks(other);
    Person generator = new Person();
    generator.setName(xmlText(siteTitle));
    feed.setAuthors(List.of(generator));
    List<Entry> entries = new ArrayList<>();
    for (Comment c : comments) {
      Post post = requireNonNull(posts.get(c.postId()));
      URI permalink = commentUrl(post, c.id());
      Entry entry = new Entry();
      entry.setId(permalink.toString());
      entry.setTitle(xmlText(entryTitle(c, post, sayWhichPost)));
      Person author = new Person();
      author.setName(xmlText(c.author().displayName()));
      entry.setAuthors(List.of(author));
      entry.setPublished(Date.from(c.createdAt()));
      entry.setUpdated(Date.from(c.updatedAt()));
      entry.setAlternateLinks(List.of(link("alternate", permalink, "text/html")));
      Content content = new Content();
      content.setType(Content.TEXT);
      content.setValue(xmlText(bodyText.visibleText(c.body())));
      entry.setContents(List.of(content));
      CommentId parent = c.parentId();
      URI answered = parent == null ? postUrl(post) : commentUrl(post, parent);
      Element inReplyTo = new Element("in-reply-to", THREADING);
      inReplyTo.setAttribute("ref", answered.toString());
      inReplyTo.setAttribute("href", answered.toString());
      inReplyTo.setAttribute("type", "text/html");
      entry.setForeignMarkup(List.of(inReplyTo));
      entries.add(entry);
    }
    feed.setEntries(entries);
    return feed;
  }

  private Channel rss(String title, URI alternate, Instant updated, List<Comment> comments,
      Map<PostId, Post> posts, boolean sayWhichPost) {
    Channel channel = new Channel("rss_2.0");
    channel.setTitle(xmlText(title));
    channel.setLink(alternate.toString());
    channel.setDescription(xmlText(title));
    channel.setLastBuildDate(Date.from(updated));
    List<Item> items = new ArrayList<>();
    for (Comment c : comments) {
      Post post = requireNonNull(posts.get(c.postId()));
      URI permalink = commentUrl(post, c.id());
      Item item = new Item();
      item.setTitle(xmlText(entryTitle(c, post, sayWhichPost)));
      item.setLink(permalink.toString());
      Guid guid = new Guid();
      guid.setPermaLink(true);
      guid.setValue(permalink.toString());
      item.setGuid(guid);
      item.setPubDate(Date.from(c.createdAt()));
      Description description = new Description();
      description.setType("text/plain");
      description.setValue(xmlText(bodyText.visibleText(c.body())));
      item.setDescription(description);
      DCModule dc = new DCModuleImpl();
      dc.setCreator(xmlText(c.author().displayName()));
      List<Module> modules = new ArrayList<>();
      modules.add(dc);
      item.setModules(modules);
      items.add(item);
    }
    channel.setItems(items);
    return channel;
  }

  private static String entryTitle(Comment c, Post post, boolean sayWhichPost) {
    return sayWhichPost
        ? "Comment on " + post.title() + " by " + c.author().displayName()
        : "By: " + c.author().displayName();
  }

  /**
   * Returns {@code text} with each character XML 1.0 cannot hold replaced by U+FFFD: the
   * noncharacters U+FFFE and U+FFFF (which comment text may hold), controls other than tab and
   * line breaks, and unpaired surrogates.
   */
  static String xmlText(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
          || c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(allowed ? c : '\uFFFD');
        if (pair) {
          out.append(text.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  private static Link link(String rel, URI href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href.toString());
    link.setType(type);
    return link;
  }

  private URI postUrl(Post post) {
    String link = post.link();
    return link != null ? URI.create(link) : site.resolve("posts/" + encode(post.id().value()));
  }

  private URI commentUrl(Post post, CommentId id) {
    return URI.create(postUrl(post) + "#comment-" + id.value());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "CommentFeeds[" + site + ", " + pageSize + " a page]";
  }

  /**
   * Builds {@link CommentFeeds}. A setting given twice replaces the earlier value.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    /** The default {@link #pageSize(int)}: {@value}, as WordPress's {@code posts_per_rss}. */
    public static final int DEFAULT_PAGE_SIZE = 10;
    /** The largest {@link #pageSize(int)}: {@value}. */
    public static final int MAX_PAGE_SIZE = 100;

    private final Rejoinder rejoinder;
    private final URI site;
    private String siteTitle = "this site";
    private int pageSize = DEFAULT_PAGE_SIZE;
    private @Nullable BodyText bodyText;

    private Builder(Rejoinder rejoinder, URI site) {
      this.rejoinder = requireNonNull(rejoinder, "rejoinder must not be null");
      requireNonNull(site, "site must not be null");
      checkArgument(site.isAbsolute() && site.getPath() != null && site.getPath().endsWith("/")
              && ("http".equals(site.getScheme()) || "https".equals(site.getScheme())),
          "site must be an absolute http(s) address ending in / but was %s", site);
      this.site = site;
    }

    /** Sets the site's name, in the site feed's title ("Comments for …"). Default: "this site". */
    public Builder siteTitle(String title) {
      requireNonNull(title, "title must not be null");
      checkArgument(!title.isBlank(), "siteTitle must not be blank");
      this.siteTitle = title;
      return this;
    }

    /**
     * Sets how many comments a page holds. Default: {@value #DEFAULT_PAGE_SIZE}.
     *
     * @throws IllegalArgumentException if not from 1 to {@value #MAX_PAGE_SIZE}
     */
    public Builder pageSize(int size) {
      checkArgument(size >= 1 && size <= MAX_PAGE_SIZE, "pageSize must be 1 to %s but was %s", MAX_PAGE_SIZE, size);
      this.pageSize = size;
      return this;
    }

    /** Sets how bodies are shown. Default: the Rejoinder's {@link Rejoinder#bodyText()}. */
    public Builder bodyText(BodyText bodyText) {
      this.bodyText = requireNonNull(bodyText, "bodyText must not be null");
      return this;
    }

    /** Returns the feeds. */
    public CommentFeeds build() {
      return new CommentFeeds(this);
    }
  }
}
