package org.rejoinder.web;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rejoinder.ModerationView;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.web.internal.Html;
import org.rejoinder.web.internal.UrlEncoded;

/**
 * The moderation page ({@code GET /moderation}: the queue, each comment with Approve, Spam, Trash
 * and Edit) and its actions ({@code POST /moderation/comments/{id}/{action}}, and {@code pin} and
 * {@code unpin} from the Pin buttons a moderator sees on a discussion), for a moderator the
 * application signed in. Each action is a POST with a CSRF token and answers {@code 303} back to
 * the page.
 */
final class Moderation {
  /** The form the moderation page's CSRF tokens are made for. */
  public static final String FORM = "moderation";
  private static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final WebContext web;

  public Moderation(WebContext web) {
    this.web = web;
  }

  /** Returns the moderation view of a signed-in moderator, or refuses. */
  static ModerationView view(WebContext web, Viewer viewer) {
    if (viewer.signedIn() == null) {
      throw new WebException(WebException.Reason.NOT_SIGNED_IN, "Please sign in as a moderator first.");
    }
    return web.rejoinder().moderation(viewer.signedIn().actor());
  }

  /** Performs one action; {@code fields} gives an edit's text and format. */
  static Comment act(ModerationView moderation, CommentId id, String action, String text, String format) {
    return switch (action) {
      case "approve" -> moderation.approve(id);
      case "spam" -> moderation.markSpam(id);
      case "trash" -> moderation.trash(id);
      case "restore" -> moderation.restoreFromTrash(id);
      case "not-spam" -> moderation.markNotSpam(id);
      case "edit" -> moderation.edit(id, new Body(text, formatOf(format)));
      case "pin" -> moderation.pin(id);
      case "unpin" -> moderation.unpin(id);
      default -> throw new WebException(WebException.Reason.NO_ROUTE, "No such moderation action: " + action);
    };
  }

  private static BodyFormat formatOf(String format) {
    for (BodyFormat candidate : BodyFormat.values()) {
      if (candidate.name().toLowerCase(Locale.ROOT).equals(format)) {
        return candidate;
      }
    }
    return BodyFormat.MARKDOWN;
  }

  /** {@code GET /moderation}. */
  public WebResponse page(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    if (viewer.signedIn() == null && web.settings().signInUrl() != null) {
      return WebResponse.seeOther(web.settings().signInUrl() + "?return="
          + UrlEncoded.encode(web.path("/moderation")));
    }
    ModerationView moderation = view(web, viewer);
    int offset = request.query("offset").map(Moderation::offset).orElse(0);
    QueuePage queue = moderation.queue(offset, PAGE_SIZE);
    String token = web.csrf(viewer, FORM);
    StringBuilder html = new StringBuilder(8192);
    html.append("<section class=\"moderation\" aria-labelledby=\"moderation-title\">\n")
        .append("<h2 id=\"moderation-title\">Moderation queue</h2>\n")
        .append("<p><a href=\"").append(Html.escape(web.path("/moderation/lists"))).append("\">Bans and keywords</a></p>\n");
    Optional<String> done = request.query("done").filter(d -> d.matches("[a-z-]{1,20}"));
    done.ifPresent(d -> html.append("<p class=\"moderation-done\" role=\"status\">Done: ")
        .append(Html.escape(d)).append(".</p>\n"));
    html.append("<p>").append(queue.total()).append(queue.total() == 1 ? " comment awaits" : " comments await")
        .append(" moderation.</p>\n");
    if (!queue.items().isEmpty()) {
      html.append("<ol class=\"moderation-queue\" start=\"").append(offset + 1).append("\">\n");
      for (QueueItem item : queue.items()) {
        item(html, item, token);
      }
      html.append("</ol>\n");
    }
    html.append("<nav class=\"moderation-pages\" aria-label=\"Queue pages\">");
    if (offset > 0) {
      html.append("<a href=\"").append(Html.escape(web.path("/moderation?offset=" + Math.max(0, offset - PAGE_SIZE))))
          .append("\">Earlier</a> ");
    }
    if (queue.hasMore()) {
      html.append("<a href=\"").append(Html.escape(web.path("/moderation?offset=" + (offset + PAGE_SIZE))))
          .append("\">Later</a>");
    }
    html.append("</nav>\n</section>\n");
    return web.page(200, "Moderation queue", html.toString(), null)
        .withCookies(web.viewerCookies(request, viewer));
  }

