package org.rejoinder.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.NewComment;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.RejoinderException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.moderation.RequiredFieldsRule;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.web.internal.HoneypotFlag;

/**
 * The comment form's POST ({@code POST /comments}, WordPress's field names) and the readers'
 * Report buttons ({@code POST /comments/{id}/report}). A refused comment answers with the
 * discussion page again, what was typed kept and a message next to each wrong field, with the
 * status of the refusal; a stored one with {@code 303 See Other} to its permalink, or, when it is
 * held, to the form saying so through a signed link that shows it to its author alone.
 */
final class CommentForms {
  private final WebContext web;
  private final Discussions discussions;

  public CommentForms(WebContext web, Discussions discussions) {
    this.web = web;
    this.discussions = discussions;
  }

  /** {@code POST /comments}. */
  public WebResponse post(WebRequest request, Map<String, String> parameters) {
    FormFields fields = FormFields.of(request, web.settings().maxBodyBytes());
    Post post = web.rejoinder().post(new PostId(fields.text(ReplyForm.FIELD_POST_ID)));
    Viewer viewer = web.viewer(request);
    Map<String, String> typed = typed(fields);
    CommentId parent = parentId(fields.text(ReplyForm.FIELD_PARENT_ID));
    try {
      web.requireCsrf(request, viewer, Discussions.COMMENT_FORM, fields.text(WebContext.CSRF_FIELD));
    } catch (WebException e) {
      return again(request, post, viewer, typed, Map.of(), parent,
          ReplyForm.Notice.error(java.util.Objects.toString(e.getMessage(), "")), 403, null);
    }
    String honeypot = web.settings().honeypotField();
    boolean trapped = honeypot != null && !fields.text(honeypot).isEmpty();
    if (trapped && !web.settings().honeypotHolds()) {
      return again(request, post, viewer, typed, Map.of(), parent,
          ReplyForm.Notice.error("Your comment could not be posted."), 403, null);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Author author = author(viewer, fields, errors);
    Body body = body(fields, errors);
    if (!errors.isEmpty() || author == null || body == null) {
      return again(request, post, viewer, typed, errors, parent,
          ReplyForm.Notice.error("Your comment was not posted: please correct the fields marked below."),
          400, null);
    }
    NewComment comment = new NewComment(post.id(), parent, author, body, client(request));
    Comment stored;
    try {
      stored = HoneypotFlag.during(trapped,
          () -> web.rejoinder().submit(comment, viewer.signedIn() != null
              ? viewer.signedIn().actor() : org.rejoinder.model.Actor.reader(author),
              subscriptions(fields)));
    } catch (RejoinderException e) {
      Failure failure = Failure.of(e, web.settings().floodWait());
      Map<String, String> fieldErrors = new HashMap<>();
      if (failure.field() != null && e instanceof InvalidInputException invalid) {
        fieldErrors.put(formField(failure.field()), message(formField(failure.field()), invalid.problem()));
      }
      return again(request, post, viewer, typed, fieldErrors, parent,
          ReplyForm.Notice.error(failure.message()), failure.status(), failure.retryAfter());
    }
    return stored(request, viewer, author, fields, stored);
  }

  /** The answer to a stored comment: its permalink, or the form saying it is held. */
  private WebResponse stored(WebRequest request, Viewer viewer, Author author, FormFields fields,
      Comment stored) {
    String postUrl = web.postUrl(stored.postId());
    WebResponse response;
    if (stored.state() == ModerationState.APPROVED) {
      int page = web.rejoinder().thread(stored.postId(), viewer.actor()).pageOf(stored.id());
      response = WebResponse.seeOther(postUrl + (page > 1 ? "?cpage=" + page : "")
          + "#comment-" + stored.id());
    } else {
      response = WebResponse.seeOther(postUrl + "?unapproved=" + stored.id()
          + "&moderation-hash=" + web.tokens().pendingLinkHash(stored.id()) + "#comment-" + stored.id());
      if (viewer.signedIn() == null) {
        response = response.withCookie(web.cookie(request, WebContext.PENDING_COOKIE,
            web.tokens().pendingCookie(viewer.pendingCookie(), stored.id()), null));
      }
    }
    if (author instanceof Guest guest && viewer.signedIn() == null) {
      if ("yes".equals(fields.text(ReplyForm.FIELD_COOKIES_CONSENT)) && web.settings().cookieConsent()) {
        response = response.withCookie(web.cookie(request, WebContext.AUTHOR_COOKIE,
            web.tokens().rememberedAuthor(guest), web.settings().rememberFor()));
      } else if (request.cookie(WebContext.AUTHOR_COOKIE).isPresent()) {
        response = response.withCookie(web.cookie(request, WebContext.AUTHOR_COOKIE, "", Duration.ZERO));
      }
    }
    return response;
  }

  /** The discussion page again, with the form as it was sent and what was wrong. */
  private WebResponse again(WebRequest request, Post post, Viewer viewer, Map<String, String> typed,
      Map<String, String> errors, @Nullable CommentId parent, ReplyForm.Notice notice, int status,
      @Nullable Duration retryAfter) {
    ReplyForm form = discussions.form(post, viewer, typed).withErrors(errors).withNotice(notice);
    String html = discussions.render(post, viewer, 1, form, parent);
    WebResponse response = web.page(status, post.title(), html, post)
        .withCookies(web.viewerCookies(request, viewer));
    return retryAfter == null ? response
        : response.withHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
  }

  /** The subscriptions the reader ticked, when the form offers them. */
  private java.util.Set<Subscription.Scope> subscriptions(FormFields fields) {
    if (web.settings().subscriptionTokens() == null) {
      return java.util.Set.of();
    }
    java.util.Set<Subscription.Scope> scopes = java.util.EnumSet.noneOf(Subscription.Scope.class);
    if ("yes".equals(fields.text(ReplyForm.FIELD_SUBSCRIBE_REPLIES))) {
      scopes.add(Subscription.Scope.REPLIES);
    }
    if ("yes".equals(fields.text(ReplyForm.FIELD_SUBSCRIBE_POST))) {
      scopes.add(Subscription.Scope.POST);
    }
    return scopes;
  }

  private static Map<String, String> typed(FormFields fields) {
    Map<String, String> typed = new HashMap<>();
    for (String name : List.of(ReplyForm.FIELD_COMMENT, ReplyForm.FIELD_NAME, ReplyForm.FIELD_EMAIL,
        ReplyForm.FIELD_WEBSITE, ReplyForm.FIELD_FORMAT, ReplyForm.FIELD_COOKIES_CONSENT,
        ReplyForm.FIELD_SUBSCRIBE_REPLIES, ReplyForm.FIELD_SUBSCRIBE_POST)) {
      fields.get(name).ifPresent(value -> typed.put(name, value));
    }
    return typed;
  }

  private @Nullable Author author(Viewer viewer, FormFields fields, Map<String, String> errors) {
    if (viewer.signedIn() != null) {
      return viewer.signedIn().author();
    }
    String name = fields.text(ReplyForm.FIELD_NAME);
    String email = fields.text(ReplyForm.FIELD_EMAIL);
    String website = fields.text(ReplyForm.FIELD_WEBSITE);
    check(fields, ReplyForm.FIELD_NAME, errors);
    check(fields, ReplyForm.FIELD_EMAIL, errors);
    check(fields, ReplyForm.FIELD_WEBSITE, errors);
    if (name.isBlank()) {
      errors.putIfAbsent(ReplyForm.FIELD_NAME, message(ReplyForm.FIELD_NAME, InvalidInputException.Problem.REQUIRED));
    }
    if (email.isBlank() && emailRequired()) {
      errors.putIfAbsent(ReplyForm.FIELD_EMAIL, message(ReplyForm.FIELD_EMAIL, InvalidInputException.Problem.REQUIRED));
    }
    if (!errors.isEmpty()) {
      // Still check the other fields, so that every message shows at once.
      tryGuest(name.isBlank() ? "x" : name, email, website, errors);
      return null;
    }
    return tryGuest(name, email, website, errors);
  }

  private static @Nullable Guest tryGuest(String name, String email, String website, Map<String, String> errors) {
    Guest guest = null;
    try {
      guest = Guest.of(name, email, null);
    } catch (InvalidInputException e) {
      errors.putIfAbsent(formField(e.field()), message(formField(e.field()), e.problem()));
    }
    try {
      return guest == null ? null : guest.withWebsite(website);
    } catch (InvalidInputException e) {
      errors.putIfAbsent(formField(e.field()), message(formField(e.field()), e.problem()));
      return null;
    }
  }

  private boolean emailRequired() {
    return web.rejoinder().policy().rules().stream().anyMatch(RequiredFieldsRule.class::isInstance);
  }

  private @Nullable Body body(FormFields fields, Map<String, String> errors) {
    check(fields, ReplyForm.FIELD_COMMENT, errors);
    BodyFormat format = format(fields.text(ReplyForm.FIELD_FORMAT));
    if (format == null) {
      errors.put(ReplyForm.FIELD_FORMAT, "Please choose one of the formats offered.");
      return null;
    }
    try {
      return new Body(fields.text(ReplyForm.FIELD_COMMENT), format);
    } catch (InvalidInputException e) {
      errors.putIfAbsent(ReplyForm.FIELD_COMMENT, message(ReplyForm.FIELD_COMMENT, e.problem()));
      return null;
    }
  }

  private @Nullable BodyFormat format(String typed) {
    if (typed.isEmpty() || web.settings().formats().isEmpty()) {
      return web.settings().defaultFormat();
    }
    for (BodyFormat format : web.settings().formats()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(typed)) {
        return format;
      }
    }
    return null;
  }

