package org.rejoinder.moderation;

import java.util.Locale;

/** Case folding for case-insensitive matching, independent of the default locale. */
final class Folding {
  private Folding() {}

  /**
   * Returns {@code text} case-folded: upper-cased then lower-cased in {@link Locale#ROOT}, so that
   * "STRASSE" and "Straße", "ΣΟΦΟΣ" and "σοφος", "CASINO" and "casino" fold alike, whatever the
   * default locale (under a Turkish one, plain lower-casing turns "I" into a dotless "ı").
   */
  static String fold(String text) {
    return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }
}
