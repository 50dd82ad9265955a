package org.rejoinder.moderation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.ClientInfo;

/**
 * Looks for keywords in a comment: its text, both as typed and as readers will see it ({@link
 * Submission#visibleText()}, so that {@code bad<b></b>word} and {@code b&#97;dword} are found),
 * the author's name, email address and website, and the client's IP address and user agent. A keyword matches anywhere as a substring, ignoring
 * case by Unicode case folding in {@link java.util.Locale#ROOT} (so "CASINO" matches "casino"
 * whatever the default locale, and "STRASSE" matches "Straße"). Keywords are trimmed; blank ones
 * are ignored. Like WordPress, a keyword such as {@code "192.0.2."} catches a range of
 * addresses.
 *
 * <p>Two kinds, both empty by default, as in WordPress:
 *
 * <ul>
 *   <li>{@link #moderation moderation keywords} hold a comment ({@link
 *       Reasons#MODERATION_KEYWORD}), WordPress's "Comment Moderation" list;
 *   <li>{@link #disallowed disallowed keywords} put it in the trash, or mark it as spam ({@link
 *       Reasons#DISALLOWED_KEYWORD}), WordPress's "Disallowed Comment Keys", which trash by
 *       default.
 * </ul>
 *
 * @since 0.1.0
 */
public final class KeywordRule implements ModerationRule {
  private final Decision decision;
  private final String reason;
  private final List<String> keywords;
  private final List<String> folded;

  private KeywordRule(Decision decision, String reason, Collection<String> keywords) {
    this.decision = decision;
    this.reason = reason;
    Set<String> kept = new LinkedHashSet<>();
    for (String keyword : requireNonNull(keywords, "keywords must not be null")) {
      String trimmed = requireNonNull(keyword, "a keyword must not be null").strip();
      if (!trimmed.isEmpty()) {
        kept.add(trimmed);
      }
    }
    this.keywords = List.copyOf(kept);
    List<String> foldedKeywords = new ArrayList<>(kept.size());
    for (String keyword : kept) {
      foldedKeywords.add(Folding.fold(keyword));
    }
    this.folded = List.copyOf(foldedKeywords);
  }

  /** Returns a rule that holds comments containing one of {@code keywords}. */
  public static KeywordRule moderation(Collection<String> keywords) {
    return new KeywordRule(Decision.HOLD, Reasons.MODERATION_KEYWORD, keywords);
  }

  /**
   * Returns a rule that trashes or marks as spam comments containing one of {@code keywords}.
   *
   * @param decision {@link Decision#TRASH} (WordPress's default) or {@link Decision#SPAM}
   * @throws IllegalArgumentException if {@code decision} is neither
   */
  public static KeywordRule disallowed(Collection<String> keywords, Decision decision) {
    requireNonNull(decision, "decision must not be null");
    checkArgument(
        decision == Decision.TRASH || decision == Decision.SPAM,
        "decision of disallowed keywords must be TRASH or SPAM but was %s",
        decision);
    return new KeywordRule(decision, Reasons.DISALLOWED_KEYWORD, keywords);
  }

  /** Returns the keywords, trimmed, without blanks and repeats, in the order given. */
  public List<String> keywords() {
    return keywords;
  }

  /** Returns what a match decides. */
  public Decision decision() {
    return decision;
  }

  @Override
  public Verdict evaluate(Submission s) {
    if (folded.isEmpty()) {
      return Verdict.APPROVED;
    }
    Author author = s.author();
    ClientInfo client = s.client();
    String[][] fields = {
      {"comment", s.body().text()},
      {"comment", s.visibleText()},
      {"name", author.displayName()},
      {"email address", author.email()},
      {"website", author.website()},
      {"IP address", client.ip()},
      {"user agent", client.userAgent()},
    };
    for (String[] field : fields) {
      String keyword = find(field[1]);
      if (keyword != null) {
        return Verdict.of(
            decision, reason, "The " + field[0] + " contains the keyword \u201c" + keyword + "\u201d.");
      }
    }
    return Verdict.APPROVED;
  }

  private @Nullable String find(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String text = Folding.fold(value);
    for (int i = 0; i < folded.size(); i++) {
      if (text.contains(folded.get(i))) {
        return keywords.get(i);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "KeywordRule[" + decision + ", " + keywords.size() + " keywords]";
  }
}
