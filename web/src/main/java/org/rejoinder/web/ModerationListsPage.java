package org.rejoinder.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.ModerationView;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.model.Role;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.web.internal.Html;
import org.rejoinder.web.internal.UrlEncoded;

/**
 * The bans and keyword lists page ({@code GET /moderation/lists}) and its forms ({@code POST
 * /moderation/bans}, {@code /moderation/bans/lift}, {@code /moderation/keywords/{kind}}): a
 * moderator sees the lists in force, an administrator also changes them. Each form is a POST with
 * a CSRF token and answers {@code 303} back to the page; bad input is a {@code 400} naming the
 * field, and changes nothing.
 */
final class ModerationListsPage {
  /** The longest ban the form sets, in days; longer ones are given no end. */
  static final int MAX_BAN_DAYS = 3650;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final WebContext web;
  private final ModerationLists lists;

  ModerationListsPage(WebContext web, ModerationLists lists) {
    this.web = web;
    this.lists = lists;
  }

  /** {@code GET /moderation/lists}. */
  public WebResponse page(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    if (viewer.signedIn() == null && web.settings().signInUrl() != null) {
      return WebResponse.seeOther(web.settings().signInUrl() + "?return="
          + UrlEncoded.encode(web.path("/moderation/lists")));
    }
    ModerationView view = Moderation.view(web, viewer);
    SignedInReader reader = viewer.signedIn();
    boolean admin = reader != null && reader.actor().role() == Role.ADMIN;
    String token = web.csrf(viewer, Moderation.FORM);
    StringBuilder html = new StringBuilder(4096);
    html.append("<section class=\"moderation moderation-lists\" aria-labelledby=\"lists-title\">\n")
        .append("<h2 id=\"lists-title\">Bans and keywords</h2>\n")
        .append("<p><a href=\"").append(Html.escape(web.path("/moderation"))).append("\">Moderation queue</a></p>\n");
    Optional<String> done = request.query("done").filter(d -> d.matches("[a-z-]{1,20}"));
    done.ifPresent(d -> html.append("<p class=\"moderation-done\" role=\"status\">Done: ")
        .append(Html.escape(d)).append(".</p>\n"));
    if (!admin) {
      html.append("<p class=\"moderation-note\">Only an administrator may change these lists.</p>\n");
    }
    bans(html, view, admin, token);
    for (KeywordList.Kind kind : KeywordList.Kind.values()) {
      keywords(html, view, kind, admin, token);
    }
    html.append("</section>\n");
    return web.page(200, "Bans and keywords", html.toString(), null)
        .withCookies(web.viewerCookies(request, viewer));
  }

