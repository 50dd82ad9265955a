package org.rejoinder.moderation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;

/**
 * Builds a {@link ModerationPolicy} from the built-in rules, starting from WordPress's defaults
 * (see {@link ModerationPolicy#standard()}), plus rules of your own. Get one from {@link
 * ModerationPolicy#builder()}. A setting given twice replaces the earlier value; {@link
 * #rule(ModerationRule)} and {@link #externalChecker} add, in order.
 *
 * <p>The built policy runs its rules in this order: {@link RequiredFieldsRule}, {@link
 * EmptyBodyRule} (always), {@link LengthLimitRule}, {@link BanRule}, {@link DuplicateRule}, {@link FloodRule}, {@link
 * LinkLimitRule}, moderation then disallowed {@link KeywordRule keywords}, {@link
 * FirstCommentRule}, your own rules in the order added, and last the {@link ExternalCheckRule
 * external checkers}, so that a comment already rejected is not sent to them.
 *
 * @since 0.1.0
 */
public final class PolicyBuilder {
  private boolean requireNameAndEmail = true;
  private LengthLimitRule lengthLimits = LengthLimitRule.DEFAULT;
  private boolean rejectDuplicates = true;
  private @Nullable FloodRule flood = FloodRule.DEFAULT;
  private @Nullable LinkLimitRule links = LinkLimitRule.DEFAULT;
  private List<String> moderationKeywords = List.of();
  private List<String> disallowedKeywords = List.of();
  private Decision disallowedDecision = Decision.TRASH;
  private boolean holdFirstComments;
  private @Nullable BanList bans;
  private @Nullable KeywordList moderationList;
  private @Nullable KeywordList disallowedList;
  private final List<ModerationRule> custom = new ArrayList<>();
  private final List<ExternalCheckRule> checkers = new ArrayList<>();

  PolicyBuilder() {}

  /** Sets whether guests must give an email address ({@link RequiredFieldsRule}). Default: yes. */
  public PolicyBuilder requireNameAndEmail(boolean required) {
    this.requireNameAndEmail = required;
    return this;
  }

  /** Sets the field length limits. Default: {@link LengthLimitRule#DEFAULT}, WordPress's. */
  public PolicyBuilder lengthLimits(LengthLimitRule limits) {
    this.lengthLimits = requireNonNull(limits, "limits must not be null");
    return this;
  }

  /** Sets whether duplicate comments are rejected ({@link DuplicateRule}). Default: yes. */
  public PolicyBuilder rejectDuplicates(boolean reject) {
    this.rejectDuplicates = reject;
    return this;
  }

  /**
   * Sets the shortest time between two comments of one person ({@link FloodRule}); {@link
   * Duration#ZERO} turns flood control off. Default: 15 seconds.
   *
   * @throws IllegalArgumentException if the interval is negative or between zero and a millisecond
   */
  public PolicyBuilder floodInterval(Duration interval) {
    requireNonNull(interval, "interval must not be null");
    checkArgument(!interval.isNegative(), "interval must not be negative but was %s", interval);
    this.flood = interval.isZero() ? null : new FloodRule(interval);
    return this;
  }

  /**
   * Sets the number of links that holds a comment ({@link LinkLimitRule}); 0 turns the check off,
   * as in WordPress. Default: 2.
   *
   * @throws IllegalArgumentException if {@code maxLinks} is negative
   */
  public PolicyBuilder maxLinks(int maxLinks) {
    Checks.argumentRange("maxLinks", maxLinks, 0, Integer.MAX_VALUE);
    this.links = maxLinks == 0 ? null : new LinkLimitRule(maxLinks);
    return this;
  }

  /** Sets the keywords that hold a comment ({@link KeywordRule#moderation}). Default: none. */
  public PolicyBuilder moderationKeywords(Collection<String> keywords) {
    this.moderationKeywords = List.copyOf(keywords);
    this.moderationList = null;
    return this;
  }

  /**
   * Sets a list of keywords that hold a comment, which may change later, such as one kept in a
   * store ({@link KeywordList#fromStore}). It replaces keywords set before. Default: none.
   *
   * @since 0.2.0
   */
  public PolicyBuilder moderationKeywords(KeywordList list) {
    this.moderationList = requireNonNull(list, "list must not be null");
    this.moderationKeywords = List.of();
    return this;
  }

