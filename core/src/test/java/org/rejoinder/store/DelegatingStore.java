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

  @Override
  public void insertComment(
      Comment comment,
      AuditEntry created,
      java.util.Collection<org.rejoinder.subscription.Subscription> subscriptions,
      java.util.Collection<org.rejoinder.subscription.Notification> notifications) {
    delegate.insertComment(comment, created, subscriptions, notifications);
  }

  @Override
  public void updateComment(
      Comment next,
      @Nullable AuditEntry entry,
      java.util.Collection<org.rejoinder.subscription.Notification> notifications) {
    delegate.updateComment(next, entry, notifications);
  }

  @Override
  public void insertSubscription(
      org.rejoinder.subscription.Subscription subscription,
      java.util.Collection<org.rejoinder.subscription.Notification> notifications) {
    delegate.insertSubscription(subscription, notifications);
  }

  @Override
  public Optional<org.rejoinder.subscription.Subscription> findSubscription(
      org.rejoinder.subscription.SubscriptionId id) {
    return delegate.findSubscription(id);
  }

  @Override
  public List<org.rejoinder.subscription.Subscription> activeSubscriptions(
      PostId post, @Nullable CommentId parent) {
    return delegate.activeSubscriptions(post, parent);
  }

  @Override
  public Optional<org.rejoinder.subscription.Subscription> activateSubscription(
      org.rejoinder.subscription.SubscriptionId id) {
    return delegate.activateSubscription(id);
  }

  @Override
  public boolean deleteSubscription(org.rejoinder.subscription.SubscriptionId id) {
    return delegate.deleteSubscription(id);
  }

  @Override
  public List<org.rejoinder.subscription.Notification> dueNotifications(
      java.time.Instant now, int limit) {
    return delegate.dueNotifications(now, limit);
  }

  @Override
  public boolean markSent(String key, java.time.Instant at) {
    return delegate.markSent(key, at);
  }

  @Override
  public int markSent(java.util.Collection<String> keys, java.time.Instant at) {
    return delegate.markSent(keys, at);
  }

  @Override
  public List<org.rejoinder.subscription.Notification> digestNotifications(
      org.rejoinder.subscription.SubscriptionId subscription, java.time.Instant dueAt, int limit) {
    return delegate.digestNotifications(subscription, dueAt, limit);
  }

  @Override
  public java.util.Optional<org.rejoinder.subscription.Subscription> changeDelivery(
      org.rejoinder.subscription.SubscriptionId id,
      org.rejoinder.subscription.Subscription.Delivery delivery) {
    return delegate.changeDelivery(id, delivery);
  }

  @Override
  public boolean markFailed(
      String key, int attempts, java.time.@Nullable Instant retryAt, String error) {
    return delegate.markFailed(key, attempts, retryAt, error);
  }

  @Override
  public Optional<OutboxEntry> outboxEntry(String key) {
    return delegate.outboxEntry(key);
  }

  @Override
  public List<Report> reportsBy(String reporterKey) {
    return delegate.reportsBy(reporterKey);
  }

  @Override
  public List<org.rejoinder.subscription.Subscription> subscriptionsOf(String email) {
    return delegate.subscriptionsOf(email);
  }

  @Override
  public List<org.rejoinder.model.Vote> votesByVoter(String voterKey) {
    return delegate.votesByVoter(voterKey);
  }

  @Override
  public Erased erasePersonalData(
      String email, org.rejoinder.model.Author replacement, int limit, ErasureRecord erasure) {
    return delegate.erasePersonalData(email, replacement, limit, erasure);
  }

  @Override
  public List<ErasureRecord> erasures(int offset, int limit) {
    return delegate.erasures(offset, limit);
  }
}
