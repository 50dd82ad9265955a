package org.rejoinder.moderation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rejoinder.store.CommentQueries;
import org.rejoinder.store.CommentQuery;

/**
 * Rejects a comment that follows the same person's previous one too quickly ({@link
 * Reasons#FLOOD}): a comment, in any state, by the same author key, from the same IP address or
 * with the same email address, less than {@link #interval()} earlier. A comment exactly {@code
 * interval} after the previous one is accepted. Moderators and administrators are exempt, and
 * edits are not counted.
 *
 * <p>Default ({@link #DEFAULT}): 15 seconds, as WordPress's {@code wp_check_comment_flood}.
 * Unlike content rules it applies to a post's author too, as in WordPress. {@code
 * Rejoinder} serialises submissions of the same person, so that two comments sent at
 * once cannot both pass.
 *
 * @param interval the shortest time between two comments of one person, at least a millisecond
 * @since 0.1.0
 */
public record FloodRule(Duration interval) implements ModerationRule {
  /** WordPress's interval, 15 seconds. */
  public static final FloodRule DEFAULT = new FloodRule(Duration.ofSeconds(15));

  /**
   * Creates the rule.
   *
   * @throws IllegalArgumentException if the interval is shorter than a millisecond
   */
  public FloodRule {
    requireNonNull(interval, "interval must not be null");
    checkArgument(
        interval.compareTo(Duration.ofMillis(1)) >= 0,
        "interval must be at least one millisecond but was %s",
        interval);
  }

  @Override
  public Verdict evaluate(Submission s) {
    if (s.isEdit() || s.actor().role().canModerate()) {
      return Verdict.APPROVED;
    }
    for (CommentQuery recent : recent(s)) {
      if (s.history().count(recent) > 0) {
        return Verdict.of(
            Decision.REJECT, Reasons.FLOOD, "You are posting comments too quickly. Slow down.");
      }
    }
    return Verdict.APPROVED;
  }

  /** Counts, by author key, IP address and email address, the comments within the interval. */
  @Override
  public CommentQueries historyQueries(Submission s) {
    if (s.isEdit() || s.actor().role().canModerate()) {
      return CommentQueries.NONE;
    }
    return new CommentQueries(recent(s), List.of());
  }

  /** The queries for the same person's comments within the interval before the submission. */
  private List<CommentQuery> recent(Submission s) {
    // Times are kept to the millisecond: "less than interval ago" starts one millisecond later.
    Instant since = s.at().minus(interval).plusMillis(1);
    CommentQuery recent = CommentQuery.all().withCreatedFrom(since);
    List<CommentQuery> queries = new ArrayList<>(3);
    queries.add(recent.withAuthorKey(s.author().key()));
    if (s.client().ip() != null) {
      queries.add(recent.withIp(s.client().ip()));
    }
    if (s.author().email() != null) {
      queries.add(recent.withAuthorEmail(s.author().email()));
    }
    return queries;
  }

  @Override
  public boolean judgesTrusted() {
    return true;
  }
}
