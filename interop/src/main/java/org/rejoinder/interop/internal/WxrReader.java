package org.rejoinder.interop.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.interop.ImportIssue.Action;
import org.rejoinder.interop.WxrPost;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.Limits;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.SourceId;

/**
 * Reads a WordPress export (WXR 1.0, 1.1 or 1.2, namespaces with http or https) one element at a
 * time and hands its posts and comments to an {@link ImportRun}. A post is taken when its first
 * comment starts (WordPress writes an item's own fields before its comments); items without
 * comments are never posts.
 */
public final class WxrReader {
  private static final Pattern WP = Pattern.compile("https?://wordpress\\.org/export/1\\.\\d+/?");
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  /** The longest value kept of a field other than a body. */
  private static final int MAX_FIELD = 10_000;

  /** What the reader is told by the importer's settings. */
  public record Options(
      String system, ZoneId siteZone, boolean includeDrafts, Function<WxrPost, PostId> postIds) {}

  private final SafeXml xml;
  private final ImportRun run;
  private final Options options;
  /** Authors by login: their id and display name. */
  private final Map<String, String[]> authors = new HashMap<>();

  /** Reads {@code xml} into {@code run}. */
  public WxrReader(SafeXml xml, ImportRun run, Options options) {
    this.xml = xml;
    this.run = run;
    this.options = options;
  }

