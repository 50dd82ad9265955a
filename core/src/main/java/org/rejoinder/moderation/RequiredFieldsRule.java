package org.rejoinder.moderation;

import org.rejoinder.model.Guest;

/**
 * Rejects a guest's comment without an email address ({@link Reasons#REQUIRED_FIELDS}); a
 * guest's name is always required by {@link Guest} itself. Signed-in authors are not asked.
 *
 * <p>On by default, as WordPress's "Comment author must fill out name and email"; turn it off
 * with {@link PolicyBuilder#requireNameAndEmail(boolean)}. It also applies to trusted submitters.
 *
 * @since 0.1.0
 */
public final class RequiredFieldsRule implements ModerationRule {
  private static final RequiredFieldsRule INSTANCE = new RequiredFieldsRule();

  private RequiredFieldsRule() {}

  /** Returns the rule. */
  public static RequiredFieldsRule guestNameAndEmail() {
    return INSTANCE;
  }

  @Override
  public Verdict evaluate(Submission submission) {
    if (submission.author() instanceof Guest guest && guest.email() == null) {
      return Verdict.of(
          Decision.REJECT, Reasons.REQUIRED_FIELDS, "Please fill in the required fields (name, email).");
    }
    return Verdict.APPROVED;
  }

  @Override
  public boolean judgesTrusted() {
    return true;
  }
}
