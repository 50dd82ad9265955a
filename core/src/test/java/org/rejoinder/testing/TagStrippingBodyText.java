package org.rejoinder.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rejoinder.model.Body;
import org.rejoinder.moderation.BodyText;

/**
 * A crude stand-in for the renderer's {@link BodyText}, for core's tests only: drops script and
 * style elements with their content and every other tag, and decodes decimal character
 * references. Counts its calls.
 */
public final class TagStrippingBodyText implements BodyText {
  private static final Pattern HIDDEN_ELEMENT =
      Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern REFERENCE = Pattern.compile("&#(\\d{1,7});");

  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public String visibleText(Body body) {
    calls.incrementAndGet();
    String text = TAG.matcher(HIDDEN_ELEMENT.matcher(body.text()).replaceAll("")).replaceAll("");
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (reference.find()) {
      reference.appendReplacement(
          decoded, Matcher.quoteReplacement(Character.toString(Integer.parseInt(reference.group(1)))));
    }
    reference.appendTail(decoded);
    return decoded.toString().strip();
  }

  /** Returns how many bodies it was asked about. */
  public int calls() {
    return calls.get();
  }
}