  /** Reads the whole file. */
  public void read() {
    if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.localName().equals("rss")) {
      throw xml.problem("this is not a WordPress export: it does not start with <rss>");
    }
    boolean sawChannel = false;
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (xml.localName().equals("channel")) {
        sawChannel = true;
        channel();
      } else {
        xml.skipElement();
      }
    }
    if (!sawChannel) {
      throw xml.problem("this is not a WordPress export: it has no <channel>");
    }
    xml.nextTag();
  }

  private boolean isWp() {
    return WP.matcher(xml.namespace()).matches();
  }

  private void channel() {
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.localName();
      if (name.equals("item") && xml.namespace().isEmpty()) {
        item();
      } else if (name.equals("author") && isWp()) {
        author();
      } else {
        xml.skipElement();
      }
    }
  }

  private void author() {
    Map<String, String> fields = fields(MAX_FIELD);
    String login = fields.getOrDefault("author_login", "").strip();
    if (!login.isEmpty()) {
      String id = fields.getOrDefault("author_id", "").strip();
      String name = fields.getOrDefault("author_display_name", "").strip();
      authors.put(login, new String[] {id.isEmpty() ? login : id, name.isEmpty() ? login : name});
    }
  }

  /** Reads the text children of the current element, by local name, up to its end. */
  private Map<String, String> fields(int max) {
    Map<String, String> fields = new HashMap<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.localName();
      fields.put(name, xml.text(max).value());
    }
    return fields;
  }

  private final class Item {
    final Map<String, String> fields = new HashMap<>();
    final Map<String, String> meta = new HashMap<>();
    @Nullable PostId post;
    Instant publishedAt = Instant.EPOCH;
    boolean skipped;
    boolean decided;
  }

  private void item() {
    Item item = new Item();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.localName();
      String ns = xml.namespace();
      if (name.equals("comment") && isWp()) {
        if (!item.decided) {
          decide(item);
        }
        comment(item);
      } else if (name.equals("postmeta") && isWp()) {
        Map<String, String> pair = fields(MAX_FIELD);
        item.meta.put(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
      } else if (ns.isEmpty() || isWp() || ns.equals(DC)) {
        item.fields.put(name, xml.text(MAX_FIELD).value());
      } else {
        xml.skipElement();
      }
    }
    if (item.decided) {
      run.endScope();
    }
  }

  /** Decides, at an item's first comment, whether it is a post to import, and takes it. */
  private void decide(Item item) {
    item.decided = true;
    String postId = item.fields.getOrDefault("post_id", "").strip();
    String link = item.fields.get("link");
    String sourceId = postId.isEmpty() && link != null ? link.strip() : postId;
    SourceId source = SourceId.of(options.system(), sourceId.isEmpty() ? "?" : sourceId);
    String type = item.fields.getOrDefault("post_type", "post").strip();
    String status = item.fields.getOrDefault("status", "publish").strip();
    boolean draft = !status.equals("publish") && !status.equals("private")
        && !status.equals("future") && !status.equals("inherit");
    if (type.equals("attachment") || type.equals("revision") || type.equals("nav_menu_item")) {
      skip(item, source, "post_type", "a " + type + ", not a post or a page");
      return;
    }
    if (status.equals("trash") || status.equals("auto-draft") || draft && !options.includeDrafts()) {
      skip(item, source, "status", "status " + status + "; drafts are imported only when asked");
      return;
    }
    String title = item.fields.getOrDefault("title", "").strip();
    String slug = item.fields.getOrDefault("post_name", "").strip();
    WxrPost wxrPost = new WxrPost(postId, slug, title, link == null ? null : link.strip(), type,
        status, item.meta.get(Meta.POST_ID));
    try {
      PostId id = options.postIds().apply(wxrPost);
      Post post = Post.builder()
          .id(id)
          .title(title.isEmpty() ? "(no title)" : new Cleaner(source).line("title", title))
          .author(postAuthor(item))
          .publishedAt(postDate(item))
          .commentStatus(commentStatus(item))
          .link(Cleaner.link(link))
          .source(source)
          .build();
      item.post = run.post(post);
      item.publishedAt = post.publishedAt();
    } catch (InvalidInputException e) {
      skip(item, source, e.field(), String.valueOf(e.getMessage()));
    }
  }

  private void skip(Item item, SourceId source, String field, String problem) {
    item.skipped = true;
    run.skippedPost();
    run.issue(source, field, problem, Action.SKIPPED);
  }

  private Author postAuthor(Item item) {
    String kind = item.meta.get(Meta.AUTHOR_KIND);
    String login = item.fields.getOrDefault("creator", "").strip();
    String[] known = authors.get(login);
    String name = known != null ? known[1] : login.isEmpty() ? "admin" : login;
    if (kind != null) {
      return author(kind, item.meta, item.meta.getOrDefault(Meta.AUTHOR_NAME, name),
          item.meta.get(Meta.AUTHOR_EMAIL), item.meta.get(Meta.AUTHOR_WEBSITE));
    }
    return SiteUser.of(known != null ? known[0] : login.isEmpty() ? "admin" : login, name);
  }

  private Instant postDate(Item item) {
    Instant gmt = wpDate(item.fields.get("post_date_gmt"), ZoneId.of("UTC"));
    if (gmt != null) {
      return gmt;
    }
    Instant local = wpDate(item.fields.get("post_date"), options.siteZone());
    if (local != null) {
      return local;
    }
    String pubDate = item.fields.get("pubDate");
    if (pubDate != null) {
      try {
        return ZonedDateTime.parse(pubDate.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        // fall through
      }
    }
    return Instant.EPOCH;
  }

  private static CommentStatus commentStatus(Item item) {
    String rejoinder = item.meta.get(Meta.COMMENT_STATUS);
    if (rejoinder != null && rejoinder.startsWith("closes-after-days:")) {
      try {
        return CommentStatus.closesAfterDays(
            Integer.parseInt(rejoinder.substring("closes-after-days:".length()).strip()));
      } catch (NumberFormatException | InvalidInputException e) {
        // WordPress's own status below
      }
    }
    return item.fields.getOrDefault("comment_status", "open").strip().equals("closed")
        ? CommentStatus.CLOSED : CommentStatus.OPEN;
  }

  /** Parses a WordPress date in a zone; {@code null} for none or {@code 0000-00-00 00:00:00}. */
  static @Nullable Instant wpDate(@Nullable String text, ZoneId zone) {
    if (text == null || text.isBlank() || text.strip().startsWith("0000-00-00")) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip(), LOCAL).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void comment(Item item) {
    Map<String, String> fields = new HashMap<>();
    Map<String, String> meta = new HashMap<>();
    boolean contentCut = false;
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.localName();
      if (name.equals("commentmeta")) {
        Map<String, String> pair = fields(MAX_FIELD);
        meta.put(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
      } else if (name.equals("comment_content")) {
        SafeXml.Text text = xml.text(Limits.MAX_BODY_BYTES + 1);
        contentCut = text.cut();
        fields.put(name, text.value());
      } else {
        fields.put(name, xml.text(MAX_FIELD).value());
      }
    }
    String id = fields.getOrDefault("comment_id", "").strip();
    SourceId source = SourceId.of(options.system(), id.isEmpty() ? "?" : id);
    if (item.skipped || item.post == null) {
      run.skippedComment();
      return;
    }
    meta.keySet().stream().filter(key -> !key.startsWith(Meta.PREFIX)).forEach(run::droppedMeta);
    if (id.isEmpty()) {
      run.issue(source, "comment_id", "missing", Action.REJECTED);
      run.rejectedComment();
      return;
    }
    Cleaner clean = new Cleaner(source);
    Instant created = wpDate(fields.get("comment_date_gmt"), ZoneId.of("UTC"));
    if (created == null) {
      created = wpDate(fields.get("comment_date"), options.siteZone());
    }
    if (created == null) {
      clean.replaced("comment_date", "no valid date; dated as its post");
      created = item.publishedAt;
    }
    ModerationState state = state(fields.getOrDefault("comment_approved", "1").strip(), clean);
    boolean purged = "PURGED".equals(meta.get(Meta.STATE));
    CommentType type = type(fields.getOrDefault("comment_type", "").strip(), clean);
    Comment.Builder comment = Comment.builder()
        .postId(item.post)
        .createdAt(created)
        .type(type)
        .source(source);
    if (purged) {
      comment.state(ModerationState.PURGED).author(Comment.ERASED_AUTHOR).body(Comment.ERASED_BODY);
    } else {
      String[] problem = new String[1];
      Body body = clean.body(fields.getOrDefault("comment_content", ""), contentCut,
          format(meta.get(Meta.BODY_FORMAT)), problem);
      if (body == null) {
        run.issue(source, "body", problem[0], Action.REJECTED);
        run.rejectedComment();
        return;
      }
      String name = clean.name(fields.get("comment_author"));
      String email = clean.email(fields.get("comment_author_email"));
      String website = clean.website(fields.get("comment_author_url"));
      Author author;
      String kind = meta.get(Meta.AUTHOR_KIND);
      String userId = fields.getOrDefault("comment_user_id", "0").strip();
      if (kind != null) {
        author = author(kind, meta, name, email, website);
      } else if (!userId.isEmpty() && !userId.equals("0")) {
        author = SiteUser.of(userId, name).withEmail(email).withWebsite(website);
      } else {
        author = new Guest(name, email, website);
      }
      String agent = meta.get(Meta.USER_AGENT);
      if (agent == null) {
        agent = fields.get("comment_agent");
      }
      comment.state(state).author(author).body(body)
          .client(ClientInfo.of(clean.ip(fields.get("comment_author_IP")),
              agent == null || agent.isBlank() ? null : clean.line("client.userAgent", agent)));
    }
    String parent = fields.getOrDefault("comment_parent", "0").strip();
    clean.report(run);
    run.comment(new ImportRun.Incoming(source,
        parent.isEmpty() || parent.equals("0") ? null : SourceId.of(options.system(), parent),
        item.post, comment, clean.cleanedAny()));
  }

  private static Author author(String kind, Map<String, String> meta, String name,
      @Nullable String email, @Nullable String website) {
    String id = meta.getOrDefault(Meta.AUTHOR_ID, "");
    switch (kind) {
      case "user":
        return SiteUser.of(id, name).withEmail(email).withWebsite(website);
      case "external":
        IdentityProvider provider = new IdentityProvider(meta.getOrDefault(Meta.AUTHOR_PROVIDER, ""),
            meta.getOrDefault(Meta.AUTHOR_PROVIDER_NAME, ""));
        return ExternalIdentity.of(provider, id, name).withProfileUrl(website).withEmail(email);
      default:
        return new Guest(name, email, website);
    }
  }

  private static BodyFormat format(@Nullable String value) {
    if (value != null) {
      for (BodyFormat format : BodyFormat.values()) {
        if (format.name().equals(value.strip())) {
          return format;
        }
      }
    }
    return BodyFormat.HTML;
  }

  private static ModerationState state(String approved, Cleaner clean) {
    switch (approved) {
      case "1":
        return ModerationState.APPROVED;
      case "0":
        return ModerationState.PENDING;
      case "spam":
        return ModerationState.SPAM;
      case "trash":
      case "post-trashed":
        return ModerationState.TRASH;
      default:
        clean.replaced("comment_approved", "unknown state '" + approved + "'; held for moderation");
        return ModerationState.PENDING;
    }
  }

  private static CommentType type(String type, Cleaner clean) {
    switch (type) {
      case "":
      case "comment":
        return CommentType.COMMENT;
      case "pingback":
        return CommentType.PINGBACK;
      case "trackback":
        return CommentType.TRACKBACK;
      default:
        clean.replaced("comment_type", "type '" + type + "' imported as an ordinary comment");
        return CommentType.COMMENT;
    }
  }
}
