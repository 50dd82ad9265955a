package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.rejoinder.interop.internal.Meta;
import org.rejoinder.model.Author;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.SourceId;
import org.rejoinder.store.ArchivedComment;
import org.rejoinder.store.MigrationStore;

/**
 * Writes posts and their comments as a WordPress export (WXR 1.2) that WordPress's importer
 * accepts: a channel with {@code wp:wxr_version}, {@code wp:base_site_url} and a {@code
 * wp:author} for each post author (login, display name, email), one item per post
 * with {@code wp:post_id}, and every comment with its id, parent, author, email, website, IP
 * address, local and GMT dates, content, state and type. Comments are read a page at a time.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("export.xml"))) {
 *   WxrExporter.builder(store).siteUrl("https://example.com").build().export(PostSelection.all(), out);
 * }
 * }</pre>
 *
 * <p>What WordPress has no field for travels in hidden meta ({@code _rejoinder_…}): the post's
 * id, a site user's or an external identity's account, a body's format when it is not HTML, a
 * tombstone's state, a user agent, a post that closes after some days. {@link WxrImporter} reads
 * them back, so importing an export gives the same posts and comments (new comment ids, the same
 * parents, states, types, authors, dates to the second and text); WordPress keeps them as meta.
 * Bodies are written byte for byte, in CDATA sections split where they hold {@code ]]>}.
 * Immutable and thread-safe once built.
 *
 * @since 0.2.0
 */
public final class WxrExporter {
  private static final String WP = "http://wordpress.org/export/1.2/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
  private static final String WFW = "http://wellformedweb.org/CommentAPI/";
  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final int PAGE = 500;

  private final MigrationStore store;
  private final String siteTitle;
  private final String siteUrl;
  private final ZoneId zone;

  private WxrExporter(Builder builder) {
    this.store = builder.store;
    this.siteTitle = builder.siteTitle;
    this.siteUrl = builder.siteUrl;
    this.zone = builder.zone;
  }

  /** Returns a builder of an exporter of {@code store}; see its methods for the defaults. */
  public static Builder builder(MigrationStore store) {
    return new Builder(requireNonNull(store, "store must not be null"));
  }

