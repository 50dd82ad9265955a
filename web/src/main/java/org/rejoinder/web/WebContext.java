package org.rejoinder.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.web.internal.Html;
import org.rejoinder.web.internal.Tokens;

/**
 * What every handler of the web layer shares: the application's Rejoinder, identities and layout,
 * the signed tokens, the settings, and the helpers that resolve the viewer, check CSRF tokens,
 * make cookies and answer with pages.
 */
final class WebContext {
  /** The cookie holding the browser's random id, which CSRF tokens are bound to. */
  public static final String BROWSER_COOKIE = "rejoinder_browser";
  /** The cookie listing a guest's pending comments. */
  public static final String PENDING_COOKIE = "rejoinder_pending";
  /** The cookie remembering a guest's details, set only with their consent. */
  public static final String AUTHOR_COOKIE = "rejoinder_author";
  /** The form field carrying the CSRF token. */
  public static final String CSRF_FIELD = "_csrf";
  /** The header carrying the CSRF token of JSON requests. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** Settings the builder collected. */
  public record Settings(
      String basePath,
      Function<PostId, String> postUrl,
      @Nullable String signInUrl,
      int maxBodyBytes,
      int maxPerPage,
      boolean cookieConsent,
      Duration rememberFor,
      @Nullable String honeypotField,
      boolean honeypotHolds,
      List<BodyFormat> formats,
      BodyFormat defaultFormat,
      Avatars avatars,
      boolean reports,
      Duration floodWait,
      org.rejoinder.subscription.@Nullable SubscriptionTokens subscriptionTokens,
      org.rejoinder.feed.@Nullable CommentFeeds feeds) {}

  private final Rejoinder rejoinder;
  private final Tokens tokens;
  private final Identities identities;
  private final PageLayout layout;
  private final BodyRenderer bodies;
  private final Settings settings;
  private final java.time.Clock clock;

  /** Creates the context. */
  public WebContext(Rejoinder rejoinder, Tokens tokens, Identities identities, PageLayout layout,
      BodyRenderer bodies, Settings settings, java.time.Clock clock) {
    this.clock = clock;
    this.rejoinder = rejoinder;
    this.tokens = tokens;
    this.identities = identities;
    this.layout = layout;
    this.bodies = bodies;
    this.settings = settings;
  }

  public Rejoinder rejoinder() {
    return rejoinder;
  }

  public Tokens tokens() {
    return tokens;
  }

  public BodyRenderer bodies() {
    return bodies;
  }

  public Settings settings() {
    return settings;
  }

  /** Returns the clock, which says whether posts take comments, as the application's Rejoinder. */
  public java.time.Clock clock() {
    return clock;
  }

