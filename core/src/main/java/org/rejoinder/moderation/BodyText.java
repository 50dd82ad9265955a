package org.rejoinder.moderation;

import org.rejoinder.model.Body;

/**
 * Says what readers will see of a body once it is rendered: its text without markup, with
 * character references decoded and everything the renderer's sanitizer removes left out. The
 * moderation rules judge that text as well as the text as typed, so that a body made only of
 * markup that is removed counts as empty, and a keyword split by markup ({@code bad<b></b>word})
 * or hidden behind a character reference ({@code b&#97;dword}) is still found.
 *
 * <p>The render module provides the implementation that matches its renderers; Rejoinder finds
 * it on the class or module path, and an application may set its own.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface BodyText {

  /**
   * Returns the text a reader sees of {@code body}: no markup, character references decoded,
   * white space as rendered (runs may be collapsed); empty if nothing visible is left.
   */
  String visibleText(Body body);

  /** Returns the body's text as typed: what Rejoinder uses when no renderer is present. */
  static BodyText asTyped() {
    return Body::text;
  }
}