  private void item(StringBuilder html, QueueItem item, String token) {
    Comment c = item.comment();
    String id = c.id().toString();
    html.append("<li class=\"moderation-item\" id=\"queue-").append(id).append("\">\n<article aria-labelledby=\"queue-")
        .append(id).append("-title\">\n<h3 id=\"queue-").append(id).append("-title\">")
        .append(Html.escape(c.author().displayName())).append(" on <a href=\"")
        .append(Html.escape(web.postUrl(c.postId()))).append("\">")
        .append(Html.escape(web.rejoinder().post(c.postId()).title())).append("</a></h3>\n")
        .append("<p class=\"moderation-meta\"><time datetime=\"").append(c.createdAt()).append("\">")
        .append(WHEN.format(c.createdAt())).append("</time> · held: ")
        .append(Html.escape(item.heldBy().reason().isEmpty() ? "pending" : item.heldBy().reason()));
    if (!item.reports().isEmpty()) {
      html.append(" · ").append(item.reports().size()).append(item.reports().size() == 1 ? " report" : " reports");
    }
    html.append("</p>\n<div class=\"comment-content\">").append(web.bodies().html(c.body())).append("</div>\n")
        .append("<div class=\"moderation-actions\">\n");
    for (String[] action : new String[][] {{"approve", "Approve"}, {"spam", "Spam"}, {"trash", "Trash"}}) {
      html.append("<form method=\"post\" action=\"")
          .append(Html.escape(web.path("/moderation/comments/" + id + "/" + action[0]))).append("\">")
          .append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(Html.escape(token)).append("\">")
          .append("<button type=\"submit\" class=\"moderation-").append(action[0]).append("\" aria-label=\"")
          .append(action[1]).append(" the comment by ").append(Html.escape(c.author().displayName()))
          .append("\">").append(action[1]).append("</button></form>\n");
    }
    html.append("</div>\n<details class=\"moderation-edit\"><summary>Edit</summary>\n<form method=\"post\" action=\"")
        .append(Html.escape(web.path("/moderation/comments/" + id + "/edit"))).append("\">")
        .append("<input type=\"hidden\" name=\"_csrf\" value=\"").append(Html.escape(token)).append("\">")
        .append("<input type=\"hidden\" name=\"comment_format\" value=\"")
        .append(c.body().format().name().toLowerCase(Locale.ROOT)).append("\">")
        .append("<label for=\"edit-").append(id).append("\">Text</label>\n<textarea id=\"edit-").append(id)
        .append("\" name=\"comment\" rows=\"6\" cols=\"60\">").append(Html.escape(c.body().text()))
        .append("</textarea>\n<button type=\"submit\">Save</button></form></details>\n</article>\n</li>\n");
  }

  /** {@code POST /moderation/comments/{id}/{action}}. */
  public WebResponse action(WebRequest request, Map<String, String> parameters) {
    FormFields fields = FormFields.of(request, web.settings().maxBodyBytes());
    Viewer viewer = web.viewer(request);
    ModerationView moderation = view(web, viewer);
    web.requireCsrf(request, viewer, FORM, fields.text(WebContext.CSRF_FIELD));
    String action = WebContext.param(parameters, "action");
    Comment changed = act(moderation, CommentId.parse(WebContext.param(parameters, "id")), action,
        fields.text("comment"), fields.text("comment_format"));
    if (action.equals("pin") || action.equals("unpin")) {
      // Pins are set from the discussion: back to the comment, first on page 1 once pinned.
      return WebResponse.seeOther(web.postUrl(changed.postId()) + "#comment-" + changed.id());
    }
    return WebResponse.seeOther(web.path("/moderation?done=" + action));
  }

  private static int offset(String text) {
    try {
      int offset = Integer.parseInt(text.strip());
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new org.rejoinder.error.InvalidInputException("offset",
        org.rejoinder.error.InvalidInputException.Problem.MALFORMED, "offset must be a number from 0");
  }
}
