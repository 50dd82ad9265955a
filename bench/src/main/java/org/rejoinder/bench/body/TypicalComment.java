package org.rejoinder.bench.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A typical comment of about 800 bytes of Markdown: a quote, emphasis, a list, a Markdown link,
 * a bare address and strikethrough.
 */
final class TypicalComment {
  /** The comment's Markdown. */
  static final String MARKDOWN = load();

  private TypicalComment() {}

  private static String load() {
    try (InputStream in = TypicalComment.class.getResourceAsStream("typical-comment.md")) {
      if (in == null) {
        throw new IllegalStateException("typical-comment.md is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