  private static void check(FormFields fields, String field, Map<String, String> errors) {
    if (fields.isTooLong(field)) {
      errors.put(field, message(field, InvalidInputException.Problem.TOO_LONG));
    }
  }

  private static @Nullable CommentId parentId(String text) {
    if (text.isBlank() || text.strip().equals("0")) {
      return null;
    }
    return CommentId.parse(text);
  }

  static ClientInfo client(WebRequest request) {
    try {
      return ClientInfo.of(request.remoteAddress().orElse(null), request.header("User-Agent").orElse(null));
    } catch (InvalidInputException e) {
      return ClientInfo.of(null, null);
    }
  }

  /** The form field of a value Rejoinder names. */
  static String formField(String valueName) {
    return switch (valueName) {
      case "author.name" -> ReplyForm.FIELD_NAME;
      case "author.email", "email" -> ReplyForm.FIELD_EMAIL;
      case "author.website" -> ReplyForm.FIELD_WEBSITE;
      default -> ReplyForm.FIELD_COMMENT;
    };
  }

  /** What a reader is told about a field. */
  static String message(String field, InvalidInputException.Problem problem) {
    String what = switch (field) {
      case ReplyForm.FIELD_NAME -> "your name";
      case ReplyForm.FIELD_EMAIL -> "your email address";
      case ReplyForm.FIELD_WEBSITE -> "your website";
      default -> "your comment";
    };
    return switch (problem) {
      case REQUIRED -> field.equals(ReplyForm.FIELD_COMMENT) ? "Please type your comment." : "Please enter " + what + ".";
      case TOO_LONG -> "This is too long: please shorten " + what + ".";
      case OUT_OF_RANGE -> "This value is out of range.";
      case MALFORMED -> switch (field) {
        case ReplyForm.FIELD_EMAIL -> "Please enter a valid email address, like name@example.com.";
        case ReplyForm.FIELD_WEBSITE -> "Please enter a web address starting with http:// or https://.";
        default -> "Please remove the control characters from " + what + ".";
      };
    };
  }

