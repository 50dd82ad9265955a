package org.rejoinder.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rejoinder.ModerationView;
import org.rejoinder.NewComment;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.store.RecentCommentsQuery;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadCursor;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/**
 * The JSON API under {@code /api}: threads (in a chosen sort), posting, reports, votes,
 * moderation (pins too), counts, recent comments, and the CSRF token JavaScript clients send back. Bodies are rendered safe here, so a
 * client inserts {@code html} as it is. Every state-changing call carries the token in the {@code
 * X-CSRF-Token} header and a JSON body ({@code application/json}).
 */
final class JsonApi {
  /** The form the API's CSRF tokens are made for. */
  public static final String FORM = "api";
  /** The most posts one counts request asks about. */
  public static final int MAX_COUNTED_POSTS = 100;
  /** The most comments of one recent-comments request. */
  public static final int MAX_RECENT = 100;

  static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(16).maxStringLength(300_000).maxNumberLength(30).build())
      .build());

  private final WebContext web;

  public JsonApi(WebContext web) {
    this.web = web;
  }

  /** Returns an error document. */
  public static WebResponse error(Failure failure) {
    ObjectNode error = JSON.createObjectNode();
    ObjectNode body = error.putObject("error");
    body.put("code", failure.code().name());
    if (failure.reason() != null) {
      body.put("reason", failure.reason());
    }
    body.put("message", failure.message());
    if (failure.field() != null) {
      body.put("field", failure.field());
    }
    if (failure.commentId() != null) {
      body.put("commentId", failure.commentId());
    }
    WebResponse response = json(failure.status(), error);
    return failure.retryAfter() == null ? response
        : response.withHeader("Retry-After", Long.toString(Math.max(1, failure.retryAfter().toSeconds())));
  }

  static WebResponse json(int status, JsonNode node) {
    try {
      return WebResponse.json(status, JSON.writeValueAsBytes(node)).withHeader("Cache-Control", "no-store");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  // Reading

  /** {@code GET /api/csrf}: a token for this browser's state-changing calls. */
  public WebResponse csrf(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    ObjectNode token = JSON.createObjectNode();
    token.put("token", web.csrf(viewer, FORM));
    token.put("header", WebContext.CSRF_HEADER);
    return json(200, token).withCookies(web.viewerCookies(request, viewer));
  }

  /**
   * {@code GET /api/posts/{post}/comments?page=N&perPage=M&sort=S}: one page of the thread, in the
   * order {@code sort} names ({@link Discussions#SORT_NAMES}), pinned threads first on page 1.
   * {@code cursor=TOKEN} instead of {@code page} reads the page an {@code earlier} or {@code later}
   * cursor of a previous answer leads to ({@link ThreadCursor}); the same {@code sort} must come
   * with it.
   */
  public WebResponse thread(WebRequest request, Map<String, String> parameters) {
    Post post = web.rejoinder().post(new PostId(WebContext.param(parameters, "post")));
    Viewer viewer = web.viewer(request);
    int page = request.query("page").map(Discussions::pageNumber).orElse(1);
    Optional<CommentOrder> sort = Discussions.sort(request);
    ThreadOptions options = web.rejoinder().threadOptions();
    if (sort.isPresent()) {
      options = options.withSort(sort.get());
    }
    int perPage = request.query("perPage").map(JsonApi::positive).orElse(Math.min(options.perPage(), web.settings().maxPerPage()));
    if (perPage > web.settings().maxPerPage()) {
      throw new InvalidInputException("perPage", InvalidInputException.Problem.OUT_OF_RANGE,
          "perPage must be at most " + web.settings().maxPerPage() + " but was " + perPage);
    }
    Optional<ThreadCursor> cursor = request.query("cursor").map(ThreadCursor::parse);
    ThreadPage shown = cursor.isPresent()
        ? web.rejoinder().threadPage(post.id(), viewer.actor(), options.withPerPage(perPage), cursor.get())
        : web.rejoinder().threadPage(post.id(), viewer.actor(), options.withPerPage(perPage), page);
    ObjectNode root = JSON.createObjectNode();
    ObjectNode postNode = root.putObject("post");
    postNode.put("id", post.id().value());
    postNode.put("title", post.title());
    postNode.put("url", web.postUrl(post.id()));
    postNode.put("acceptsComments", shown.thread().acceptsComments());
    root.put("responseCount", shown.thread().responseCount());
    root.put("page", shown.number());
    root.put("pageCount", shown.pageCount());
    root.put("perPage", perPage);
    root.put("sort", Discussions.sortName(options.order()));
    shown.earlier().ifPresent(c -> root.put("earlier", c.token()));
    shown.later().ifPresent(c -> root.put("later", c.token()));
    Map<CommentId, VoteDirection> ownVotes = viewer.signedIn() != null || web.rejoinder().guestVotes()
        ? web.rejoinder().votesOf(post.id(), viewer.voter()) : Map.of();
    nodes(shown.roots(), root.putArray("comments"), viewer, ownVotes);
    return json(200, root);
  }

  /** Writes nodes with their replies nested, without recursion. */
  private void nodes(List<ThreadNode> roots, ArrayNode into, Viewer viewer,
      Map<CommentId, VoteDirection> ownVotes) {
    record Pending(ThreadNode node, ArrayNode into) {}
    Deque<Pending> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(new Pending(roots.get(i), into));
    }
    while (!stack.isEmpty()) {
      Pending next = stack.pop();
      if (!viewer.shows(next.node())) {
        continue;
      }
      ObjectNode written = node(next.node());
      VoteDirection own = ownVotes.get(next.node().id());
      if (own != null) {
        written.put("yourVote", own.name().toLowerCase(Locale.ROOT));
      }
      next.into().add(written);
      ArrayNode replies = written.putArray("replies");
      List<ThreadNode> children = next.node().children();
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(new Pending(children.get(i), replies));
      }
    }
  }

  private ObjectNode node(ThreadNode node) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", node.id().value());
    out.put("depth", node.depth());
    if (node.number().isPresent()) {
      out.put("number", node.number().getAsInt());
    }
    out.put("kind", node.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    node.parentId().ifPresent(parent -> out.put("parentId", parent.value()));
    if (!node.isPlaceholder()) {
      comment(out, node.comment().orElseThrow());
      out.put("canReply", node.canReply());
      node.inReplyTo().ifPresent(name -> out.put("inReplyTo", name));
    }
    return out;
  }

  private void comment(ObjectNode out, Comment c) {
    out.put("postId", c.postId().value());
    if (c.parentId() != null) {
      out.put("parentId", c.parentId().value());
    }
    ObjectNode author = out.putObject("author");
    author.put("name", c.author().displayName());
    author.put("kind", kind(c.author()));
    if (c.author() instanceof ExternalIdentity identity) {
      author.put("provider", identity.provider().id());
    }
    if (c.author().website() != null) {
      author.put("website", c.author().website());
    }
    out.put("createdAt", c.createdAt().toString());
    out.put("state", c.state().name().toLowerCase(Locale.ROOT));
    out.put("html", web.bodies().html(c.body()));
    out.put("permalink", web.postUrl(c.postId()) + "#comment-" + c.id());
    votes(out, c.votes());
    if (c.pinned()) {
      out.put("pinned", true);
    }
  }

  private static void votes(ObjectNode out, Votes votes) {
    out.put("ups", votes.ups());
    out.put("downs", votes.downs());
    out.put("score", votes.score());
  }

  private static String kind(Author author) {
    return author instanceof Guest ? "guest" : author instanceof SiteUser ? "user" : "external";
  }

  /** {@code GET /api/comments/{id}}: one comment, as the viewer sees it. */
  public WebResponse comment(WebRequest request, Map<String, String> parameters) {
    CommentId id = CommentId.parse(WebContext.param(parameters, "id"));
    Viewer viewer = web.viewer(request);
    ThreadNode node = web.rejoinder().node(id, viewer.actor())
        .filter(viewer::shows)
        .orElseThrow(() -> new NotFoundException("comment", id));
    return json(200, node(node));
  }

  /** {@code GET /api/counts?post=a&post=b}: response counts, one store query. */
  public WebResponse counts(WebRequest request, Map<String, String> parameters) {
    List<String> ids = request.queryValues("post");
    if (ids.size() > MAX_COUNTED_POSTS) {
      throw new InvalidInputException("post", InvalidInputException.Problem.OUT_OF_RANGE,
          "At most " + MAX_COUNTED_POSTS + " posts may be counted at once, not " + ids.size());
    }
    Set<PostId> posts = new LinkedHashSet<>();
    for (String id : ids) {
      posts.add(new PostId(id));
    }
    Map<PostId, Integer> counts = web.rejoinder().responseCounts(posts);
    ObjectNode root = JSON.createObjectNode();
    ObjectNode byPost = root.putObject("counts");
    for (PostId post : posts) {
      Integer count = counts.get(post);
      if (count != null) {
        byPost.put(post.value(), count);
      }
    }
    return json(200, root);
  }

  /** {@code GET /api/recent?post=&exclude=&open=true&offset=&limit=}: recent comments. */
  public WebResponse recent(WebRequest request, Map<String, String> parameters) {
    int limit = request.query("limit").map(JsonApi::positive).orElse(RecentCommentsQuery.DEFAULT_LIMIT);
    if (limit > MAX_RECENT) {
      throw new InvalidInputException("limit", InvalidInputException.Problem.OUT_OF_RANGE,
          "limit must be at most " + MAX_RECENT + " but was " + limit);
    }
    int offset = request.query("offset").map(JsonApi::nonNegative).orElse(0);
    List<PostId> posts = new ArrayList<>();
    for (String id : request.queryValues("post")) {
      posts.add(new PostId(id));
    }
    List<PostId> excluded = new ArrayList<>();
    for (String id : request.queryValues("exclude")) {
      excluded.add(new PostId(id));
    }
    RecentCommentsQuery query = RecentCommentsQuery.all().withPosts(posts).withExcludedPosts(excluded)
        .withOpenPostsOnly(request.query("open").map("true"::equals).orElse(false))
        .withPage(offset, limit);
    ObjectNode root = JSON.createObjectNode();
    ArrayNode comments = root.putArray("comments");
    for (Comment c : web.rejoinder().recentComments(query)) {
      ObjectNode node = comments.addObject();
      node.put("id", c.id().value());
      comment(node, c);
    }
    return json(200, root);
  }

  // Writing

  /** {@code POST /api/posts/{post}/comments}: a new comment or reply. */
  public WebResponse post(WebRequest request, Map<String, String> parameters) {
    Post post = web.rejoinder().post(new PostId(WebContext.param(parameters, "post")));
    Viewer viewer = web.viewer(request);
    JsonNode body = body(request, viewer);
    Author author;
    Actor actor;
    if (viewer.signedIn() != null) {
      author = viewer.signedIn().author();
      actor = viewer.signedIn().actor();
    } else {
      JsonNode given = body.path("author");
      author = Guest.of(text(given, "name"), optionalText(given, "email"), optionalText(given, "website"));
      actor = Actor.reader(author);
    }
    BodyFormat format = format(optionalText(body, "format"));
    JsonNode parent = body.get("parentId");
    CommentId parentId = parent == null || parent.isNull() || parent.asLong() == 0 ? null : CommentId.of(parent.asLong());
    ClientInfo client;
    try {
      client = ClientInfo.of(request.remoteAddress().orElse(null), request.header("User-Agent").orElse(null));
    } catch (InvalidInputException e) {
      client = ClientInfo.NONE;
    }
    Comment stored = web.rejoinder().submit(
        new NewComment(post.id(), parentId, author, new Body(text(body, "text"), format), client), actor);
    ObjectNode out = JSON.createObjectNode();
    out.put("id", stored.id().value());
    comment(out, stored);
    WebResponse response = json(201, out).withHeader("Location", web.path("/api/comments/" + stored.id()));
    if (stored.state() == ModerationState.PENDING && viewer.signedIn() == null) {
      response = response.withCookie(web.cookie(request, WebContext.PENDING_COOKIE,
          web.tokens().pendingCookie(viewer.pendingCookie(), stored.id()), null));
    }
    return response.withCookies(web.viewerCookies(request, viewer));
  }

  /** {@code POST /api/comments/{id}/report}: a reader's report. */
  public WebResponse report(WebRequest request, Map<String, String> parameters) {
    CommentId id = CommentId.parse(WebContext.param(parameters, "id"));
    Viewer viewer = web.viewer(request);
    JsonNode body = body(request, viewer);
    boolean recorded = web.rejoinder().report(id, viewer.reporter(),
        Optional.ofNullable(optionalText(body, "reason")).orElse(""));
    ObjectNode out = JSON.createObjectNode();
    out.put("recorded", recorded);
    return json(recorded ? 201 : 200, out);
  }

  /**
   * {@code POST /api/comments/{id}/vote} with {@code {"vote":"up"}}, {@code "down"} or {@code
   * "clear"}: the reader's vote, and the comment's counts after it.
   */
  public WebResponse vote(WebRequest request, Map<String, String> parameters) {
    CommentId id = CommentId.parse(WebContext.param(parameters, "id"));
    Viewer viewer = web.viewer(request);
    JsonNode body = body(request, viewer);
    VoteChange change = CommentForms.vote(web, viewer, request, id, text(body, "vote"));
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id.value());
    if (change.after() == null) {
      out.putNull("yourVote");
    } else {
      out.put("yourVote", change.after().name().toLowerCase(Locale.ROOT));
    }
    votes(out, change.votes());
    return json(200, out).withCookies(web.viewerCookies(request, viewer));
  }

  /** {@code GET /api/moderation/queue?offset=&limit=}. */
  public WebResponse queue(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    ModerationView moderation = Moderation.view(web, viewer);
    int offset = request.query("offset").map(JsonApi::nonNegative).orElse(0);
    int limit = request.query("limit").map(JsonApi::positive).orElse(20);
    if (limit > web.settings().maxPerPage()) {
      throw new InvalidInputException("limit", InvalidInputException.Problem.OUT_OF_RANGE,
          "limit must be at most " + web.settings().maxPerPage() + " but was " + limit);
    }
    QueuePage page = moderation.queue(offset, limit);
    ObjectNode root = JSON.createObjectNode();
    root.put("total", page.total());
    root.put("offset", page.offset());
    ArrayNode items = root.putArray("items");
    for (QueueItem item : page.items()) {
      ObjectNode node = items.addObject();
      node.put("id", item.comment().id().value());
      comment(node, item.comment());
      node.put("heldBy", item.heldBy().reason());
      node.put("reports", item.reports().size());
    }
    return json(200, root);
  }

  /**
   * {@code POST /api/moderation/comments/{id}/{action}}: {@code approve}, {@code spam}, {@code
   * trash}, {@code restore}, {@code not-spam}, {@code edit}, {@code pin} or {@code unpin}.
   */
  public WebResponse moderate(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    ModerationView moderation = Moderation.view(web, viewer);
    JsonNode body = body(request, viewer);
    String action = WebContext.param(parameters, "action");
    String text = action.equals("edit") ? text(body, "text") : "";
    String format = Optional.ofNullable(optionalText(body, "format")).orElse("markdown");
    Comment changed = Moderation.act(moderation, CommentId.parse(WebContext.param(parameters, "id")), action, text, format);
    ObjectNode out = JSON.createObjectNode();
    out.put("id", changed.id().value());
    comment(out, changed);
    return json(200, out);
  }

  /** Reads a JSON body after checking its size, type and CSRF token. */
  JsonNode body(WebRequest request, Viewer viewer) {
    if (request.bodyTooLarge() || request.bodyLength() > web.settings().maxBodyBytes()) {
      throw new WebException(WebException.Reason.TOO_LARGE, "What was sent is too large.");
    }
    web.requireCsrf(request, viewer, FORM, request.header(WebContext.CSRF_HEADER).orElse(null));
    if (!request.contentType().orElse("").equals("application/json")) {
      throw new WebException(WebException.Reason.UNSUPPORTED_TYPE, "This address takes JSON (application/json).");
    }
    if (request.bodyLength() == 0) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(request.body());
      if (node == null || !node.isObject()) {
        throw new WebException(WebException.Reason.MALFORMED, "The body must be a JSON object.");
      }
      return node;
    } catch (java.io.IOException e) {
      throw new WebException(WebException.Reason.MALFORMED, "The body is not well-formed JSON.");
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new WebException(WebException.Reason.MALFORMED, field + " must be a string.");
    }
    return value.textValue();
  }

  private static @Nullable String optionalText(JsonNode node, String field) {
    String text = text(node, field);
    return text.isEmpty() ? null : text;
  }

  private BodyFormat format(@Nullable String typed) {
    if (typed == null) {
      return web.settings().defaultFormat();
    }
    for (BodyFormat format : web.settings().formats().isEmpty()
        ? List.of(web.settings().defaultFormat()) : web.settings().formats()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(typed)) {
        return format;
      }
    }
    throw new InvalidInputException("format", InvalidInputException.Problem.MALFORMED,
        "format must be one of those offered but was " + typed);
  }

  static int positive(String text) {
    int value = number(text);
    if (value < 1) {
      throw new InvalidInputException("limit", InvalidInputException.Problem.OUT_OF_RANGE,
          "The number must be at least 1 but was " + value);
    }
    return value;
  }

  static int nonNegative(String text) {
    int value = number(text);
    if (value < 0) {
      throw new InvalidInputException("offset", InvalidInputException.Problem.OUT_OF_RANGE,
          "offset must not be negative but was " + value);
    }
    return value;
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("number", InvalidInputException.Problem.MALFORMED,
          "Not a number: " + (text.length() > 20 ? text.substring(0, 20) + "…" : text));
    }
  }
}
