package org.rejoinder.moderation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rejoinder.internal.Checks;

/**
 * Holds a comment with {@link #maxLinks()} links or more ({@link Reasons#TOO_MANY_LINKS}). A
 * link is an HTML {@code <a href>} element, or a web address written out ({@code http://},
 * {@code https://} or {@code www.}), which is how WordPress counts them once addresses are made
 * clickable; a Markdown link counts once through its address. The author's website is not
 * counted.
 *
 * <p>Default ({@link #DEFAULT}): 2 links, as WordPress's "Hold a comment in the queue if it
 * contains 2 or more links"; change it or turn it off with {@link PolicyBuilder#maxLinks(int)}.
 *
 * @param maxLinks the number of links that holds a comment, at least 1
 * @since 0.1.0
 */
public record LinkLimitRule(int maxLinks) implements ModerationRule {
  /** WordPress's limit: a comment with 2 links or more is held. */
  public static final LinkLimitRule DEFAULT = new LinkLimitRule(2);

  // Bounded and possessive, so that no input makes the scan slower than linear times a constant.
  private static final Pattern ANCHOR_OPEN =
      Pattern.compile("<a\\s[^>]{0,1000}+>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HREF = Pattern.compile("\\bhref\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANCHOR_CLOSE = Pattern.compile("</a\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADDRESS =
      Pattern.compile("\\b(?:https?://|www\\.)", Pattern.CASE_INSENSITIVE);

  /**
   * Creates the rule.
   *
   * @throws IllegalArgumentException if {@code maxLinks} is below 1
   */
  public LinkLimitRule {
    Checks.argumentRange("maxLinks", maxLinks, 1, Integer.MAX_VALUE);
  }

  @Override
  public Verdict evaluate(Submission submission) {
    int links = countLinks(submission.body().text());
    if (links >= maxLinks) {
      return Verdict.of(
          Decision.HOLD,
          Reasons.TOO_MANY_LINKS,
          "Your comment has " + links + " links and is held for moderation.");
    }
    return Verdict.APPROVED;
  }

  /**
   * Returns the number of links in {@code text}: {@code <a href>} elements, plus addresses
   * outside them. Runs in linear time: once no closing tag is left, none is looked for again.
   */
  static int countLinks(String text) {
    int links = 0;
    StringBuilder outside = new StringBuilder(text.length());
    Matcher open = ANCHOR_OPEN.matcher(text);
    Matcher close = ANCHOR_CLOSE.matcher(text);
    boolean closesLeft = true;
    int pos = 0;
    while (pos < text.length() && open.find(pos)) {
      outside.append(text, pos, open.start()).append(' ');
      pos = open.end();
      if (HREF.matcher(text).region(open.start(), open.end()).find()) {
        links++;
        closesLeft = closesLeft && close.find(pos);
        boolean nested = closesLeft && open.find(pos) && open.start() < close.start();
        if (closesLeft && !nested) {
          pos = close.end(); // the element's own text is the same link, not another
        }
      }
    }
    outside.append(text, pos, text.length());
    Matcher addresses = ADDRESS.matcher(outside);
    while (addresses.find()) {
      links++;
    }
    return links;
  }
}