  /** Returns a path parameter that the route's pattern guarantees. */
  public static String param(java.util.Map<String, String> parameters, String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("The route has no parameter " + name);
    }
    return value;
  }

  /** Returns a path under the web layer's base path. */
  public String path(String path) {
    return settings.basePath() + path;
  }

  /** Returns the URL of a post's page. */
  public String postUrl(PostId post) {
    return settings.postUrl().apply(post);
  }

  /** Returns the signed-in reader, if any. */
  public Optional<SignedInReader> signedIn(WebRequest request) {
    return identities.signedIn(request);
  }

  /**
   * Resolves who reads: a signed-in reader, else a guest whose pending cookie or link names
   * pending comments (shown to them alone, the newest author's), else an anonymous reader.
   */
  public Viewer viewer(WebRequest request) {
    String cookieId = request.cookie(BROWSER_COOKIE).filter(Tokens::isBrowserId).orElse(null);
    String browserId = cookieId != null ? cookieId : Tokens.newBrowserId();
    boolean newBrowser = cookieId == null;
    List<CommentId> cookie = tokens.pendingIds(request.cookie(PENDING_COOKIE).orElse(null));
    CommentId linked = linkedPending(request);
    Optional<SignedInReader> reader = identities.signedIn(request);
    if (reader.isPresent()) {
      return new Viewer(reader.get().actor(), reader.get(), null, cookie, linked, browserId, newBrowser);
    }
    List<CommentId> candidates = new ArrayList<>();
    if (linked != null) {
      candidates.add(linked);
    }
    candidates.addAll(cookie);
    String key = null;
    Set<CommentId> shown = new LinkedHashSet<>();
    for (CommentId id : new LinkedHashSet<>(candidates)) {
      Comment c = findComment(id);
      if (c == null || c.state() != ModerationState.PENDING) {
        continue;
      }
      if (key == null) {
        key = c.author().key();
      }
      if (key.equals(c.author().key())) {
        shown.add(id);
      }
    }
    Actor actor = key == null ? Actor.ANONYMOUS : new Actor(key, org.rejoinder.model.Role.READER);
    return new Viewer(actor, null, Set.copyOf(shown), cookie, linked, browserId, newBrowser);
  }

  private @Nullable CommentId linkedPending(WebRequest request) {
    Optional<String> id = request.query("unapproved");
    if (id.isEmpty()) {
      return null;
    }
    try {
      CommentId parsed = CommentId.parse(id.get());
      return tokens.isValidPendingLink(parsed, request.query("moderation-hash").orElse(null)) ? parsed : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private @Nullable Comment findComment(CommentId id) {
    try {
      return rejoinder.comment(id);
    } catch (org.rejoinder.error.NotFoundException e) {
      return null;
    }
  }

  /**
   * Checks a state-changing request's CSRF token, made for this browser and form.
   *
   * @throws WebException with {@link WebException.Reason#CSRF} if it is missing or wrong
   */
  public void requireCsrf(WebRequest request, Viewer viewer, String form, @Nullable String token) {
    if (viewer.newBrowser() || !tokens.isValidCsrf(viewer.browserId(), form, token)) {
      throw new WebException(WebException.Reason.CSRF,
          "This form has expired or was not sent from this site. Please send it again.");
    }
  }

  /** Returns a CSRF token for a form of this viewer's browser. */
  public String csrf(Viewer viewer, String form) {
    return tokens.csrf(viewer.browserId(), form);
  }

  /** Returns a cookie for this request's site, {@code Secure} over https. */
  public ResponseCookie cookie(WebRequest request, String name, String value, @Nullable Duration maxAge) {
    return new ResponseCookie(name, value, settings.basePath().isEmpty() ? "/" : settings.basePath(),
        maxAge, request.secure());
  }

  /** Returns the cookies a response to this viewer sets: the browser id when it is new. */
  public List<ResponseCookie> viewerCookies(WebRequest request, Viewer viewer) {
    return viewer.newBrowser()
        ? List.of(cookie(request, BROWSER_COOKIE, viewer.browserId(), Duration.ofDays(365)))
        : List.of();
  }

  /** Answers with a whole page in the application's layout. */
  public WebResponse page(int status, String title, String mainHtml,
      org.rejoinder.model.@Nullable Post post) {
    Page page = new Page(title, mainHtml, post, List.of(path("/assets/rejoinder.css")),
        List.of(path("/assets/rejoinder.js")));
    StringBuilder html = new StringBuilder(mainHtml.length() + 1024);
    layout.write(page, html);
    return WebResponse.of(status, "text/html; charset=utf-8",
        html.toString().getBytes(StandardCharsets.UTF_8)).withHeader("Cache-Control", "no-store");
  }

  /** Answers with an error page: a heading and a message. */
  public WebResponse errorPage(Failure failure) {
    String html = "<section class=\"rejoinder-error\"><h2>"
        + Html.escape(title(failure.status())) + "</h2>\n<p role=\"alert\">"
        + Html.escape(failure.message()) + "</p></section>\n";
    WebResponse response = page(failure.status(), title(failure.status()), html, null);
    return failure.retryAfter() == null ? response
        : response.withHeader("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Something is wrong with what was sent";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 405 -> "Not allowed";
      case 409 -> "Already done";
      case 413 -> "Too large";
      case 415 -> "Not a form";
      case 429 -> "Too fast";
      case 503 -> "Not saved";
      default -> "Error";
    };
  }
}
