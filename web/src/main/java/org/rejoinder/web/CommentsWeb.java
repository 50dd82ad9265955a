package org.rejoinder.web;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.RejoinderException;
import org.rejoinder.feed.CommentFeeds;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.FloodRule;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.subscription.SubscriptionTokens;
import org.rejoinder.web.internal.Signer;
import org.rejoinder.web.internal.Tokens;
import org.rejoinder.web.internal.UrlEncoded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web layer: answers a {@link WebRequest} with a {@link WebResponse}, whatever server the
 * application runs. It takes the comment form's POST (WordPress's field names) and shows refused
 * comments again with what was typed and why; checks a CSRF token on every state-changing
 * request; shows a guest their own pending comment through a signed, expiring cookie and link;
 * remembers a guest's details only when they ask; knows signed-in readers from the application's
 * {@link Identities}; serves the moderation page and its actions to moderators (with Pin buttons on
 * discussions), Report and vote buttons and a sort selector to readers, and a JSON API under
 * {@code /api}, where administrators also manage the policy's bans and keyword lists.
 *
 * <pre>{@code
 * CommentsWeb web = CommentsWeb.builder(rejoinder, secret)   // secret: 32 random bytes or more
 *     .identities(request -> mySessions.reader(request))
 *     .build();
 * WebResponse response = web.handle(request);
 * }</pre>
 *
 * <p>Every route is listed in {@link #routes()}, one table; every exception is answered in one
 * place, with the status of its {@link org.rejoinder.error.ErrorCode} (an HTML page, or JSON
 * under {@code /api}). {@code handle} never throws for what a request holds.
 *
 * <p>Immutable and safe for use by many threads.
 *
 * @since 0.2.0
 */
public final class CommentsWeb {
  /** The shortest secret accepted, in bytes: {@value}. */
  public static final int MIN_SECRET_BYTES = 32;
  /** The default limit of a request's body: {@value} bytes, three times the largest legal form. */
  public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;
  /** The default most comments (top-level threads) of one page: {@value}. */
  public static final int DEFAULT_MAX_PER_PAGE = 100;

  private static final Logger LOG = LoggerFactory.getLogger(CommentsWeb.class);
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' https: data:; form-action 'self'; frame-ancestors 'none'; "
      + "base-uri 'none'; object-src 'none'";

  private final Routes routes;
  private final String basePath;
  private final WebContext web;
  private final int maxBodyBytes;

  private CommentsWeb(Builder builder) {
    this.basePath = builder.basePath;
    this.maxBodyBytes = builder.maxBodyBytes;
    Duration floodWait = builder.rejoinder.policy().rules().stream()
        .filter(FloodRule.class::isInstance).map(rule -> ((FloodRule) rule).interval())
        .findFirst().orElse(FloodRule.DEFAULT.interval());
    Function<PostId, String> postUrl = builder.postUrl != null ? builder.postUrl
        : post -> builder.basePath + "/posts/" + UrlEncoded.encode(post.value());
    WebContext.Settings settings = new WebContext.Settings(builder.basePath, postUrl,
        builder.signInUrl, builder.maxBodyBytes, builder.maxPerPage, builder.cookieConsent,
        builder.rememberFor, builder.honeypotField, builder.honeypotHolds,
        List.copyOf(builder.formats), builder.formats.isEmpty() ? builder.defaultFormat : builder.formats.get(0),
        builder.avatars, builder.reports, floodWait, builder.subscriptionTokens, builder.feeds);
    Tokens tokens = new Tokens(new Signer(builder.secret), builder.clock, builder.csrfLifetime,
        builder.pendingLifetime);
    this.web = new WebContext(builder.rejoinder, tokens, builder.identities, builder.layout,
        builder.bodies, settings, builder.clock);
    this.routes = builtInRoutes(builder.basePath, web).addAll(builder.routes.build()).build();
  }

  /** The one table of the web layer's routes; an application's own come after them. */
  private static Routes.Builder builtInRoutes(String base, WebContext web) {
    Discussions discussions = new Discussions(web);
    CommentForms forms = new CommentForms(web, discussions);
    Moderation moderation = new Moderation(web);
    JsonApi api = new JsonApi(web);
    PersonalDataApi personalData = new PersonalDataApi(web, api);
    ModerationLists banAndKeywordLists = new ModerationLists(web.rejoinder());
    ModerationListsApi lists = new ModerationListsApi(web, api, banAndKeywordLists);
    ModerationListsPage listsPage = new ModerationListsPage(web, banAndKeywordLists);
    SubscriptionPages subscriptions = new SubscriptionPages(web);
    Feeds feeds = new Feeds(web.settings().feeds());
    return Routes.builder()
        .get(base + "/posts/{post}", discussions::page)
        .post(base + "/comments", forms::post)
        .post(base + "/comments/{id}/report", forms::report)
        .post(base + "/comments/{id}/vote/{vote}", forms::vote)
        .get(base + "/moderation", moderation::page)
        .post(base + "/moderation/comments/{id}/{action}", moderation::action)
        .get(base + "/moderation/lists", listsPage::page)
        .post(base + "/moderation/bans", listsPage::ban)
        .post(base + "/moderation/bans/lift", listsPage::lift)
        .post(base + "/moderation/keywords/{kind}", listsPage::replaceKeywords)
        .get(base + "/assets/rejoinder.css", Assets::stylesheet)
        .get(base + "/assets/rejoinder.js", Assets::script)
        .get(base + "/api/csrf", api::csrf)
        .get(base + "/api/posts/{post}/comments", api::thread)
        .post(base + "/api/posts/{post}/comments", api::post)
        .get(base + "/api/comments/{id}", api::comment)
        .post(base + "/api/comments/{id}/report", api::report)
        .post(base + "/api/comments/{id}/vote", api::vote)
        .get(base + "/api/moderation/queue", api::queue)
        .post(base + "/api/moderation/comments/{id}/{action}", api::moderate)
        .post(base + "/api/moderation/personal-data/export", personalData::export)
        .post(base + "/api/moderation/personal-data/erase", personalData::erase)
        .get(base + "/api/moderation/erasures", personalData::erasures)
        .get(base + "/api/moderation/bans", lists::bans)
        .post(base + "/api/moderation/bans", lists::ban)
        .post(base + "/api/moderation/bans/lift", lists::lift)
        .get(base + "/api/moderation/keywords/{kind}", lists::keywords)
        .post(base + "/api/moderation/keywords/{kind}", lists::replaceKeywords)
        .get(base + "/api/counts", api::counts)
        .get(base + "/api/recent", api::recent)
        .get(base + "/posts/{post}/feed", feeds::postAtom)
        .get(base + "/posts/{post}/feed/rss", feeds::postRss)
        .get(base + "/comments/feed", feeds::recentAtom)
        .get(base + "/comments/feed/rss", feeds::recentRss)
        .get(base + "/subscriptions/confirm", subscriptions::confirmPage)
        .post(base + "/subscriptions/confirm", subscriptions::confirm)
        .get(base + "/subscriptions/unsubscribe", subscriptions::unsubscribePage)
        .post(base + "/subscriptions/unsubscribe", subscriptions::unsubscribe);
  }

  /**
   * Returns a builder.
   *
   * @param rejoinder the application's Rejoinder
   * @param secret the application's secret, at least {@value #MIN_SECRET_BYTES} random bytes,
   *     the same across restarts and servers so that tokens and cookies stay valid; it signs
   *     CSRF tokens, pending-comment cookies and links, and remembered details
   * @throws IllegalArgumentException if the secret is shorter than {@value #MIN_SECRET_BYTES}
   *     bytes
   */
  public static Builder builder(Rejoinder rejoinder, byte[] secret) {
    return new Builder(rejoinder, secret);
  }

  /** Returns every route, in the order they are tried. */
  public Routes routes() {
    return routes;
  }

  /**
   * Returns the most bytes of a request body this web layer reads; an adapter reads the body up
   * to this limit ({@link WebRequest.Builder#body(java.io.InputStream, int)}).
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Returns the path every route starts with, {@code ""} for the root. */
  public String basePath() {
    return basePath;
  }

  /**
   * Answers a request: the route's handler, or the answer to what it threw. Never throws for what
   * the request holds; a bug in a handler is logged and answered with 500.
   */
  public WebResponse handle(WebRequest request) {
    requireNonNull(request, "request must not be null");
    boolean api = request.path().startsWith(basePath + "/api/");
    WebResponse response;
    try {
      Routes.Match match = routes.match(request.method(), request.path());
      if (match.route().isPresent()) {
        response = match.route().get().handler().handle(request, match.parameters());
      } else if (!match.allowedMethods().isEmpty()) {
        response = failure(api, new WebException(WebException.Reason.METHOD_NOT_ALLOWED,
            "This address does not take " + request.method() + "."))
            .withHeader("Allow", String.join(", ", match.allowedMethods()));
      } else {
        response = failure(api, new WebException(WebException.Reason.NO_ROUTE, "There is nothing here."));
      }
    } catch (RejoinderException e) {
      response = failure(api, e);
    } catch (RuntimeException e) {
      LOG.error("Request {} failed", request, e);
      response = api
          ? JsonApi.error(new Failure(500, org.rejoinder.error.ErrorCode.STORAGE_FAILURE, "internal",
              "Something went wrong on the site's side.", null, null))
          : web.errorPage(new Failure(500, org.rejoinder.error.ErrorCode.STORAGE_FAILURE, "internal",
              "Something went wrong on the site's side.", null, null));
    }
    response = response.withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("Referrer-Policy", "same-origin");
    if (response.header("Content-Type").orElse("").startsWith("text/html")) {
      response = response.withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
          .withHeader("X-Frame-Options", "DENY");
    }
    return response;
  }

  private WebResponse failure(boolean api, RejoinderException e) {
    Failure failure = Failure.of(e, web.settings().floodWait());
    if (failure.status() >= 500) {
      LOG.warn("Storage failed: {}", e.getMessage(), e);
    }
    return api ? JsonApi.error(failure) : web.errorPage(failure);
  }

  /**
   * Configures a {@link CommentsWeb}. A setting given twice keeps the later value; {@link #route}
   * adds.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final Rejoinder rejoinder;
    private final byte[] secret;
    private Identities identities = Identities.none();
    private PageLayout layout = PageLayout.standard();
    private BodyRenderer bodies = BodyRenderer.create();
    private Clock clock = Clock.systemUTC();
    private String basePath = "";
    private @Nullable Function<PostId, String> postUrl;
    private @Nullable String signInUrl;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxPerPage = DEFAULT_MAX_PER_PAGE;
    private Duration csrfLifetime = Duration.ofHours(24);
    private Duration pendingLifetime = Duration.ofDays(1);
    private Duration rememberFor = Duration.ofDays(365);
    private boolean cookieConsent = true;
    private @Nullable SubscriptionTokens subscriptionTokens;
    private @Nullable CommentFeeds feeds;
    private @Nullable String honeypotField = "hp_website";
    private boolean honeypotHolds;
    private List<BodyFormat> formats = List.of();
    private BodyFormat defaultFormat = BodyFormat.MARKDOWN;
    private Avatars avatars = Avatars.gravatar();
    private boolean reports = true;
    private final Routes.Builder routes = Routes.builder();

    private Builder(Rejoinder rejoinder, byte[] secret) {
      this.rejoinder = requireNonNull(rejoinder, "rejoinder must not be null");
      requireNonNull(secret, "secret must not be null");
      checkArgument(secret.length >= MIN_SECRET_BYTES,
          "secret must hold at least %s bytes but held %s", MIN_SECRET_BYTES, secret.length);
      this.secret = secret.clone();
    }

    /** Sets who is signed in. Default: {@link Identities#none()}, every reader a guest. */
    public Builder identities(Identities newIdentities) {
      this.identities = requireNonNull(newIdentities, "identities must not be null");
      return this;
    }

    /** Sets the frame of the web layer's pages. Default: {@link PageLayout#standard()}. */
    public Builder layout(PageLayout newLayout) {
      this.layout = requireNonNull(newLayout, "layout must not be null");
      return this;
    }

    /** Sets the body renderer, to share its cache. Default: {@link BodyRenderer#create()}. */
    public Builder bodies(BodyRenderer newBodies) {
      this.bodies = requireNonNull(newBodies, "bodies must not be null");
      return this;
    }

    /**
     * Sets the clock of tokens and of whether posts take comments; give the one the Rejoinder
     * has. Default: {@link Clock#systemUTC()}.
     */
    public Builder clock(Clock newClock) {
      this.clock = requireNonNull(newClock, "clock must not be null");
      return this;
    }

    /**
     * Sets the path the web layer is mounted at, such as {@code /comments}; every route starts
     * with it. Default: {@code ""}, the root.
     *
     * @throws IllegalArgumentException if it is not empty or an absolute path without a trailing
     *     slash
     */
    public Builder basePath(String path) {
      requireNonNull(path, "path must not be null");
      checkArgument(path.isEmpty() || path.matches("(/[A-Za-z0-9_.~-]+)+"),
          "basePath must be empty or /segment/… without a trailing slash but was %s", path);
      this.basePath = path;
      return this;
    }

    /**
     * Sets where a post's page is, for redirects and links. Default: the web layer's own
     * discussion page, {@code <basePath>/posts/<id>}.
     */
    public Builder postUrl(Function<PostId, String> url) {
      this.postUrl = requireNonNull(url, "url must not be null");
      return this;
    }

    /**
     * Sets where a reader who is not signed in is sent from the moderation page, with {@code
     * ?return=} the page's path. Default: none, a 403 page.
     */
    public Builder signInUrl(String url) {
      this.signInUrl = requireNonNull(url, "url must not be null");
      return this;
    }

    /**
     * Sets the most bytes of a request body. Default: {@value #DEFAULT_MAX_BODY_BYTES}, three
     * times the largest legal comment form.
     *
     * @throws IllegalArgumentException if it is below 4,096 or above 16 MiB
     */
    public Builder maxBodyBytes(int bytes) {
      checkArgument(bytes >= 4096 && bytes <= 16 << 20,
          "maxBodyBytes must be from 4096 to 16 MiB but was %s", bytes);
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Sets the most top-level threads one page or API call shows. Default: {@value
     * #DEFAULT_MAX_PER_PAGE}.
     *
     * @throws IllegalArgumentException if it is below 1 or above 1,000
     */
    public Builder maxPerPage(int max) {
      checkArgument(max >= 1 && max <= 1000, "maxPerPage must be from 1 to 1000 but was %s", max);
      this.maxPerPage = max;
      return this;
    }

    /**
     * Sets how long a CSRF token is accepted at least (at most twice as long). Default: 24 hours.
     *
     * @throws IllegalArgumentException if it is shorter than two minutes
     */
    public Builder csrfLifetime(Duration lifetime) {
      requireNonNull(lifetime, "lifetime must not be null");
      checkArgument(lifetime.compareTo(Duration.ofMinutes(2)) >= 0,
          "csrfLifetime must be at least two minutes but was %s", lifetime);
      this.csrfLifetime = lifetime;
      return this;
    }

    /**
     * Sets how long a guest sees their own pending comment after posting it. Default: one day.
     *
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder pendingLifetime(Duration lifetime) {
      requireNonNull(lifetime, "lifetime must not be null");
      checkArgument(!lifetime.isNegative() && !lifetime.isZero(),
          "pendingLifetime must be positive but was %s", lifetime);
      this.pendingLifetime = lifetime;
      return this;
    }

    /**
     * Serves comment feeds (module {@code rejoinder-feeds}): {@code GET /posts/{post}/feed} and
     * {@code /posts/{post}/feed/rss}, {@code /comments/feed} and {@code /comments/feed/rss}, each
     * {@code ?page=N}, with {@code ETag} and {@code Last-Modified}, and 304 to an {@code
     * If-None-Match} with the current tag. Build {@code feeds} with the address this web layer
     * answers at. Default: none, and those addresses answer 404.
     *
     * @since 0.2.0
     */
    public Builder feeds(CommentFeeds feeds) {
      this.feeds = requireNonNull(feeds, "feeds must not be null");
      return this;
    }

    /**
     * Offers readers the boxes "Notify me of replies to my comment" and "Notify me of new
     * comments on this post" (unchecked) on the form, and answers the links of subscription
     * messages: {@code GET /subscriptions/confirm?token=…} shows a page whose button confirms
     * (POST), {@code GET /subscriptions/unsubscribe?token=…} one whose button unsubscribes
     * (POST, which is also RFC 8058's one-click {@code List-Unsubscribe-Post}). The tokens are
     * checked with {@code tokens}, the same the application's sender signs them with (module
     * {@code rejoinder-notify}). Default: not offered, and those addresses answer 404.
     *
     * @since 0.2.0
     */
    public Builder subscriptions(SubscriptionTokens tokens) {
      this.subscriptionTokens = requireNonNull(tokens, "tokens must not be null");
      return this;
    }

    /**
     * Sets whether guests are offered the box that saves their name, email and website in their
     * browser, and for how long it keeps them. Default: offered, 365 days.
     */
    public Builder cookieConsent(boolean offered, Duration keepFor) {
      requireNonNull(keepFor, "keepFor must not be null");
      checkArgument(!keepFor.isNegative() && !keepFor.isZero(), "keepFor must be positive but was %s", keepFor);
      this.cookieConsent = offered;
      this.rememberFor = keepFor;
      return this;
    }

    /**
     * Sets the honeypot: a field hidden from people that bots fill. A comment that fills it is
     * refused with 403, or, with {@code hold}, stored and held for review, which needs {@link
     * HoneypotRule} in the Rejoinder's policy. Default: field {@code hp_website}, refused.
     *
     * @param field the field's name, or {@code null} for no honeypot
     * @param hold hold such comments instead of refusing them
     */
    public Builder honeypot(@Nullable String field, boolean hold) {
      this.honeypotField = field;
      this.honeypotHolds = hold;
      return this;
    }

    /**
     * Sets the body formats a reader chooses from, in order, the first preselected; empty for no
     * choice, every comment in {@code defaultFormat}. Default: no choice, Markdown.
     */
    public Builder formats(List<BodyFormat> choices, BodyFormat defaultFormat) {
      this.formats = List.copyOf(requireNonNull(choices, "choices must not be null"));
      this.defaultFormat = requireNonNull(defaultFormat, "defaultFormat must not be null");
      return this;
    }

    /** Sets how avatars show. Default: {@link Avatars#gravatar()}. */
    public Builder avatars(Avatars newAvatars) {
      this.avatars = requireNonNull(newAvatars, "avatars must not be null");
      return this;
    }

    /** Sets whether approved comments have a Report button. Default: {@code true}. */
    public Builder reports(boolean shown) {
      this.reports = shown;
      return this;
    }

    /** Adds a route of the application's, tried after the web layer's own. */
    public Builder route(String method, String pattern, WebHandler handler) {
      routes.route(method, pattern, handler);
      return this;
    }

    /**
     * Returns the web layer.
     *
     * @throws IllegalStateException if the honeypot holds but the policy has no {@link
     *     HoneypotRule}
     */
    public CommentsWeb build() {
      checkState(!honeypotHolds || honeypotField == null
              || rejoinder.policy().rules().contains(HoneypotRule.INSTANCE),
          "A honeypot that holds comments needs HoneypotRule.INSTANCE in the Rejoinder's policy");
      return new CommentsWeb(this);
    }
  }

  /** Shows the base path and the number of routes. */
  @Override
  public String toString() {
    return "CommentsWeb[" + (basePath.isEmpty() ? "/" : basePath) + ", " + routes.routes().size() + " routes]";
  }
}
