package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: what it read, imported, found already present, cleaned, rejected and
 * skipped, and the issues found, by source id. Counts are complete; {@link #issues()} lists the
 * first ones, up to the importer's limit, and {@link #unlistedIssues()} says how many more there
 * were (an {@link ImportListener} hears every one).
 *
 * <p>Of the comments read, each is counted once as imported, already present, rejected or skipped
 * (with its post): {@code commentsRead == commentsImported + commentsPresent + commentsRejected +
 * commentsSkipped}. {@code commentsCleaned} and {@code commentsMovedToTopLevel} count imported
 * comments that had a value cleaned or a missing parent.
 *
 * @param file the file's name
 * @param dryRun whether nothing was stored (counts say what would have been)
 * @param postsRead posts or threads read
 * @param postsImported new posts stored
 * @param postsPresent posts already stored, whose comments were added to
 * @param postsSkipped posts not imported (drafts, attachments, unmatched threads), with their
 *     comments
 * @param commentsRead comments read
 * @param commentsImported comments stored
 * @param commentsPresent comments already stored by an earlier import, by source id
 * @param commentsRejected comments not stored because of a value that could not be cleaned
 * @param commentsSkipped comments not stored because their post was skipped
 * @param commentsCleaned stored comments with a value cleaned
 * @param commentsMovedToTopLevel stored comments whose parent is not in the file
 * @param issues the first issues, in the order found
 * @param unlistedIssues how many issues are not in {@code issues}
 * @param droppedMeta metadata the model has no place for (WordPress's {@code wp:commentmeta}
 *     written by plugins, such as {@code akismet_result}), by key, with how many comments carried
 *     it; keys sorted. A file with more than {@value #MAX_DROPPED_META_KEYS} such keys counts the
 *     rest under {@value #OTHER_META}
 * @since 0.2.0
 */
public record ImportReport(
    String file,
    boolean dryRun,
    long postsRead,
    long postsImported,
    long postsPresent,
    long postsSkipped,
    long commentsRead,
    long commentsImported,
    long commentsPresent,
    long commentsRejected,
    long commentsSkipped,
    long commentsCleaned,
    long commentsMovedToTopLevel,
    List<ImportIssue> issues,
    long unlistedIssues,
    Map<String, Long> droppedMeta) {

  /** How many issues a report lists unless the importer says otherwise: {@value}. */
  public static final int DEFAULT_MAX_LISTED_ISSUES = 10_000;

  /** How many keys of dropped metadata a report names one by one: {@value}. */
  public static final int MAX_DROPPED_META_KEYS = 100;

  /** The key under which dropped metadata past {@link #MAX_DROPPED_META_KEYS} keys is counted. */
  public static final String OTHER_META = "(other keys)";

  /** Creates a report. */
  public ImportReport {
    requireNonNull(file, "file must not be null");
    issues = List.copyOf(issues);
    droppedMeta = ImmutableSortedMap.copyOf(droppedMeta);
  }

  /**
   * Returns the report as a few lines for people: the counts, then each listed issue.
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(dryRun ? "Dry run of " : "Imported ").append(file).append('\n');
    out.append(String.format(java.util.Locale.ROOT,
        "posts: %,d read, %,d imported, %,d already present, %,d skipped%n",
        postsRead, postsImported, postsPresent, postsSkipped));
    out.append(String.format(java.util.Locale.ROOT,
        "comments: %,d read, %,d imported, %,d already present, %,d rejected, %,d skipped;"
            + " %,d cleaned, %,d moved to the top level%n",
        commentsRead, commentsImported, commentsPresent, commentsRejected, commentsSkipped,
        commentsCleaned, commentsMovedToTopLevel));
    if (!droppedMeta.isEmpty()) {
      out.append("metadata not imported, having no place in Rejoinder: ").append(droppedMeta.entrySet()
          .stream()
          .map(e -> String.format(java.util.Locale.ROOT, "%s on %,d comment%s", e.getKey(), e.getValue(),
              e.getValue() == 1 ? "" : "s"))
          .collect(java.util.stream.Collectors.joining(", "))).append('\n');
    }
    for (ImportIssue issue : issues) {
      out.append("  ").append(issue).append('\n');
    }
    if (unlistedIssues > 0) {
      out.append(String.format(java.util.Locale.ROOT, "  … and %,d more issues%n", unlistedIssues));
    }
    return out.toString();
  }
}
