package org.rejoinder.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;

/**
 * Everything a store keeps about one comment: the comment itself, where it sits in its thread,
 * and its whole history. What {@link MigrationStore#archive} reads and {@link
 * MigrationStore#restore} writes back, so that a backup loses nothing.
 *
 * @param comment the comment, at its current version
 * @param depth 1 for a top-level comment, one more than its parent's for a reply
 * @param trail its audit entries, oldest first, from its creation on
 * @param revisions the revisions its edits left, oldest first
 * @param reports readers' reports of it, oldest first
 * @param votes readers' votes on it, one per reader, oldest first; its counts ({@link
 *     Comment#votes()}) are the store's, counted again from these when restored
 * @since 0.2.0
 */
public record ArchivedComment(
    Comment comment,
    int depth,
    List<AuditEntry> trail,
    List<Revision> revisions,
    List<Report> reports,
    List<Vote> votes) {

  /**
   * Creates an archived comment.
   *
   * @throws IllegalArgumentException if the depth does not fit the comment (1 exactly for a
   *     top-level comment), the trail is empty or longer than the comment has versions, the
   *     revisions are more than its versions, an entry, revision, report or vote names another
   *     comment, or a reader votes twice
   */
  public ArchivedComment {
    requireNonNull(comment, "comment must not be null");
    trail = List.copyOf(trail);
    revisions = List.copyOf(revisions);
    reports = List.copyOf(reports);
    votes = List.copyOf(votes);
    checkArgument(comment.isReply() ? depth > 1 : depth == 1,
        "depth must be 1 for a top-level comment and above 1 for a reply, but was %s for %s",
        depth, comment.id());
    checkArgument(!trail.isEmpty() && trail.size() <= comment.version(),
        "trail must hold 1 to %s entries (the comment's version), but held %s for %s",
        comment.version(), trail.size(), comment.id());
    checkArgument(revisions.size() < comment.version(),
        "revisions must be fewer than the comment's version %s, but were %s for %s",
        comment.version(), revisions.size(), comment.id());
    for (AuditEntry entry : trail) {
      checkArgument(entry.commentId().equals(comment.id()),
          "trail of %s holds an entry of %s", comment.id(), entry.commentId());
    }
    for (Revision revision : revisions) {
      checkArgument(revision.commentId().equals(comment.id()),
          "revisions of %s hold one of %s", comment.id(), revision.commentId());
    }
    for (Report report : reports) {
      checkArgument(report.commentId().equals(comment.id()),
          "reports of %s hold one of %s", comment.id(), report.commentId());
    }
    Set<String> voters = new HashSet<>();
    for (Vote vote : votes) {
      checkArgument(vote.commentId().equals(comment.id()),
          "votes of %s hold one of %s", comment.id(), vote.commentId());
      checkArgument(voters.add(vote.voterKey()),
          "votes of %s hold two by one reader", comment.id());
    }
  }

  /**
   * Creates an archived comment without votes.
   *
   * @throws IllegalArgumentException as the canonical constructor does
   */
  public ArchivedComment(
      Comment comment, int depth, List<AuditEntry> trail, List<Revision> revisions, List<Report> reports) {
    this(comment, depth, trail, revisions, reports, List.of());
  }
}
