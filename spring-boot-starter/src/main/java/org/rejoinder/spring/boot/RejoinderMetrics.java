package org.rejoinder.spring.boot;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.rejoinder.CommentListener;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.ModerationRule;
import org.rejoinder.moderation.Submission;
import org.rejoinder.moderation.Verdict;
import org.rejoinder.web.Routes;
import org.rejoinder.web.WebRequest;
import org.rejoinder.web.WebResponse;

/**
 * Rejoinder's Micrometer meters:
 *
 * <ul>
 *   <li>{@code rejoinder.submissions} (counter), new comments by the moderation policy's verdict,
 *       tag {@code verdict}: {@code approve}, {@code hold}, {@code spam}, {@code trash} (counted
 *       once the comment is stored: a submission whose write fails is not counted), {@code
 *       reject} (counted when the policy decides, as nothing is stored);
 *   <li>{@code rejoinder.moderation.actions} (counter), changes of a comment's state after its
 *       creation, tags {@code from} and {@code to} ({@code approved}, {@code pending}, {@code
 *       spam}, {@code trash});
 *   <li>{@code rejoinder.render} (timer), the time to answer a discussion: tag {@code kind}
 *       {@code page} (the HTML discussion) or {@code api} (the JSON thread);
 *   <li>{@code rejoinder.web.requests} (timer), every request the web endpoints answer, tags
 *       {@code method}, {@code route} (the route's pattern, or {@code none}) and {@code status}.
 * </ul>
 *
 * <p>It is a {@link CommentListener} that the auto-configured {@link org.rejoinder.Rejoinder}
 * is given, and it wraps that Rejoinder's moderation policy.
 *
 * @since 0.2.0
 */
public final class RejoinderMetrics implements CommentListener {
  private final MeterRegistry registry;

  /** Creates meters in {@code registry}. */
  public RejoinderMetrics(MeterRegistry registry) {
    this.registry = requireNonNull(registry, "registry must not be null");
  }

  /**
   * Returns a policy that decides as {@code policy} does and counts each rejected new comment in
   * {@code rejoinder.submissions}; the other verdicts are counted when the comment is stored
   * ({@link #posted}). Edits are not counted.
   */
  public ModerationPolicy meter(ModerationPolicy policy) {
    requireNonNull(policy, "policy must not be null");
    return new ModerationPolicy() {
      @Override
      public Verdict evaluate(Submission submission) {
        Verdict verdict = policy.evaluate(submission);
        if (verdict != null && verdict.decision() == Decision.REJECT && !submission.isEdit()) {
          countSubmission(Decision.REJECT);
        }
        return verdict;
      }

      @Override
      public List<ModerationRule> rules() {
        return policy.rules();
      }

      @Override
      public String toString() {
        return "metered " + policy;
      }
    };
  }

  /** Counts a stored new comment in {@code rejoinder.submissions}, by the state it was given. */
  @Override
  public void posted(Comment comment) {
    for (Decision decision : Decision.values()) {
      if (decision.state() == comment.state()) {
        countSubmission(decision);
        return;
      }
    }
  }

  private void countSubmission(Decision decision) {
    Counter.builder("rejoinder.submissions")
        .description("New comments by the moderation policy's verdict")
        .tag("verdict", decision.name().toLowerCase(Locale.ROOT))
        .register(registry).increment();
  }

  /** Counts a change of state after creation in {@code rejoinder.moderation.actions}. */
  @Override
  public void stateChanged(Comment comment, AuditEntry entry) {
    if (entry.from() == null) {
      return;
    }
    Counter.builder("rejoinder.moderation.actions")
        .description("Changes of a comment's moderation state after its creation")
        .tag("from", entry.from().name().toLowerCase(Locale.ROOT))
        .tag("to", entry.to().name().toLowerCase(Locale.ROOT))
        .register(registry).increment();
  }

  /**
   * Records one request of the web endpoints: {@code rejoinder.web.requests}, and {@code
   * rejoinder.render} for a discussion.
   *
   * @param routes the web layer's routes, to name the route matched
   * @param basePath the web layer's base path
   * @param request the request
   * @param response its answer
   * @param nanos the time taken
   */
  public void request(Routes routes, String basePath, WebRequest request, WebResponse response, long nanos) {
    String route = routes.match(request.method(), request.path()).route()
        .map(matched -> matched.pattern().substring(Math.min(basePath.length(), matched.pattern().length())))
        .orElse("none");
    Timer.builder("rejoinder.web.requests")
        .description("Requests answered by Rejoinder's web endpoints")
        .tag("method", request.method())
        .tag("route", route)
        .tag("status", Integer.toString(response.status()))
        .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    if ("GET".equals(request.method()) && response.status() == 200
        && (route.equals("/posts/{post}") || route.equals("/api/posts/{post}/comments"))) {
      Timer.builder("rejoinder.render")
          .description("Time to answer a post's discussion")
          .tag("kind", route.startsWith("/api/") ? "api" : "page")
          .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public String toString() {
    return "RejoinderMetrics[" + registry.getClass().getSimpleName() + "]";
  }
}
