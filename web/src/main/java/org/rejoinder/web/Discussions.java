package org.rejoinder.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.render.Links;
import org.rejoinder.render.Part;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.Voting;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadCursor;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/**
 * A post's discussion as HTML: the page of comments the viewer sees, in the order the {@code sort}
 * parameter names, with a sort selector, each comment's score and, for a reader who may vote, vote
 * buttons; and the reply form (set to answer a comment, filled with what the reader typed or asked
 * to be remembered, and carrying the notice and the field errors of a refused submission).
 */
final class Discussions {
  /** The form the comment form's CSRF tokens are made for. */
  public static final String COMMENT_FORM = "comment";
  /** The form of the Report buttons. */
  public static final String REPORT_FORM = "report";
  /** The form of the vote buttons. */
  public static final String VOTE_FORM = "vote";
  /** The names the {@code sort} parameter takes, in the order the sort selector shows them. */
  public static final List<String> SORT_NAMES =
      List.of("oldest", "newest", "best", "top", "controversial", "hot");

  private final WebContext web;

  public Discussions(WebContext web) {
    this.web = web;
  }

  /** {@code GET /posts/{post}}: the discussion page. */
  public WebResponse page(WebRequest request, Map<String, String> parameters) {
    Post post = web.rejoinder().post(new org.rejoinder.model.PostId(WebContext.param(parameters, "post")));
    Viewer viewer = web.viewer(request);
    int page = request.query("cpage").map(Discussions::pageNumber).orElse(1);
    ThreadCursor cursor = request.query("ccursor").map(ThreadCursor::parse).orElse(null);
    CommentOrder sort = sort(request).orElse(null);
    ReplyForm form = form(post, viewer, remembered(request));
    CommentId linked = viewer.linkedPending();
    if (linked != null) {
      form = form.withNotice(ReplyForm.Notice.status("Your comment is awaiting moderation."));
    } else if (request.query("reported").isPresent()) {
      form = form.withNotice(ReplyForm.Notice.status("Thank you: your report was sent to the moderators."));
    }
    Optional<CommentId> replyTo = request.query("replytocom").flatMap(Discussions::commentId);
    String html = render(post, viewer, page, cursor, sort, form, replyTo.orElse(null));
    return web.page(200, post.title(), html, post).withCookies(web.viewerCookies(request, viewer));
  }

  /** Returns the reply form as this viewer gets it, before any submission. */
  public ReplyForm form(Post post, Viewer viewer, Map<String, String> values) {
    WebContext.Settings settings = web.settings();
    ReplyForm form = ReplyForm.of(post, web.path("/comments"))
        .withCsrfToken(WebContext.CSRF_FIELD, web.csrf(viewer, COMMENT_FORM))
        .withCookieConsent(settings.cookieConsent())
        .withSubscriptionsOffered(settings.subscriptionTokens() != null)
        .withFormats(settings.formats())
        .withValues(values);
    if (settings.honeypotField() != null) {
      form = form.withHoneypot(settings.honeypotField());
    }
    if (viewer.signedIn() != null) {
      form = form.signedInAs(viewer.signedIn().author(), viewer.signedIn().logOutUrl(),
          viewer.signedIn().changeUrl());
    }
    return form;
  }

  /** Returns the values a guest asked to have remembered, with the box checked; else none. */
  public Map<String, String> remembered(WebRequest request) {
    Map<String, String> values = new HashMap<>();
    web.tokens().rememberedAuthor(request.cookie(WebContext.AUTHOR_COOKIE).orElse(null))
        .ifPresent(fields -> {
          values.put(ReplyForm.FIELD_NAME, fields[0]);
          values.put(ReplyForm.FIELD_EMAIL, fields[1]);
          values.put(ReplyForm.FIELD_WEBSITE, fields[2]);
          values.put(ReplyForm.FIELD_COOKIES_CONSENT, "yes");
        });
    return values;
  }

  /**
   * Renders the discussion section: page {@code page} of the post's thread as {@code viewer}
   * sees it, and {@code form}, set to answer {@code replyTo} when that comment takes replies.
   */
  public String render(Post post, Viewer viewer, int page, ReplyForm form, @Nullable CommentId replyTo) {
    return render(post, viewer, page, null, form, replyTo);
  }

