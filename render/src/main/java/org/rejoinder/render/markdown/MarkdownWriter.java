package org.rejoinder.render.markdown;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.rejoinder.render.internal.MarkdownEscaping;

/**
 * Writes Markdown to an {@link Appendable} as it goes, line by line, inside as many levels of
 * block quote as are open: every line written while a quote is open starts with {@code > } (one
 * per level), so a part renderer writes the same Markdown at any depth. Part renderers get one
 * from their {@link MarkdownContext}.
 *
 * <p>An {@link IOException} from the output is rethrown as an {@link UncheckedIOException}. Not
 * thread-safe: one writer serves one render call.
 *
 * @since 0.1.0
 */
public final class MarkdownWriter {
  private final Appendable out;
  private int quoteDepth;
  private boolean atLineStart = true;
  private boolean afterBlankLine = true;
  private boolean wroteAnything;

  /** Creates a writer to {@code out}. */
  public MarkdownWriter(Appendable out) {
    this.out = requireNonNull(out, "out must not be null");
  }

  /** Returns {@code text} with every character that Markdown would read as markup escaped. */
  public String escape(String text) {
    return MarkdownEscaping.escape(text);
  }

  /**
   * Appends Markdown to the current line (starting it with the quote markers if needed). It must
   * not contain line breaks; use {@link #block} for several lines.
   *
   * @throws IllegalArgumentException if {@code markdown} contains a line break
   */
  public MarkdownWriter write(String markdown) {
    if (markdown.indexOf('\n') >= 0 || markdown.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("write() takes one line; use block()");
    }
    if (markdown.isEmpty()) {
      return this;
    }
    if (atLineStart) {
      append(prefix(false));
      atLineStart = false;
    }
    append(markdown);
    afterBlankLine = false;
    wroteAnything = true;
    return this;
  }

  /** Ends the current line, if one was started. */
  public MarkdownWriter endLine() {
    if (!atLineStart) {
      append("\n");
      atLineStart = true;
    }
    return this;
  }

  /** Writes a whole line. */
  public MarkdownWriter line(String markdown) {
    return write(markdown).endLine();
  }

  /**
   * Ends the current line and writes one blank line, to separate blocks; nothing at the start of
   * the output or right after another blank line.
   */
  public MarkdownWriter blankLine() {
    endLine();
    if (wroteAnything && !afterBlankLine) {
      append(prefix(true)).append("\n");
      afterBlankLine = true;
    }
    return this;
  }

  /**
   * Writes a block of Markdown, one or more lines, after a blank line. Trailing white space is
   * dropped from each line, so a hard line break must be written as a backslash.
   */
  public MarkdownWriter block(String markdown) {
    blankLine();
    for (String line : markdown.strip().split("\r?\n", -1)) {
      if (line.isBlank()) {
        blankLine();
      } else {
        line(line.stripTrailing());
      }
    }
    return this;
  }

  /** Opens a block quote level: what follows is quoted until {@link #endQuote()}. */
  public MarkdownWriter beginQuote() {
    blankLine();
    quoteDepth++;
    return this;
  }

  /**
   * Closes a block quote level.
   *
   * @throws IllegalStateException if none is open
   */
  public MarkdownWriter endQuote() {
    if (quoteDepth == 0) {
      throw new IllegalStateException("No quote is open");
    }
    endLine();
    quoteDepth--;
    afterBlankLine = false;
    return this;
  }

  private String prefix(boolean blank) {
    if (quoteDepth == 0) {
      return "";
    }
    String markers = "> ".repeat(quoteDepth);
    return blank ? markers.stripTrailing() : markers;
  }

  private MarkdownWriter append(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
