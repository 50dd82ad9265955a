package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.rejoinder.model.Comment;

/**
 * Queries asked of a store at once: some counted, some found, so that a store can answer them
 * together ({@link DiscussionStore#answer}) instead of one by one. Moderation rules declare the
 * queries they will ask of a comment's history this way (see {@code
 * ModerationRule#historyQueries}), and {@code Rejoinder} reads them all before the policy runs.
 * Immutable; a query given twice is asked once.
 *
 * @param counts the queries whose matching comments are counted, as {@link
 *     DiscussionStore#count} does
 * @param finds the queries whose matching comments are read, as {@link DiscussionStore#find} does
 * @since 0.2.0
 */
public record CommentQueries(List<CommentQuery> counts, List<CommentQuery> finds) {
  /** No queries. */
  public static final CommentQueries NONE = new CommentQueries(List.of(), List.of());

  /** Copies the lists, each query once, in the order given. */
  public CommentQueries {
    counts = List.copyOf(new LinkedHashSet<>(requireNonNull(counts, "counts must not be null")));
    finds = List.copyOf(new LinkedHashSet<>(requireNonNull(finds, "finds must not be null")));
  }

  /** Returns queries that count what each of {@code queries} matches. */
  public static CommentQueries counting(CommentQuery... queries) {
    return new CommentQueries(List.of(queries), List.of());
  }

  /** Returns queries that read what each of {@code queries} matches. */
  public static CommentQueries finding(CommentQuery... queries) {
    return new CommentQueries(List.of(), List.of(queries));
  }

  /** Returns these queries and {@code other}'s, each once. */
  public CommentQueries and(CommentQueries other) {
    requireNonNull(other, "other must not be null");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<CommentQuery> allCounts = new ArrayList<>(counts);
    allCounts.addAll(other.counts);
    List<CommentQuery> allFinds = new ArrayList<>(finds);
    allFinds.addAll(other.finds);
    return new CommentQueries(allCounts, allFinds);
  }

  /** Returns whether there is no query to ask. */
  public boolean isEmpty() {
    return counts.isEmpty() && finds.isEmpty();
  }

  /**
   * What a store answered: one count per query of {@link #counts()} and one list per query of
   * {@link #finds()}, in the same order.
   *
   * @param counts how many comments each counted query matched
   * @param found the comments each found query matched, in the query's order
   * @since 0.2.0
   */
  public record Answers(List<Long> counts, List<List<Comment>> found) {
    /** Copies the lists. */
    public Answers {
      counts = List.copyOf(requireNonNull(counts, "counts must not be null"));
      List<List<Comment>> copies = new ArrayList<>();
      for (List<Comment> comments : requireNonNull(found, "found must not be null")) {
        copies.add(List.copyOf(comments));
      }
      found = List.copyOf(copies);
    }
  }
}