  /**
   * Renders the discussion section as {@link #render(Post, Viewer, int, ReplyForm, CommentId)}
   * does, its threads in {@code sort} ({@code null} for the Rejoinder's own order).
   */
  public String render(Post post, Viewer viewer, int page, @Nullable CommentOrder sort, ReplyForm form,
      @Nullable CommentId replyTo) {
    return render(post, viewer, page, null, sort, form, replyTo);
  }

  /**
   * Renders the discussion section as {@link #render(Post, Viewer, int, CommentOrder, ReplyForm,
   * CommentId)} does, showing the page {@code cursor} leads to if there is one (an "Older
   * comments" or "Newer comments" link), else page {@code page}.
   *
   * @throws org.rejoinder.error.InvalidCursorException if the cursor is of another post or sort
   */
  public String render(Post post, Viewer viewer, int page, @Nullable ThreadCursor cursor,
      @Nullable CommentOrder sort, ReplyForm form, @Nullable CommentId replyTo) {
    ThreadOptions options = web.rejoinder().threadOptions();
    if (options.perPage() > web.settings().maxPerPage()) {
      options = options.withPerPage(web.settings().maxPerPage());
    }
    if (sort != null) {
      options = options.withSort(sort);
    }
    ThreadPage shown = cursor != null
        ? web.rejoinder().threadPage(post.id(), viewer.actor(), options, cursor)
        : web.rejoinder().threadPage(post.id(), viewer.actor(), options, page);
    if (replyTo != null && form.replyTarget().isEmpty()) {
      Optional<ThreadNode> node = shown.thread().node(replyTo)
          .or(() -> web.rejoinder().node(replyTo, viewer.actor(), web.rejoinder().threadOptions()));
      if (node.isPresent() && node.get().canReply()) {
        try {
          form = form.replyingTo(node.get());
        } catch (InvalidParentException e) {
          // A reply link to a comment that takes none: the top-level form instead.
        }
      }
    }
    return renderer(post, viewer, page, cursor, sort).render(new ThreadView(shown, form).withVoting(voting(post, viewer)));
  }

  /** Scores for all; buttons for a reader who may vote, their own votes pressed. */
  private Voting voting(Post post, Viewer viewer) {
    if (viewer.signedIn() == null && !web.rejoinder().guestVotes()) {
      return Voting.scoresOnly();
    }
    Actor voter = viewer.voter();
    return Voting.forReader(voter, web.rejoinder().votesOf(post.id(), voter))
        .withCsrfToken(WebContext.CSRF_FIELD, web.csrf(viewer, VOTE_FORM));
  }

  /** The renderer of one request: its links, its Report buttons, the viewer's pending comments. */
  private HtmlThreadRenderer renderer(Post post, Viewer viewer, int page, @Nullable ThreadCursor cursor,
      @Nullable CommentOrder sort) {
    String postUrl = web.postUrl(post.id());
    String here = cursor != null ? cursorUrl(postUrl, sort, cursor) : pageUrl(postUrl, sort, page);
    String state = here.substring(postUrl.length());
    Links links = new Links() {
      @Override
      public String page(Post p, int n) {
        return pageUrl(postUrl, sort, n) + "#comments";
      }

      @Override
      public String cursor(Post p, ThreadCursor c) {
        return cursorUrl(postUrl, sort, c) + "#comments";
      }

      @Override
      public String reply(Post p, CommentId id) {
        return here + (state.isEmpty() ? "?" : "&") + "replytocom=" + id + "#respond";
      }

      @Override
      public String cancelReply(Post p) {
        return here + "#respond";
      }

      @Override
      public String vote(Post p, CommentId id, VoteDirection direction) {
        return web.path("/comments/" + id + "/vote/" + (direction == VoteDirection.UP ? "up" : "down")) + state;
      }

      @Override
      public String unvote(Post p, CommentId id) {
        return web.path("/comments/" + id + "/vote/clear") + state;
      }

      @Override
      public String sort(Post p, CommentOrder order) {
        return pageUrl(postUrl, order, 1) + "#comments";
      }
    };
    // A renderer per request, whose links and parts are the request's: the comment markup it
    // could keep would not outlive it (bodies are kept, in the shared body renderer).
    HtmlThreadRenderer.Builder builder = HtmlThreadRenderer.builder()
        .commentCacheChars(0)
        .bodies(web.bodies())
        .avatars(web.settings().avatars())
        .links(links)
        .sorts(CommentOrder.builtIns())
        .clock(web.clock())
        .part(Part.COMMENT, (context, next) -> node -> {
          if (viewer.shows(node)) {
            next.render(node);
          }
        });
    if (web.settings().reports()) {
      String token = web.csrf(viewer, REPORT_FORM);
      builder.part(Part.BODY, (context, next) -> node -> {
        next.render(node);
        Comment comment = node.comment().orElse(null);
        if (comment != null && comment.state() == ModerationState.APPROVED) {
          context.writer()
              .start("form", "class", "comment-report", "method", "post",
                  "action", web.path("/comments/" + node.id() + "/report"))
              .empty("input", "type", "hidden", "name", WebContext.CSRF_FIELD, "value", token)
              .element("button", "Report", "type", "submit", "class", "comment-report-button",
                  "aria-label", "Report the comment by " + comment.author().displayName())
              .end("form").line();
        }
      });
    }
    if (viewer.isModerator()) {
      String token = web.csrf(viewer, Moderation.FORM);
      builder.part(Part.BODY, (context, next) -> node -> {
        next.render(node);
        Comment comment = node.comment().orElse(null);
        if (comment != null && comment.parentId() == null && comment.state() == ModerationState.APPROVED) {
          String action = comment.pinned() ? "unpin" : "pin";
          context.writer()
              .start("form", "class", "comment-pin", "method", "post",
                  "action", web.path("/moderation/comments/" + node.id() + "/" + action))
              .empty("input", "type", "hidden", "name", WebContext.CSRF_FIELD, "value", token)
              .element("button", comment.pinned() ? "Unpin" : "Pin", "type", "submit",
                  "class", "comment-pin-button", "aria-label",
                  (comment.pinned() ? "Unpin" : "Pin") + " the comment by " + comment.author().displayName())
              .end("form").line();
        }
      });
    }
    return builder.build();
  }