  /** Sets the keywords that hold a comment. Default: none. */
  public PolicyBuilder moderationKeywords(String... keywords) {
    return moderationKeywords(List.of(keywords));
  }

  /**
   * Sets the keywords that trash a comment, or mark it as spam ({@link KeywordRule#disallowed}).
   * Default: none.
   */
  public PolicyBuilder disallowedKeywords(Collection<String> keywords) {
    this.disallowedKeywords = List.copyOf(keywords);
    this.disallowedList = null;
    return this;
  }

  /**
   * Sets a list of keywords that trash a comment, or mark it as spam, which may change later,
   * such as one kept in a store ({@link KeywordList#fromStore}). It replaces keywords set before.
   * Default: none.
   *
   * @since 0.2.0
   */
  public PolicyBuilder disallowedKeywords(KeywordList list) {
    this.disallowedList = requireNonNull(list, "list must not be null");
    this.disallowedKeywords = List.of();
    return this;
  }

  /** Sets the keywords that trash a comment, or mark it as spam. Default: none. */
  public PolicyBuilder disallowedKeywords(String... keywords) {
    return disallowedKeywords(List.of(keywords));
  }

  /**
   * Sets what a disallowed keyword does: {@link Decision#TRASH} or {@link Decision#SPAM}. Default:
   * {@link Decision#TRASH}, as WordPress.
   *
   * @throws IllegalArgumentException if {@code decision} is neither
   */
  public PolicyBuilder disallowedDecision(Decision decision) {
    requireNonNull(decision, "decision must not be null");
    KeywordRule.disallowed(List.of(), decision); // validates
    this.disallowedDecision = decision;
    return this;
  }

  /**
   * Sets whether the first comment of an author without an approved comment is held ({@link
   * FirstCommentRule}). Default: no. WordPress's default is yes.
   */
  public PolicyBuilder holdFirstComments(boolean hold) {
    this.holdFirstComments = hold;
    return this;
  }

  /** Sets the bans to enforce ({@link BanRule}); the list may change later. Default: none. */
  public PolicyBuilder bans(BanList list) {
    this.bans = requireNonNull(list, "list must not be null");
    return this;
  }

  /** Adds a rule of your own, run after the built-in rules and before external checkers. */
  public PolicyBuilder rule(ModerationRule rule) {
    custom.add(requireNonNull(rule, "rule must not be null"));
    return this;
  }

  /**
   * Adds an external checker, run last ({@link ExternalCheckRule}). Default: none.
   *
   * @param checker the checker
   * @param timeout how long to wait for it ({@link ExternalCheckRule#DEFAULT_TIMEOUT} is 2 s)
   * @param onFailure what to do when it fails or times out
   */
  public PolicyBuilder externalChecker(
      SpamChecker checker, Duration timeout, ExternalCheckRule.OnFailure onFailure) {
    checkers.add(ExternalCheckRule.of(checker, timeout, onFailure));
    return this;
  }

  /** Returns the policy. The builder can be used again. */
  public ModerationPolicy build() {
    List<ModerationRule> rules = new ArrayList<>();
    if (requireNameAndEmail) {
      rules.add(RequiredFieldsRule.guestNameAndEmail());
    }
    rules.add(EmptyBodyRule.rejectEmpty());
    rules.add(lengthLimits);
    if (bans != null) {
      rules.add(new BanRule(bans));
    }
    if (rejectDuplicates) {
      rules.add(DuplicateRule.sameAuthorSameText());
    }
    if (flood != null) {
      rules.add(flood);
    }
    if (links != null) {
      rules.add(links);
    }
    if (moderationList != null) {
      rules.add(KeywordRule.moderation(moderationList));
    } else if (!moderationKeywords.isEmpty()) {
      rules.add(KeywordRule.moderation(moderationKeywords));
    }
    if (disallowedList != null) {
      rules.add(KeywordRule.disallowed(disallowedList, disallowedDecision));
    } else if (!disallowedKeywords.isEmpty()) {
      rules.add(KeywordRule.disallowed(disallowedKeywords, disallowedDecision));
    }
    if (holdFirstComments) {
      rules.add(FirstCommentRule.holdUntilApproved());
    }
    rules.addAll(custom);
    rules.addAll(checkers);
    return ModerationPolicy.of(rules);
  }
}
