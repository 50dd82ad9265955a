package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import org.rejoinder.model.SourceId;

/**
 * Something an import did not take as it was, with where it was and what was done about it: a
 * value cleaned, a comment rejected, a reply moved to the top level, a post skipped.
 *
 * @param source the post or comment, by its id in the file
 * @param field the value concerned, such as {@code "author.email"} or {@code "parent"}
 * @param problem what was wrong, for people
 * @param action what the import did
 * @since 0.2.0
 */
public record ImportIssue(SourceId source, String field, String problem, Action action) {

  /** What an import did about a problem. */
  public enum Action {
    /** The comment was imported with the value cleaned (cut, dropped or replaced). */
    CLEANED,
    /** The comment was imported at the top level: its parent is not in the file. */
    MOVED_TO_TOP_LEVEL,
    /** The comment was not imported. */
    REJECTED,
    /** The post was not imported, nor its comments. */
    SKIPPED
  }

  /** Creates an issue. */
  public ImportIssue {
    requireNonNull(source, "source must not be null");
    requireNonNull(field, "field must not be null");
    requireNonNull(problem, "problem must not be null");
    requireNonNull(action, "action must not be null");
  }

  /** Shows the issue on one line: {@code wordpress:12 author.email: not an address (CLEANED)}. */
  @Override
  public String toString() {
    return source + " " + field + ": " + problem + " (" + action + ")";
  }
}