  /**
   * Parses a page number from a URL.
   *
   * @throws org.rejoinder.error.InvalidInputException if it is not a positive number
   */
  public static int pageNumber(String text) {
    try {
      int page = Integer.parseInt(text.strip());
      if (page >= 1) {
        return page;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new org.rejoinder.error.InvalidInputException("page",
        org.rejoinder.error.InvalidInputException.Problem.MALFORMED,
        "page must be a positive number but was " + text.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Reads the {@code sort} parameter: one of {@link #SORT_NAMES}, or absent.
   *
   * @throws org.rejoinder.error.InvalidInputException if it names no such order
   */
  public static Optional<CommentOrder> sort(WebRequest request) {
    Optional<String> name = request.query("sort");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String wanted = name.get().strip().toLowerCase(Locale.ROOT);
    Optional<CommentOrder> order = switch (wanted) {
      case "oldest" -> Optional.of(CommentOrder.OLDEST_FIRST);
      case "newest" -> Optional.of(CommentOrder.NEWEST_FIRST);
      default -> CommentOrder.builtIn(wanted);
    };
    return Optional.of(order.orElseThrow(() -> new org.rejoinder.error.InvalidInputException("sort",
        org.rejoinder.error.InvalidInputException.Problem.MALFORMED,
        "sort must be one of " + String.join(", ", SORT_NAMES) + " but was " + shown(name.get()))));
  }

  /** Returns the name the {@code sort} parameter gives an order by. */
  public static String sortName(CommentOrder order) {
    if (order.equals(CommentOrder.OLDEST_FIRST)) {
      return "oldest";
    }
    return order.equals(CommentOrder.NEWEST_FIRST) ? "newest" : order.name();
  }

  /** Returns the address of one page of a post's discussion in a sort ({@code null}: the default). */
  public static String pageUrl(String postUrl, @Nullable CommentOrder sort, int page) {
    StringBuilder url = new StringBuilder(postUrl);
    if (sort != null) {
      url.append("?sort=").append(sortName(sort));
    }
    if (page > 1) {
      url.append(sort != null ? '&' : '?').append("cpage=").append(page);
    }
    return url.toString();
  }

  /**
   * Returns the address of the page a cursor leads to, in a sort ({@code null}: the default):
   * {@code ?sort=S&ccursor=TOKEN}.
   */
  public static String cursorUrl(String postUrl, @Nullable CommentOrder sort, ThreadCursor cursor) {
    return pageUrl(postUrl, sort, 1) + (sort != null ? '&' : '?') + "ccursor=" + cursor.token();
  }

  /** A reader's value as an error message shows it: stripped, cut at 20 characters. */
  static String shown(String typed) {
    String text = typed.strip();
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }

  private static Optional<CommentId> commentId(String text) {
    try {
      return Optional.of(CommentId.parse(text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