  /** {@code POST /comments/{id}/report}: a reader's report, then back to the comment. */
  public WebResponse report(WebRequest request, Map<String, String> parameters) {
    FormFields fields = FormFields.of(request, web.settings().maxBodyBytes());
    CommentId id = CommentId.parse(WebContext.param(parameters, "id"));
    Viewer viewer = web.viewer(request);
    web.requireCsrf(request, viewer, Discussions.REPORT_FORM, fields.text(WebContext.CSRF_FIELD));
    Comment comment = web.rejoinder().comment(id);
    web.rejoinder().report(id, viewer.reporter(), fields.text("reason"));
    return WebResponse.seeOther(web.postUrl(comment.postId()) + "?reported=" + id + "#respond");
  }

  /**
   * {@code POST /comments/{id}/vote/{vote}}: a vote button's form ({@code up}, {@code down}, or
   * {@code clear} to take the vote back), then back to the comment, on the page and in the sort
   * the action's query names ({@code ?sort=best&cpage=2}).
   */
  public WebResponse vote(WebRequest request, Map<String, String> parameters) {
    FormFields fields = FormFields.of(request, web.settings().maxBodyBytes());
    CommentId id = CommentId.parse(WebContext.param(parameters, "id"));
    Optional<CommentOrder> sort = Discussions.sort(request);
    int page = request.query("cpage").map(Discussions::pageNumber).orElse(1);
    Viewer viewer = web.viewer(request);
    web.requireCsrf(request, viewer, Discussions.VOTE_FORM, fields.text(WebContext.CSRF_FIELD));
    Comment comment = web.rejoinder().comment(id);
    vote(web, viewer, request, id, WebContext.param(parameters, "vote"));
    return WebResponse.seeOther(Discussions.pageUrl(web.postUrl(comment.postId()), sort.orElse(null), page)
        + "#comment-" + id).withCookies(web.viewerCookies(request, viewer));
  }

  /**
   * Records a reader's vote: {@code up}, {@code down}, or {@code clear} to take it back.
   *
   * @throws InvalidInputException if the vote is none of these
   */
  static VoteChange vote(WebContext web, Viewer viewer, WebRequest request, CommentId id, String vote) {
    Actor voter = viewer.voter();
    return switch (vote) {
      case "up" -> web.rejoinder().vote(id, voter, VoteDirection.UP, client(request));
      case "down" -> web.rejoinder().vote(id, voter, VoteDirection.DOWN, client(request));
      case "clear" -> web.rejoinder().unvote(id, voter);
      default -> throw new InvalidInputException("vote", InvalidInputException.Problem.MALFORMED,
          "vote must be up, down or clear but was " + Discussions.shown(vote));
    };
  }
}
