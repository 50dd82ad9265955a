package org.rejoinder.moderation;

/**
 * Rejects a comment, or an edit, whose body readers would see as empty ({@link
 * Reasons#EMPTY_BODY}, HTTP 400): a body made only of markup the renderer removes, such as {@code
 * <script>x</script>}, or of white space once rendered. It judges the {@linkplain
 * Submission#visibleText() visible text}, so it needs the renderer's {@link BodyText}; with
 * {@link BodyText#asTyped()} the text as typed is never blank, and nothing is rejected.
 *
 * <p>Always part of the policies {@link PolicyBuilder} builds, run second, after {@link
 * RequiredFieldsRule}; it also applies to trusted submitters, since an empty comment is empty
 * whoever posts it.
 *
 * @since 0.2.0
 */
public final class EmptyBodyRule implements ModerationRule {
  private static final EmptyBodyRule INSTANCE = new EmptyBodyRule();

  private EmptyBodyRule() {}

  /** Returns the rule. */
  public static EmptyBodyRule rejectEmpty() {
    return INSTANCE;
  }

  @Override
  public Verdict evaluate(Submission submission) {
    if (submission.visibleText().isBlank()) {
      return Verdict.of(
          Decision.REJECT, Reasons.EMPTY_BODY, "Your comment has no text a reader would see.");
    }
    return Verdict.APPROVED;
  }

  @Override
  public boolean judgesTrusted() {
    return true;
  }

  @Override
  public String toString() {
    return "EmptyBodyRule";
  }
}
