package org.rejoinder.akismet;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.rejoinder.CommentListener;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.SpamChecker;
import org.rejoinder.moderation.Submission;
import org.rejoinder.moderation.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of Akismet's REST API (version 1.1): a {@link SpamChecker} that asks {@code
 * comment-check} about each new comment, a {@link CommentListener} ({@link #feedback()}) that
 * tells {@code submit-spam} and {@code submit-ham} when a moderator marks a comment spam or not
 * spam, and {@link #verifyKey()}.
 *
 * <p>Plug it into the policy through an {@link org.rejoinder.moderation.ExternalCheckRule},
 * which bounds it by a timeout and decides what a failure means (hold the comment, or judge it
 * without Akismet):
 *
 * <pre>{@code
 * AkismetClient akismet = AkismetClient.builder(apiKey, URI.create("https://blog.example.com/")).build();
 * Rejoinder rejoinder = Rejoinder.builder()
 *     .moderation(ModerationPolicy.builder()
 *         .externalChecker(akismet, Duration.ofSeconds(3), ExternalCheckRule.OnFailure.HOLD).build())
 *     .listener(akismet.feedback())
 *     .build();
 * }</pre>
 *
 * <p>Answers: {@code true} is spam ({@link Decision#SPAM}, reason {@value #SPAM}); {@code true}
 * with the header {@code X-akismet-pro-tip: discard} is blatant spam (reason {@value
 * #DISCARD}, still kept as spam, for the application to purge); {@code false} approves; anything
 * else (an error, {@code invalid}, a status other than 200) is a failure that the rule handles,
 * with Akismet's {@code X-akismet-debug-help} in the message.
 *
 * @since 0.2.0
 */
public final class AkismetClient implements SpamChecker {
  /** The reason of a spam verdict: {@value}. */
  public static final String SPAM = "akismet";
  /** The reason of a blatant-spam verdict: {@value}. */
  public static final String DISCARD = "akismet-discard";
  /** Akismet's address: {@value}. */
  public static final String DEFAULT_ENDPOINT = "https://rest.akismet.com/1.1/";

  private static final Logger LOG = LoggerFactory.getLogger(AkismetClient.class);

  private final String apiKey;
  private final URI blog;
  private final URI endpoint;
  private final Duration timeout;
  private final boolean test;
  private final HttpClient client;
  private final Set<CompletableFuture<Boolean>> inFlight = ConcurrentHashMap.newKeySet();

  private AkismetClient(Builder b) {
    this.apiKey = b.apiKey;
    this.blog = b.blog;
    this.endpoint = b.endpoint;
    this.timeout = b.timeout;
    this.test = b.test;
    this.client = HttpClient.newBuilder().connectTimeout(b.timeout).build();
  }

  /**
   * Returns a builder of a client for the site {@code blog} with Akismet's key {@code apiKey}.
   *
   * @throws IllegalArgumentException if the key is blank or the site not an absolute http(s) address
   */
  public static Builder builder(String apiKey, URI blog) {
    return new Builder(apiKey, blog);
  }

  /**
   * Asks Akismet whether a new comment is spam ({@code comment-check}).
   *
   * @throws IOException if Akismet could not be asked or did not answer as documented
   * @throws InterruptedException if interrupted while waiting
   */
  @Override
  public Verdict check(Submission s) throws IOException, InterruptedException {
    requireNonNull(s, "submission must not be null");
    Map<String, @Nullable String> form = base();
    form.put("user_ip", s.client().ip());
    form.put("user_agent", s.client().userAgent());
    form.put("permalink", s.post().link());
    form.put("comment_type", s.parent() == null ? "comment" : "reply");
    author(form, s.author());
    form.put("comment_content", s.body().text());
    form.put("comment_date_gmt", s.at().toString());
    form.put("comment_post_modified_gmt", s.post().publishedAt().toString());
    HttpResponse<String> response = post("comment-check", form);
    String answer = response.body().trim();
    if (response.statusCode() == 200 && answer.equals("true")) {
      boolean discard = response.headers().firstValue("X-akismet-pro-tip").filter("discard"::equals).isPresent();
      return Verdict.of(Decision.SPAM, discard ? DISCARD : SPAM, "Akismet says this is spam");
    }
    if (response.statusCode() == 200 && answer.equals("false")) {
      return Verdict.APPROVED;
    }
    throw failure("comment-check", response);
  }

  /**
   * Checks the key with Akismet ({@code verify-key}).
   *
   * @return whether Akismet says it is valid for this site
   * @throws IOException if Akismet could not be asked or did not answer as documented
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean verifyKey() throws IOException, InterruptedException {
    HttpResponse<String> response = post("verify-key", base());
    String answer = response.body().trim();
    if (response.statusCode() == 200 && (answer.equals("valid") || answer.equals("invalid"))) {
      return answer.equals("valid");
    }
    throw failure("verify-key", response);
  }

  /**
   * Returns a listener that tells Akismet of moderators' decisions, in the background: {@code
   * submit-spam} when one marks a comment spam, {@code submit-ham} when one takes a comment out of
   * spam. Decisions of the system (the policy's own) are not told. Failures are logged.
   */
  public CommentListener feedback() {
    return new CommentListener() {
      @Override
      public void stateChanged(Comment comment, AuditEntry entry) {
        if (entry.actor().key() == null || !entry.actor().role().canModerate()) {
          return;
        }
        if (entry.to() == ModerationState.SPAM && entry.from() != ModerationState.SPAM) {
          track(submit("submit-spam", comment));
        } else if (entry.from() == ModerationState.SPAM && entry.to() != ModerationState.SPAM) {
          track(submit("submit-ham", comment));
        }
      }
    };
  }

  private void track(CompletableFuture<Boolean> call) {
    inFlight.add(call);
    call.whenComplete((ok, error) -> inFlight.remove(call));
  }

  /** Waits for the feedback under way; for tests. */
  void awaitFeedback() {
    for (CompletableFuture<Boolean> call : List.copyOf(inFlight)) {
      call.join();
    }
  }

  /** Sends {@code submit-spam} or {@code submit-ham} for a comment; completes when answered. */
  CompletableFuture<Boolean> submit(String method, Comment comment) {
    Map<String, @Nullable String> form = base();
    form.put("user_ip", comment.client().ip());
    form.put("user_agent", comment.client().userAgent());
    form.put("comment_type", comment.parentId() == null ? "comment" : "reply");
    author(form, comment.author());
    form.put("comment_content", comment.body().text());
    form.put("comment_date_gmt", comment.createdAt().toString());
    return client.sendAsync(request(method, form), HttpResponse.BodyHandlers.ofString())
        .handle((response, error) -> {
          if (error != null || response.statusCode() != 200) {
            LOG.warn("Akismet {} of comment {} failed: {}", method, comment.id(),
                error != null ? error.toString() : "status " + response.statusCode());
            return false;
          }
          return true;
        });
  }

  private Map<String, @Nullable String> base() {
    Map<String, @Nullable String> form = new LinkedHashMap<>();
    form.put("api_key", apiKey);
    form.put("blog", blog.toString());
    form.put("blog_charset", "UTF-8");
    if (test) {
      form.put("is_test", "true");
    }
    return form;
  }

  private static void author(Map<String, @Nullable String> form, Author author) {
    form.put("comment_author", author.displayName());
    form.put("comment_author_email", author.email());
    form.put("comment_author_url", author.website());
  }

  private HttpResponse<String> post(String method, Map<String, @Nullable String> form)
      throws IOException, InterruptedException {
    return client.send(request(method, form), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String method, Map<String, @Nullable String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((name, value) -> {
      if (value != null) {
        body.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    });
    return HttpRequest.newBuilder(endpoint.resolve(method))
        .timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("User-Agent", "Rejoinder/0.2 | AkismetClient/0.2")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private static IOException failure(String method, HttpResponse<String> response) {
    String help = response.headers().firstValue("X-akismet-debug-help")
        .or(() -> response.headers().firstValue("X-akismet-alert-msg")).orElse("");
    String answer = response.body().length() > 100 ? response.body().substring(0, 100) : response.body();
    return new IOException("Akismet " + method + " answered " + response.statusCode() + " '" + answer.trim()
        + "'" + (help.isEmpty() ? "" : ": " + help));
  }

  @Override
  public String toString() {
    return "AkismetClient[" + endpoint + " for " + blog + (test ? ", test" : "") + "]";
  }

  /**
   * Builds an {@link AkismetClient}. A setting given twice replaces the earlier value.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    /** The default {@link #timeout(Duration)}: {@value} seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;

    private final String apiKey;
    private final URI blog;
    private URI endpoint = URI.create(DEFAULT_ENDPOINT);
    private Duration timeout = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    private boolean test;

    private Builder(String apiKey, URI blog) {
      requireNonNull(apiKey, "apiKey must not be null");
      requireNonNull(blog, "blog must not be null");
      checkArgument(!apiKey.isBlank(), "apiKey must not be blank");
      checkArgument(blog.isAbsolute() && ("http".equals(blog.getScheme()) || "https".equals(blog.getScheme())),
          "blog must be an absolute http(s) address but was %s", blog);
      this.apiKey = apiKey;
      this.blog = blog;
    }

    /**
     * Sets Akismet's address, ending in {@code /}. Default: {@value #DEFAULT_ENDPOINT}.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) address ending in /
     */
    public Builder endpoint(URI endpoint) {
      requireNonNull(endpoint, "endpoint must not be null");
      checkArgument(endpoint.isAbsolute() && endpoint.getPath() != null && endpoint.getPath().endsWith("/"),
          "endpoint must be an absolute address ending in / but was %s", endpoint);
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Sets the connect and answer timeout of each call. Default: {@value
     * #DEFAULT_TIMEOUT_SECONDS} seconds (the rule's own timeout bounds the check as a whole).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration timeout) {
      requireNonNull(timeout, "timeout must not be null");
      checkArgument(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive but was %s", timeout);
      this.timeout = timeout;
      return this;
    }

    /** Marks every call as a test ({@code is_test=true}), which Akismet does not learn from. Default: off. */
    public Builder test(boolean test) {
      this.test = test;
      return this;
    }

    /** Returns the client. */
    public AkismetClient build() {
      return new AkismetClient(this);
    }
  }
}