  private void bans(StringBuilder html, ModerationView view, boolean admin, String token) {
    html.append("<h3 id=\"bans-title\">Bans</h3>\n");
    if (!lists.hasBanList()) {
      html.append("<p>The moderation policy keeps no ban list.</p>\n");
      return;
    }
    List<Ban> bans = view.bans();
    Instant now = web.clock().instant();
    if (bans.isEmpty()) {
      html.append("<p class=\"moderation-bans-empty\">No one is banned.</p>\n");
    } else {
      html.append("<table class=\"moderation-bans\" aria-labelledby=\"bans-title\">\n<thead><tr>")
          .append("<th scope=\"col\">Kind</th><th scope=\"col\">Value</th><th scope=\"col\">Their comments</th>")
          .append("<th scope=\"col\">Ends</th>");
      if (admin) {
        html.append("<th scope=\"col\"><span class=\"screen-reader-text\">Lift</span></th>");
      }
      html.append("</tr></thead>\n<tbody>\n");
      for (Ban ban : bans) {
        String kind = ModerationLists.name(ban.kind());
        html.append("<tr class=\"moderation-ban").append(ban.isActiveAt(now) ? "" : " moderation-ban-ended")
            .append("\"><td>").append(kind).append("</td><td>").append(Html.escape(ban.value()))
            .append("</td><td>").append(ban.decision() == Decision.SPAM ? "spam" : "refused")
            .append("</td><td>").append(ends(ban, now)).append("</td>");
        if (admin) {
          html.append("<td><form method=\"post\" action=\"").append(Html.escape(web.path("/moderation/bans/lift")))
              .append("\">").append(csrf(token))
              .append("<input type=\"hidden\" name=\"kind\" value=\"").append(kind).append("\">")
              .append("<input type=\"hidden\" name=\"value\" value=\"").append(Html.escape(ban.value())).append("\">")
              .append("<button type=\"submit\" class=\"moderation-lift\" aria-label=\"Lift the ban of ")
              .append(Html.escape(ban.value())).append("\">Lift</button></form></td>");
        }
        html.append("</tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    if (admin) {
      html.append("<form method=\"post\" class=\"moderation-ban-form\" action=\"")
          .append(Html.escape(web.path("/moderation/bans"))).append("\">").append(csrf(token))
          .append("\n<p><label for=\"ban-kind\">Ban by</label>\n<select id=\"ban-kind\" name=\"kind\">")
          .append("<option value=\"email\">email address</option><option value=\"ip\">IP address or range</option>")
          .append("<option value=\"author\">author key</option></select></p>\n")
          .append("<p><label for=\"ban-value\">Address, range or key</label>\n")
          .append("<input id=\"ban-value\" name=\"value\" type=\"text\" required maxlength=\"320\"></p>\n")
          .append("<p><label for=\"ban-decision\">Their comments</label>\n<select id=\"ban-decision\" name=\"decision\">")
          .append("<option value=\"spam\">go to spam</option><option value=\"reject\">are refused</option></select></p>\n")
          .append("<p><label for=\"ban-days\">For how many days (empty: until lifted)</label>\n")
          .append("<input id=\"ban-days\" name=\"days\" type=\"number\" min=\"1\" max=\"").append(MAX_BAN_DAYS)
          .append("\"></p>\n<p><button type=\"submit\" class=\"moderation-ban\">Ban</button></p>\n</form>\n");
    }
  }

  private static String ends(Ban ban, Instant now) {
    if (ban.expiresAt() == null) {
      return "when lifted";
    }
    String when = "<time datetime=\"" + ban.expiresAt() + "\">" + WHEN.format(ban.expiresAt()) + "</time>";
    return ban.isActiveAt(now) ? when : "ended " + when;
  }

  private void keywords(StringBuilder html, ModerationView view, KeywordList.Kind kind, boolean admin, String token) {
    String name = ModerationLists.name(kind);
    String id = "keywords-" + name;
    html.append("<h3 id=\"").append(id).append("-title\">")
        .append(kind == KeywordList.Kind.MODERATION
            ? "Words that hold a comment for review" : "Words that send a comment to the trash")
        .append("</h3>\n");
    List<String> keywords = view.keywords(kind);
    if (admin && lists.hasKeywordList(kind)) {
      html.append("<form method=\"post\" class=\"moderation-keywords\" action=\"")
          .append(Html.escape(web.path("/moderation/keywords/" + name))).append("\">").append(csrf(token))
          .append("\n<p><label for=\"").append(id).append("\">One word or phrase a line</label>\n<textarea id=\"")
          .append(id).append("\" name=\"keywords\" rows=\"6\" cols=\"40\">");
      for (String keyword : keywords) {
        html.append(Html.escape(keyword)).append('\n');
      }
      html.append("</textarea></p>\n<p><button type=\"submit\" aria-describedby=\"").append(id)
          .append("-title\">Save</button></p>\n</form>\n");
      return;
    }
    if (keywords.isEmpty()) {
      html.append("<p>None.</p>\n");
    } else {
      html.append("<ul class=\"moderation-keyword-list\" aria-labelledby=\"").append(id).append("-title\">");
      for (String keyword : keywords) {
        html.append("<li>").append(Html.escape(keyword)).append("</li>");
      }
      html.append("</ul>\n");
    }
    if (!lists.hasKeywordList(kind)) {
      html.append("<p class=\"moderation-note\">Fixed by the application.</p>\n");
    }
  }

  private static String csrf(String token) {
    return "<input type=\"hidden\" name=\"" + WebContext.CSRF_FIELD + "\" value=\"" + Html.escape(token) + "\">";
  }

  /** {@code POST /moderation/bans}: {@code kind}, {@code value}, {@code decision}, {@code days}. */
  public WebResponse ban(WebRequest request, Map<String, String> parameters) {
    FormFields fields = checked(request);
    ModerationView view = Moderation.view(web, web.viewer(request));
    Decision decision = ModerationLists.decision(fields.text("decision"));
    @Nullable Instant expiresAt = expiry(fields.text("days"));
    lists.ban(view, ModerationLists.ban(fields::text, decision, expiresAt));
    return done("banned");
  }

  /** {@code POST /moderation/bans/lift}: {@code kind}, {@code value}. */
  public WebResponse lift(WebRequest request, Map<String, String> parameters) {
    FormFields fields = checked(request);
    ModerationView view = Moderation.view(web, web.viewer(request));
    boolean lifted = lists.lift(view, ModerationLists.ban(fields::text, Decision.SPAM, null));
    return done(lifted ? "lifted" : "not-banned");
  }

  /** {@code POST /moderation/keywords/{kind}}: {@code keywords}, one a line. */
  public WebResponse replaceKeywords(WebRequest request, Map<String, String> parameters) {
    FormFields fields = checked(request);
    ModerationView view = Moderation.view(web, web.viewer(request));
    KeywordList.Kind kind = ModerationLists.kind(WebContext.param(parameters, "kind"));
    List<String> keywords = new ArrayList<>();
    for (String line : fields.text("keywords").split("\r\n|\r|\n")) {
      if (!line.isBlank()) {
        keywords.add(line);
      }
    }
    lists.replaceKeywords(view, kind, keywords);
    return done("saved");
  }

  private FormFields checked(WebRequest request) {
    FormFields fields = FormFields.of(request, web.settings().maxBodyBytes());
    Viewer viewer = web.viewer(request);
    Moderation.view(web, viewer);
    web.requireCsrf(request, viewer, Moderation.FORM, fields.text(WebContext.CSRF_FIELD));
    return fields;
  }

  private @Nullable Instant expiry(String days) {
    if (days.isBlank()) {
      return null;
    }
    try {
      int count = Integer.parseInt(days.strip());
      if (count >= 1 && count <= MAX_BAN_DAYS) {
        return web.clock().instant().plus(Duration.ofDays(count));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("days", InvalidInputException.Problem.MALFORMED,
        "days must be a whole number from 1 to " + MAX_BAN_DAYS + ", or empty for a ban until lifted");
  }

  private WebResponse done(String what) {
    return WebResponse.seeOther(web.path("/moderation/lists?done=" + what));
  }
}
