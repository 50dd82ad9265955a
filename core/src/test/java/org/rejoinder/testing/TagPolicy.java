package org.rejoinder.testing;

import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Verdict;

/** A moderation policy tests steer by the comment's text. */
public final class TagPolicy {
  /** Holds what says [hold], marks spam what says [spam], approves the rest. */
  public static final ModerationPolicy HOLD_OR_SPAM = s -> {
    String text = s.body().text();
    if (text.contains("[hold]")) {
      return Verdict.of(Decision.HOLD, "held", "Held");
    }
    return text.contains("[spam]") ? Verdict.of(Decision.SPAM, "spam", "Spam") : Verdict.APPROVED;
  };

  private TagPolicy() {}
}
