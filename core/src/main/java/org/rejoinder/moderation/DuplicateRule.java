package org.rejoinder.moderation;

import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.store.CommentQueries;
import org.rejoinder.store.CommentQuery;

/**
 * Rejects a comment its author already wrote ({@link Reasons#DUPLICATE}): a comment on the same
 * post, under the same parent (or also top-level), by the same author key, with exactly the same
 * text, that is pending, approved or spam (trashed comments do not count). An edit is compared
 * with the author's other comments, not with itself.
 *
 * <p>On by default, as WordPress's duplicate check in {@code wp_allow_comment}; turn it off with
 * {@link PolicyBuilder#rejectDuplicates(boolean)}. It also applies to trusted submitters.
 *
 * @since 0.1.0
 */
public final class DuplicateRule implements ModerationRule {
  private static final DuplicateRule INSTANCE = new DuplicateRule();

  private DuplicateRule() {}

  /** Returns the rule. */
  public static DuplicateRule sameAuthorSameText() {
    return INSTANCE;
  }

  @Override
  public Verdict evaluate(Submission s) {
    String text = s.body().text();
    for (Comment earlier : s.history().find(earlier(s))) {
      boolean itself = s.original() != null && earlier.id().equals(s.original().id());
      if (!itself && earlier.body().text().equals(text)) {
        return Verdict.of(
            Decision.REJECT,
            Reasons.DUPLICATE,
            "Duplicate comment detected; it looks as though you've already said that!");
      }
    }
    return Verdict.APPROVED;
  }

  /**
   * Reads the author's comments under the same parent with the same text: usually none, however
   * many comments the author wrote there, since the store compares the texts.
   */
  @Override
  public CommentQueries historyQueries(Submission s) {
    return CommentQueries.finding(earlier(s));
  }

  /** The query for the author's comments that count: the same text under the same parent. */
  private static CommentQuery earlier(Submission s) {
    CommentQuery query =
        CommentQuery.all()
            .withPost(s.post().id())
            .withAuthorKey(s.author().key())
            .withStates(ModerationState.PENDING, ModerationState.APPROVED, ModerationState.SPAM)
            .withBodyText(s.body().text());
    return s.parent() == null ? query.withTopLevelOnly() : query.withParent(s.parent().id());
  }

  @Override
  public boolean judgesTrusted() {
    return true;
  }
}
