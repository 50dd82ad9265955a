package org.rejoinder.moderation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
 * <p>A rule made from a collection keeps those keywords. One made from a {@link KeywordList}
 * uses whatever the list holds at the time, so the keywords can change while comments arrive,
 * and a list kept in a store is shared by every application node using that store.
 *
 * @since 0.1.0
 */
public final class KeywordRule implements ModerationRule {
  private final Decision decision;
  private final String reason;
  private final KeywordList.@Nullable Snapshot fixed;
  private final @Nullable KeywordList list;

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
    this.fixed = KeywordList.Snapshot.of(List.copyOf(kept));
    this.list = null;
  }

  private KeywordRule(Decision decision, String reason, KeywordList list) {
    this.decision = decision;
    this.reason = reason;
    this.fixed = null;
    this.list = requireNonNull(list, "list must not be null");
  }

  /** Returns a rule that holds comments containing one of {@code keywords}. */
  public static KeywordRule moderation(Collection<String> keywords) {
    return new KeywordRule(Decision.HOLD, Reasons.MODERATION_KEYWORD, keywords);
  }

  /**
   * Returns a rule that holds comments containing one of the keywords {@code list} holds at the
   * time, such as a list kept in a store ({@link KeywordList#fromStore}).
   *
   * @since 0.2.0
   */
  public static KeywordRule moderation(KeywordList list) {
    return new KeywordRule(Decision.HOLD, Reasons.MODERATION_KEYWORD, list);
  }

  /**
   * Returns a rule that trashes or marks as spam comments containing one of {@code keywords}.
   *
   * @param decision {@link Decision#TRASH} (WordPress's default) or {@link Decision#SPAM}
   * @throws IllegalArgumentException if {@code decision} is neither
   */
  public static KeywordRule disallowed(Collection<String> keywords, Decision decision) {
    return new KeywordRule(checkedDisallowed(decision), Reasons.DISALLOWED_KEYWORD, keywords);
  }

  /**
   * Returns a rule that trashes or marks as spam comments containing one of the keywords {@code
   * list} holds at the time, such as a list kept in a store ({@link KeywordList#fromStore}).
   *
   * @param decision {@link Decision#TRASH} (WordPress's default) or {@link Decision#SPAM}
   * @throws IllegalArgumentException if {@code decision} is neither
   * @since 0.2.0
   */
  public static KeywordRule disallowed(KeywordList list, Decision decision) {
    return new KeywordRule(checkedDisallowed(decision), Reasons.DISALLOWED_KEYWORD, list);
  }

  private static Decision checkedDisallowed(Decision decision) {
    requireNonNull(decision, "decision must not be null");
    checkArgument(
        decision == Decision.TRASH || decision == Decision.SPAM,
        "decision of disallowed keywords must be TRASH or SPAM but was %s",
        decision);
    return decision;
  }

  /**
   * Returns the keywords in force, trimmed, without blanks and repeats, in the order given; for
   * a rule over a {@link KeywordList}, the list's at the time.
   */
  public List<String> keywords() {
    return snapshot().keywords();
  }

  private KeywordList.Snapshot snapshot() {
    return fixed != null ? fixed : requireNonNull(list).current();
  }

  /**
   * Returns the list this rule reads, if it was made from a {@link KeywordList}; empty if it
   * keeps the keywords it was made with.
   *
   * @since 0.2.0
   */
  public Optional<KeywordList> list() {
    return Optional.ofNullable(list);
  }

  /**
   * Returns which list this rule applies: {@link KeywordList.Kind#MODERATION} for {@link
   * #moderation} rules, {@link KeywordList.Kind#DISALLOWED} for {@link #disallowed} ones.
   *
   * @since 0.2.0
   */
  public KeywordList.Kind kind() {
    return reason.equals(Reasons.MODERATION_KEYWORD) ? KeywordList.Kind.MODERATION : KeywordList.Kind.DISALLOWED;
  }

  /** Returns what a match decides. */
  public Decision decision() {
    return decision;
  }

  @Override
  public Verdict evaluate(Submission s) {
    KeywordList.Snapshot keywords = snapshot();
    if (keywords.folded().isEmpty()) {
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
      String keyword = find(keywords, field[1]);
      if (keyword != null) {
        return Verdict.of(
            decision, reason, "The " + field[0] + " contains the keyword \u201c" + keyword + "\u201d.");
      }
    }
    return Verdict.APPROVED;
  }

  private static @Nullable String find(KeywordList.Snapshot keywords, @Nullable String value) {
    if (value == null) {
      return null;
    }
    String text = Folding.fold(value);
    List<String> folded = keywords.folded();
    for (int i = 0; i < folded.size(); i++) {
      if (text.contains(folded.get(i))) {
        return keywords.keywords().get(i);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "KeywordRule[" + decision + ", " + (list != null ? list : snapshot().keywords().size() + " keywords") + "]";
  }
}
