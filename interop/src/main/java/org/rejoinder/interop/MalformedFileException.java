package org.rejoinder.interop;

import org.jspecify.annotations.Nullable;
import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.RejoinderException;

/**
 * Thrown when a file to import or restore cannot be read as what it claims to be: XML that is not
 * well formed, a document type declaration (refused, with every external entity), elements
 * nested deeper than the limit, a backup line that is not a known record. {@link #line()} and
 * {@link #column()} say where, when known. Nothing of the file was stored: an import is one
 * transaction unless it was told to commit in batches, and a restore reads the whole file before
 * it writes.
 *
 * @since 0.2.0
 */
public final class MalformedFileException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param file the file's name, for the message
   * @param line the line of the problem, 1 for the first, or -1 if unknown
   * @param column the column of the problem, 1 for the first, or -1 if unknown
   * @param problem what is wrong, for people
   * @param cause the parser's exception, or {@code null}
   */
  public MalformedFileException(
      String file, int line, int column, String problem, @Nullable Throwable cause) {
    super(ErrorCode.INVALID_INPUT, message(file, line, column, problem), cause);
    this.line = line;
    this.column = column;
  }

  private static String message(String file, int line, int column, String problem) {
    String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
    return where + ": " + problem;
  }

  /** Returns the line of the problem, 1 for the first, or -1 if unknown. */
  public int line() {
    return line;
  }

  /** Returns the column of the problem, 1 for the first, or -1 if unknown. */
  public int column() {
    return column;
  }
}
