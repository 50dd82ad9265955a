package org.rejoinder.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.render.Links;
import org.rejoinder.render.Part;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/**
 * A post's discussion as HTML: the page of comments the viewer sees, with the reply form (set to
 * answer a comment, filled with what the reader typed or asked to be remembered, and carrying the
 * notice and the field errors of a refused submission).
 */
final class Discussions {
  /** The form the comment form's CSRF tokens are made for. */
  public static final String COMMENT_FORM = "comment";
  /** The form of the Report buttons. */
  public static final String REPORT_FORM = "report";

  private final WebContext web;

  public Discussions(WebContext web) {
    this.web = web;
  }

  /** {@code GET /posts/{post}}: the discussion page. */
  public WebResponse page(WebRequest request, Map<String, String> parameters) {
    Post post = web.rejoinder().post(new org.rejoinder.model.PostId(WebContext.param(parameters, "post")));
    Viewer viewer = web.viewer(request);
    int page = request.query("cpage").map(Discussions::pageNumber).orElse(1);
    ReplyForm form = form(post, viewer, remembered(request));
    CommentId linked = viewer.linkedPending();
    if (linked != null) {
      form = form.withNotice(ReplyForm.Notice.status("Your comment is awaiting moderation."));
    } else if (request.query("reported").isPresent()) {
      form = form.withNotice(ReplyForm.Notice.status("Thank you: your report was sent to the moderators."));
    }
    Optional<CommentId> replyTo = request.query("replytocom").flatMap(Discussions::commentId);
    String html = render(post, viewer, page, form, replyTo.orElse(null));
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
    ThreadOptions options = web.rejoinder().threadOptions();
    if (options.perPage() > web.settings().maxPerPage()) {
      options = options.withPerPage(web.settings().maxPerPage());
    }
    ThreadPage shown = web.rejoinder().threadPage(post.id(), viewer.actor(), options, page);
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
    return renderer(post, viewer, page).render(new ThreadView(shown, form));
  }

  /** The renderer of one request: its links, its Report buttons, the viewer's pending comments. */
  private HtmlThreadRenderer renderer(Post post, Viewer viewer, int page) {
    String postUrl = web.postUrl(post.id());
    String pageQuery = page > 1 ? "cpage=" + page + "&" : "";
    Links links = new Links() {
      @Override
      public String page(Post p, int n) {
        return postUrl + "?cpage=" + n + "#comments";
      }

      @Override
      public String reply(Post p, CommentId id) {
        return postUrl + "?" + pageQuery + "replytocom=" + id + "#respond";
      }

      @Override
      public String cancelReply(Post p) {
        return postUrl + (page > 1 ? "?cpage=" + page : "") + "#respond";
      }
    };
    HtmlThreadRenderer.Builder builder = HtmlThreadRenderer.builder()
        .bodies(web.bodies())
        .avatars(web.settings().avatars())
        .links(links)
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

  private static Optional<CommentId> commentId(String text) {
    try {
      return Optional.of(CommentId.parse(text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
