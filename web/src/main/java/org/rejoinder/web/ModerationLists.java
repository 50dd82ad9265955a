package org.rejoinder.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rejoinder.ModerationView;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanRule;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.KeywordRule;
import org.rejoinder.moderation.ModerationRule;

/**
 * What the JSON API and the moderation page share about the policy's bans and keyword lists:
 * reading a ban from fields, naming kinds, and changing a list, with {@code 409} when the policy
 * keeps no list to change.
 */
final class ModerationLists {
  private final Rejoinder rejoinder;

  ModerationLists(Rejoinder rejoinder) {
    this.rejoinder = rejoinder;
  }

  /**
   * Returns the ban that {@code field} describes ({@code kind}, {@code value}).
   *
   * @throws InvalidInputException naming the field that is missing or malformed
   */
  static Ban ban(Function<String, String> field, Decision decision, @Nullable Instant expiresAt) {
    String kind = field.apply("kind");
    Ban.Kind chosen = switch (kind) {
      case "author" -> Ban.Kind.AUTHOR;
      case "email" -> Ban.Kind.EMAIL;
      case "ip" -> Ban.Kind.IP;
      case "" -> throw new InvalidInputException("kind", InvalidInputException.Problem.REQUIRED,
          "kind is required: author, email or ip");
      default -> throw new InvalidInputException("kind", InvalidInputException.Problem.MALFORMED,
          "kind must be author, email or ip but was " + shortened(kind));
    };
    String value = field.apply("value");
    if (value.isBlank()) {
      throw new InvalidInputException("value", InvalidInputException.Problem.REQUIRED, "value is required");
    }
    try {
      return new Ban(chosen, value, decision, expiresAt);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("value", InvalidInputException.Problem.MALFORMED,
          "value is not a valid " + kind + (chosen == Ban.Kind.IP ? " address or range" : ""));
    }
  }

  /** Returns the decision named {@code spam} (also when empty) or {@code reject}. */
  static Decision decision(String name) {
    return switch (name.isEmpty() ? "spam" : name) {
      case "spam" -> Decision.SPAM;
      case "reject" -> Decision.REJECT;
      default -> throw new InvalidInputException("decision", InvalidInputException.Problem.MALFORMED,
          "decision must be spam or reject but was " + shortened(name));
    };
  }

  /** Returns the keyword list named {@code moderation} or {@code disallowed}; else no such route. */
  static KeywordList.Kind kind(String name) {
    return switch (name) {
      case "moderation" -> KeywordList.Kind.MODERATION;
      case "disallowed" -> KeywordList.Kind.DISALLOWED;
      default -> throw new WebException(WebException.Reason.NO_ROUTE,
          "No such keyword list: " + shortened(name) + " (moderation or disallowed)");
    };
  }

  /** Returns a kind's name in URLs and JSON: {@code moderation} or {@code disallowed}. */
  static String name(KeywordList.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** Returns an enum constant's name as the API and the page show it: {@code email}, {@code spam}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Adds or replaces a ban; {@code 409 no-ban-list} if the policy keeps none. */
  void ban(ModerationView view, Ban ban) {
    try {
      view.ban(ban);
    } catch (IllegalStateException e) {
      if (hasBanList()) {
        throw e;
      }
      throw noBanList();
    }
  }

  /** Lifts a ban, returning whether there was one; {@code 409 no-ban-list} if the policy keeps none. */
  boolean lift(ModerationView view, Ban ban) {
    boolean lifted = view.liftBan(ban);
    if (!lifted && !hasBanList()) {
      throw noBanList();
    }
    return lifted;
  }

  /** Replaces a keyword list; {@code 409 no-keyword-list} if the policy's list of that kind is fixed. */
  void replaceKeywords(ModerationView view, KeywordList.Kind kind, List<String> keywords) {
    try {
      view.replaceKeywords(kind, keywords);
    } catch (IllegalStateException e) {
      if (hasKeywordList(kind)) {
        throw e;
      }
      throw new WebException(WebException.Reason.NO_KEYWORD_LIST,
          "The " + name(kind) + " keywords are fixed by the application and cannot be changed here.");
    }
  }

  /** Returns whether the policy has a ban rule, whose list can be changed. */
  boolean hasBanList() {
    for (ModerationRule rule : rejoinder.policy().rules()) {
      if (rule instanceof BanRule) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the policy's keywords of {@code kind} are a list that can be replaced. */
  boolean hasKeywordList(KeywordList.Kind kind) {
    for (ModerationRule rule : rejoinder.policy().rules()) {
      if (rule instanceof KeywordRule keywords && keywords.kind() == kind && keywords.list().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static WebException noBanList() {
    return new WebException(WebException.Reason.NO_BAN_LIST,
        "The moderation policy keeps no ban list, so bans cannot be changed here.");
  }

  static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