  /**
   * Writes the selected posts that exist, with all their comments, to {@code out}, which stays
   * open.
   *
   * @throws UncheckedIOException if writing fails
   */
  public ExportSummary export(PostSelection selection, OutputStream out) {
    requireNonNull(selection, "selection must not be null");
    requireNonNull(out, "out must not be null");
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("rss");
      xml.writeAttribute("version", "2.0");
      xml.writeNamespace("excerpt", EXCERPT);
      xml.writeNamespace("content", CONTENT);
      xml.writeNamespace("wfw", WFW);
      xml.writeNamespace("dc", DC);
      xml.writeNamespace("wp", WP);
      xml.writeCharacters("\n");
      xml.writeStartElement("channel");
      line(xml, "", "title", siteTitle);
      line(xml, "", "link", siteUrl);
      line(xml, "", "description", "");
      line(xml, "", "language", "en");
      line(xml, WP, "wxr_version", "1.2");
      line(xml, WP, "base_site_url", siteUrl);
      line(xml, WP, "base_blog_url", siteUrl);
      xml.writeCharacters("\n");
      Map<String, Author> authors = new LinkedHashMap<>();
      forEachPost(selection, post -> authors.putIfAbsent(login(post.author()), post.author()));
      for (Map.Entry<String, Author> author : authors.entrySet()) {
        author(xml, author.getKey(), author.getValue());
      }
      long[] counts = {0, 0};
      Set<Long> numbers = new HashSet<>();
      long[] next = {1};
      forEachPost(selection, post -> {
        counts[0]++;
        counts[1] += item(xml, post, number(post, numbers, next));
      });
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      return new ExportSummary(counts[0], counts[1]);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new java.io.IOException("Could not write the export", e));
    }
  }

  /** What is done with each selected post, in the order of the export. */
  private interface PostAction {
    void run(Post post) throws XMLStreamException;
  }

  /** Runs {@code action} on each selected post that exists, reading the posts a page at a time. */
  private void forEachPost(PostSelection selection, PostAction action) throws XMLStreamException {
    if (selection.single().isPresent()) {
      Post post = store.findPost(selection.single().get()).orElse(null);
      if (post != null) {
        action.run(post);
      }
      return;
    }
    PostId after = null;
    while (true) {
      List<Post> page = store.posts(after, PAGE);
      if (page.isEmpty()) {
        return;
      }
      for (Post post : page) {
        if (selection.includes(post)) {
          action.run(post);
        }
      }
      after = page.get(page.size() - 1).id();
    }
  }

  /**
   * Writes the channel's entry of a post author, as WordPress lists its authors ahead of the
   * items, so that its importer offers them by login and name when it asks whom to assign posts
   * to. The id is written only when it is one WordPress can hold (a positive number).
   */
  private static void author(XMLStreamWriter xml, String login, Author author)
      throws XMLStreamException {
    xml.writeCharacters("\t");
    start(xml, WP, "author");
    if (author instanceof SiteUser user && user.userId().matches("[1-9][0-9]{0,17}")) {
      line(xml, WP, "author_id", user.userId());
    }
    cdata(xml, WP, "author_login", login);
    cdata(xml, WP, "author_email", nullToEmpty(author.email()));
    cdata(xml, WP, "author_display_name", author.displayName());
    cdata(xml, WP, "author_first_name", "");
    cdata(xml, WP, "author_last_name", "");
    xml.writeCharacters("\n\t");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  /** WordPress's id of an imported post, else a number no other exported post has. */
  private static long number(Post post, Set<Long> used, long[] next) {
    SourceId source = post.source();
    if (source != null && source.system().startsWith("wordpress") && source.id().matches("[1-9][0-9]{0,17}")
        && used.add(Long.parseLong(source.id()))) {
      return Long.parseLong(source.id());
    }
    while (!used.add(next[0])) {
      next[0]++;
    }
    return next[0];
  }

  private long item(XMLStreamWriter xml, Post post, long number) throws XMLStreamException {
    xml.writeCharacters("\t");
    xml.writeStartElement("item");
    line(xml, "", "title", post.title());
    String link = post.link() != null ? post.link() : siteUrl + "?p=" + number;
    line(xml, "", "link", link);
    line(xml, "", "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(post.publishedAt().atOffset(ZoneOffset.UTC)));
    cdata(xml, DC, "creator", login(post.author()));
    xml.writeCharacters("\n\t\t");
    xml.writeStartElement("guid");
    xml.writeAttribute("isPermaLink", "false");
    xml.writeCharacters(siteUrl + "?p=" + number);
    xml.writeEndElement();
    line(xml, "", "description", "");
    cdata(xml, CONTENT, "encoded", "");
    cdata(xml, EXCERPT, "encoded", "");
    line(xml, WP, "post_id", Long.toString(number));
    line(xml, WP, "post_date", WP_DATE.format(post.publishedAt().atZone(zone)));
    line(xml, WP, "post_date_gmt", WP_DATE.format(post.publishedAt().atZone(ZoneOffset.UTC)));
    line(xml, WP, "comment_status", post.commentStatus().equals(CommentStatus.CLOSED) ? "closed" : "open");
    line(xml, WP, "ping_status", "closed");
    line(xml, WP, "post_name", post.id().value());
    line(xml, WP, "status", "publish");
    line(xml, WP, "post_parent", "0");
    line(xml, WP, "menu_order", "0");
    line(xml, WP, "post_type", "post");
    line(xml, WP, "post_password", "");
    line(xml, WP, "is_sticky", "0");
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put(Meta.POST_ID, post.id().value());
    meta.put(Meta.AUTHOR_KIND, "guest");
    authorMeta(post.author(), meta);
    meta.put(Meta.AUTHOR_NAME, post.author().displayName());
    if (post.author().email() != null) {
      meta.put(Meta.AUTHOR_EMAIL, post.author().email());
    }
    if (post.author().website() != null) {
      meta.put(Meta.AUTHOR_WEBSITE, post.author().website());
    }
    if (post.commentStatus().mode() == CommentStatus.Mode.CLOSES_AFTER_DAYS) {
      meta.put(Meta.COMMENT_STATUS, "closes-after-days:" + post.commentStatus().days());
    }
    meta(xml, "postmeta", meta);
    long count = 0;
    ArchivedComment after = null;
    while (true) {
      List<ArchivedComment> page = store.archive(post.id(), after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (ArchivedComment archived : page) {
        comment(xml, archived.comment());
        count++;
      }
      after = page.get(page.size() - 1);
    }
    xml.writeCharacters("\n\t");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    return count;
  }

  private void comment(XMLStreamWriter xml, Comment c) throws XMLStreamException {
    xml.writeCharacters("\n\t\t");
    xml.writeStartElement("wp", "comment", WP);
    Author author = c.author();
    line(xml, WP, "comment_id", c.id().toString(), 3);
    cdata(xml, WP, "comment_author", author.displayName(), 3);
    cdata(xml, WP, "comment_author_email", nullToEmpty(author.email()), 3);
    line(xml, WP, "comment_author_url", nullToEmpty(author.website()), 3);
    cdata(xml, WP, "comment_author_IP", nullToEmpty(c.client().ip()), 3);
    cdata(xml, WP, "comment_date", WP_DATE.format(c.createdAt().atZone(zone)), 3);
    cdata(xml, WP, "comment_date_gmt", WP_DATE.format(c.createdAt().atZone(ZoneOffset.UTC)), 3);
    cdata(xml, WP, "comment_content", c.body().text(), 3);
    cdata(xml, WP, "comment_approved", switch (c.state()) {
      case APPROVED -> "1";
      case PENDING -> "0";
      case SPAM -> "spam";
      case TRASH, PURGED -> "trash";
    }, 3);
    cdata(xml, WP, "comment_type", c.type().name().toLowerCase(Locale.ROOT), 3);
    line(xml, WP, "comment_parent", c.parentId() == null ? "0" : c.parentId().toString(), 3);
    line(xml, WP, "comment_user_id",
        author instanceof SiteUser user && user.userId().matches("[1-9][0-9]{0,17}") ? user.userId() : "0", 3);
    Map<String, String> meta = new LinkedHashMap<>();
    if (c.state() == ModerationState.PURGED) {
      meta.put(Meta.STATE, "PURGED");
    } else {
      authorMeta(author, meta);
    }
    if (c.body().format() != BodyFormat.HTML) {
      meta.put(Meta.BODY_FORMAT, c.body().format().name());
    }
    if (c.client().userAgent() != null) {
      meta.put(Meta.USER_AGENT, c.client().userAgent());
    }
    meta(xml, "commentmeta", meta);
    xml.writeCharacters("\n\t\t");
    xml.writeEndElement();
  }

  private static void authorMeta(Author author, Map<String, String> meta) {
    if (author instanceof SiteUser user) {
      meta.put(Meta.AUTHOR_KIND, "user");
      meta.put(Meta.AUTHOR_ID, user.userId());
    } else if (author instanceof ExternalIdentity identity) {
      meta.put(Meta.AUTHOR_KIND, "external");
      meta.put(Meta.AUTHOR_ID, identity.subject());
      meta.put(Meta.AUTHOR_PROVIDER, identity.provider().id());
      meta.put(Meta.AUTHOR_PROVIDER_NAME, identity.provider().displayName());
    }
  }

  private static void meta(XMLStreamWriter xml, String element, Map<String, String> meta)
      throws XMLStreamException {
    int indent = element.equals("postmeta") ? 2 : 3;
    for (Map.Entry<String, String> entry : meta.entrySet()) {
      xml.writeCharacters("\n" + "\t".repeat(indent));
      xml.writeStartElement("wp", element, WP);
      cdata(xml, WP, "meta_key", entry.getKey(), indent + 1);
      cdata(xml, WP, "meta_value", entry.getValue(), indent + 1);
      xml.writeCharacters("\n" + "\t".repeat(indent));
      xml.writeEndElement();
    }
  }

  private static String login(Author author) {
    return author instanceof SiteUser user ? user.userId() : author.displayName();
  }

  private static String nullToEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static void line(XMLStreamWriter xml, String ns, String name, String value)
      throws XMLStreamException {
    line(xml, ns, name, value, 2);
  }

  private static void line(XMLStreamWriter xml, String ns, String name, String value, int indent)
      throws XMLStreamException {
    xml.writeCharacters("\n" + "\t".repeat(indent));
    start(xml, ns, name);
    xml.writeCharacters(xmlSafe(value));
    xml.writeEndElement();
  }

  private static void cdata(XMLStreamWriter xml, String ns, String name, String value)
      throws XMLStreamException {
    cdata(xml, ns, name, value, 2);
  }

  /**
   * Writes a value in CDATA sections, split wherever it holds {@code ]]>} (as WordPress does) and
   * around each carriage return, written as {@code &#13;} so that XML's line-end handling keeps it.
   */
  private static void cdata(XMLStreamWriter xml, String ns, String name, String text, int indent)
      throws XMLStreamException {
    String value = xmlSafe(text);
    xml.writeCharacters("\n" + "\t".repeat(indent));
    start(xml, ns, name);
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r') {
        xml.writeCData(value.substring(from, i));
        xml.writeEntityRef("#13");
        from = i + 1;
      } else if (c == '>' && i >= 2 && value.charAt(i - 1) == ']' && value.charAt(i - 2) == ']') {
        xml.writeCData(value.substring(from, i));
        from = i;
      }
    }
    xml.writeCData(value.substring(from));
    xml.writeEndElement();
  }

  /**
   * Returns {@code text} with what XML 1.0 cannot hold written as U+FFFD: U+FFFE and U+FFFF,
   * which comment text may hold, and unpaired surrogates, so that one odd comment cannot make the
   * whole file unreadable.
   */
  static String xmlSafe(String text) {
    if (text.codePoints().allMatch(WxrExporter::isXmlChar)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(isXmlChar(cp) ? cp : 0xFFFD));
    return out.toString();
  }

  private static boolean isXmlChar(int cp) {
    return cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp <= 0xD7FF
        || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
  }

  private static void start(XMLStreamWriter xml, String ns, String name) throws XMLStreamException {
    if (ns.isEmpty()) {
      xml.writeStartElement(name);
    } else {
      xml.writeStartElement(prefix(ns), name, ns);
    }
  }

  private static String prefix(String ns) {
    return switch (ns) {
      case WP -> "wp";
      case DC -> "dc";
      case CONTENT -> "content";
      case EXCERPT -> "excerpt";
      default -> "wfw";
    };
  }

  /**
   * Configures a {@link WxrExporter}. A setting given twice keeps the later value.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final MigrationStore store;
    private String siteTitle = "Rejoinder";
    private String siteUrl = "http://localhost/";
    private ZoneId zone = ZoneOffset.UTC;

    private Builder(MigrationStore store) {
      this.store = store;
    }

    /** The site's title in the channel. Default {@code "Rejoinder"}. */
    public Builder siteTitle(String title) {
      this.siteTitle = requireNonNull(title, "title must not be null");
      return this;
    }

    /**
     * The site's address, written as {@code wp:base_site_url}, and the start of the links of
     * posts that have none. Default {@code http://localhost/}.
     */
    public Builder siteUrl(String url) {
      this.siteUrl = requireNonNull(url, "url must not be null");
      return this;
    }

    /** The zone of the local dates ({@code wp:comment_date}). Default UTC. */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone must not be null");
      return this;
    }

    /** Returns the exporter. */
    public WxrExporter build() {
      return new WxrExporter(this);
    }
  }
}
