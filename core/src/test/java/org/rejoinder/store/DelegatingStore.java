package org.rejoinder.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;

/**
 * A store that implements only the abstract methods of {@link CommentStore}, by delegating to an
 * in-memory store, and keeps every default: bulk inserts one by one, pages cut from all comments,
 * the queue read comment by comment, votes imported one by one, pinned comments and names found
 * by reading the post. The contracts run on it to check those defaults.
 */
final class DelegatingStore implements CommentStore {
  private final InMemoryCommentStore delegate = new InMemoryCommentStore();

  @Override
  public CommentId nextCommentId() {
    return delegate.nextCommentId();
  }

  @Override
  public void insertPost(Post post) {
    delegate.insertPost(post);
  }

  @Override
  public Optional<Post> findPost(PostId id) {
    return delegate.findPost(id);
  }

  @Override
  public void updatePost(Post post) {
    delegate.updatePost(post);
  }

  @Override
  public void insertComment(Comment comment, AuditEntry created) {
    delegate.insertComment(comment, created);
  }

  @Override
  public Optional<Comment> findComment(CommentId id) {
    return delegate.findComment(id);
  }

  @Override
  public List<AuditEntry> auditTrail(CommentId id) {
    return delegate.auditTrail(id);
  }

  @Override
  public void updateComment(Comment next, @Nullable AuditEntry entry) {
    delegate.updateComment(next, entry);
  }

  @Override
  public List<Comment> commentsOf(PostId postId) {
    return delegate.commentsOf(postId);
  }

  @Override
  public List<Comment> find(CommentQuery query) {
    return delegate.find(query);
  }

  @Override
  public long count(CommentQuery query) {
    return delegate.count(query);
  }

  @Override
  public List<AuditEntry> auditTrailByActor(String actorKey, int offset, int limit) {
    return delegate.auditTrailByActor(actorKey, offset, limit);
  }

  @Override
  public void editComment(Comment next, Revision revision, @Nullable AuditEntry entry) {
    delegate.editComment(next, revision, entry);
  }

  @Override
  public List<Revision> revisions(CommentId id) {
    return delegate.revisions(id);
  }

  @Override
  public boolean addReport(Report report) {
    return delegate.addReport(report);
  }

  @Override
  public List<Report> reports(CommentId id) {
    return delegate.reports(id);
  }

  @Override
  public PurgeOutcome purgeComment(CommentId id, long expectedVersion, AuditEntry entry) {
    return delegate.purgeComment(id, expectedVersion, entry);
  }

  @Override
  public VoteChange vote(Vote vote) {
    return delegate.vote(vote);
  }

  @Override
  public VoteChange unvote(CommentId commentId, String voterKey) {
    return delegate.unvote(commentId, voterKey);
  }

  @Override
  public List<Vote> votes(CommentId commentId) {
    return delegate.votes(commentId);
  }

  @Override
  public Map<CommentId, VoteDirection> votesBy(String voterKey, PostId postId) {
    return delegate.votesBy(voterKey, postId);
  }

  @Override
  public boolean pinComment(Comment next, AuditEntry entry, int maxPinned) {
    return delegate.pinComment(next, entry, maxPinned);
  }
}
