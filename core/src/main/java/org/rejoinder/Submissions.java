package org.rejoinder;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException.Reason;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentsClosedException;
import org.rejoinder.model.Guest;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Revision;
import org.rejoinder.moderation.BodyText;
import org.rejoinder.moderation.CommentHistory;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Submission;
import org.rejoinder.moderation.Verdict;
import org.rejoinder.store.CommentQueries;
import org.rejoinder.store.CommentStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.Subscription;

/** New comments and edits: both pass the moderation policy before anything is stored. */
final class Submissions {
  private final CommentStore store;
  private final Clock clock;
  private final Supplier<CommentId> commentIds;
  private final ModerationPolicy policy;
  private final Duration editWindow;
  private final Events events;
  private final BodyText bodyText;
  private final Outbox outbox;
  private final CommentHistory history;
  private final Mentions mentions;
  private final IdentityLocks locks = new IdentityLocks();

  Submissions(
      CommentStore store,
      Clock clock,
      Supplier<CommentId> commentIds,
      ModerationPolicy policy,
      Duration editWindow,
      Events events,
      BodyText bodyText,
      Mentions mentions,
      Outbox outbox) {
    this.outbox = outbox;
    this.store = store;
    this.clock = clock;
    this.commentIds = commentIds;
    this.policy = policy;
    this.editWindow = editWindow;
    this.events = events;
    this.bodyText = bodyText;
    this.history = CommentHistory.of(store);
    this.mentions = mentions;
  }

  Comment submit(
      NewComment comment, Actor actor, Set<Subscription.Scope> subscribe, Subscription.Delivery delivery) {
    List<String> identities = IdentityLocks.keys(comment.author(), comment.client());
    List<Lock> held = locks.lock(identities);
    Comment stored;
    try {
      stored = store.serialized(identities, () -> store(comment, actor, subscribe, delivery));
    } finally {
      IdentityLocks.unlock(held);
    }
    events.posted(stored);
    if (stored.state() == ModerationState.APPROVED) {
      mentions.tell(events, stored, stored.mentions());
    }
    return stored;
  }

  /**
   * Judges and stores a new comment, its identities' turn held: in this process by {@link
   * IdentityLocks}, across processes by the store, from the reads of the post and the history to
   * the insert.
   */
  private Comment store(
      NewComment comment, Actor actor, Set<Subscription.Scope> subscribe, Subscription.Delivery delivery) {
    Instant now = now();
    Post post = post(comment.postId());
    if (!post.acceptsCommentsAt(now)) {
      throw new CommentsClosedException(post.id());
    }
    Comment parent = comment.parentId() == null ? null : parentOf(post, comment.parentId());
    Verdict verdict =
        judge(
            submission(post, comment.author(), comment.body(), actor, now)
                .parent(parent)
                .client(comment.client())
                .build());
    ModerationState state = requireNonNull(verdict.decision().state());
    List<Mention> found = mentions.find(post.id(), comment.author(), comment.body(), now, null);
    Comment stored = Comment.create(commentIds.get(), post.id(), comment.parentId(), comment.author(),
            comment.body(), now, state, comment.client())
        .toBuilder()
        .mentions(found)
        .build();
    AuditEntry created = new AuditEntry(stored.id(), now, Actor.SYSTEM, null, state, verdict.reason());
    List<Subscription> subscriptions = subscriptions(stored, subscribe, delivery, now);
    if (subscriptions.isEmpty() && !outbox.enabled()) {
      store.insertComment(stored, created);
    } else {
      List<Notification> notifications = new ArrayList<>(outbox.of(post, stored, now));
      for (Subscription s : subscriptions) {
        if (!s.isActive()) {
          notifications.add(Outbox.confirmation(s, now));
        }
      }
      store.insertComment(stored, created, subscriptions, notifications);
    }
    return stored;
  }

  /**
   * Returns the subscriptions a new comment asks for: none for spam or trash; active ones for a
   * signed-in author, whose address the application vouches for; pending ones for a guest, to be
   * confirmed by a link.
   */
  private static List<Subscription> subscriptions(
      Comment comment, Set<Subscription.Scope> subscribe, Subscription.Delivery delivery, Instant now) {
    if (subscribe.isEmpty()
        || comment.state() != ModerationState.APPROVED && comment.state() != ModerationState.PENDING) {
      return List.of();
    }
    String email = comment.author().email();
    if (email == null) {
      throw new InvalidInputException(
          "email", InvalidInputException.Problem.REQUIRED, "An email address is needed to subscribe");
    }
    List<Subscription> result = new ArrayList<>();
    for (Subscription.Scope scope : Subscription.Scope.values()) {
      if (subscribe.contains(scope)) {
        Subscription s = (scope == Subscription.Scope.POST
            ? Subscription.toPost(email, comment.postId(), now)
            : Subscription.toReplies(email, comment.postId(), comment.id(), now)).withDelivery(delivery);
        result.add(comment.author() instanceof Guest ? s : s.activated());
      }
    }
    return result;
  }

  private Comment parentOf(Post post, CommentId parentId) {
    Comment parent = store.findComment(parentId).orElseThrow(() -> new NotFoundException("comment", parentId));
    if (!parent.postId().equals(post.id())) {
      throw new InvalidParentException(parent.id(), InvalidParentException.Reason.OTHER_POST);
    }
    if (parent.state() != ModerationState.APPROVED) {
      throw new InvalidParentException(parent.id(), InvalidParentException.Reason.NOT_APPROVED);
    }
    return parent;
  }

  Comment edit(CommentId id, Body body, Actor actor) {
    Comment current = store.findComment(id).orElseThrow(() -> new NotFoundException("comment", id));
    Instant now = now();
    checkMayEdit(current, actor, now);
    if (current.body().equals(body)) {
      return current;
    }
    Post post = post(current.postId());
    Comment parent = current.parentId() == null ? null : store.findComment(current.parentId()).orElse(null);
    Verdict verdict =
        judge(
            submission(post, current.author(), body, actor, now)
                .parent(parent)
                .client(current.client())
                .original(current)
                .build());
    ModerationState state = stronger(current.state(), verdict.decision());
    List<Mention> found =
        mentions.find(post.id(), current.author(), body, current.createdAt(), current.id());
    Comment next = current.withBody(body, now).toBuilder().state(state).mentions(found).build();
    Revision revision = new Revision(id, now, actor, current.body());
    AuditEntry entry =
        state == current.state()
            ? null
            : new AuditEntry(id, now, Actor.SYSTEM, current.state(), state, verdict.reason());
    store.editComment(next, revision, entry);
    events.edited(next, revision);
    if (entry != null) {
      events.stateChanged(next, entry);
    }
    if (next.state() == ModerationState.APPROVED) {
      List<Mention> added = new ArrayList<>(next.mentions());
      added.removeAll(current.mentions());
      mentions.tell(events, next, added);
    }
    return next;
  }

  private void checkMayEdit(Comment comment, Actor actor, Instant now) {
    if (comment.state() == ModerationState.PURGED) {
      throw new PermissionDeniedException(
          Reason.PURGED, "Comment " + comment.id() + " was purged and cannot be edited");
    }
    if (actor.role().canModerate()) {
      return;
    }
    if (!actor.isAuthorOf(comment)) {
      throw new PermissionDeniedException(
          Reason.NOT_AUTHOR, "Only its author or a moderator may edit a comment");
    }
    if (comment.state() != ModerationState.APPROVED && comment.state() != ModerationState.PENDING) {
      throw new PermissionDeniedException(
          Reason.STATE_NOT_EDITABLE,
          "A comment in " + comment.state() + " can only be edited by a moderator");
    }
    if (!now.isBefore(comment.createdAt().plus(editWindow))) {
      throw new PermissionDeniedException(
          Reason.EDIT_WINDOW_PASSED,
          "Comments can be edited by their author for " + editWindow.toMinutes() + " minutes only");
    }
  }

  private Submission.Builder submission(Post post, Author author, Body body, Actor actor, Instant at) {
    return Submission.builder()
        .post(post)
        .author(author)
        .body(body)
        .actor(actor)
        .at(at)
        .history(history)
        .bodyText(bodyText);
  }

  /**
   * Returns the policy's verdict, having read the history its rules declared they would ask in
   * one request to the store.
   */
  private Verdict judge(Submission submission) {
    CommentQueries queries = requireNonNull(
        policy.historyQueries(submission), "the moderation policy returned null queries");
    Submission answered =
        submission.toBuilder().history(AnsweredHistory.of(store, queries)).build();
    Verdict verdict =
        requireNonNull(policy.evaluate(answered), "the moderation policy returned null");
    if (verdict.decision() == Decision.REJECT) {
      throw new CommentRejectedException(verdict);
    }
    return verdict;
  }

  /** Returns the state an edit leaves: the current one, unless the verdict is stricter. */
  private static ModerationState stronger(ModerationState current, Decision verdict) {
    Decision now;
    switch (current) {
      case APPROVED:
        now = Decision.APPROVE;
        break;
      case PENDING:
        now = Decision.HOLD;
        break;
      case SPAM:
        now = Decision.SPAM;
        break;
      default:
        now = Decision.TRASH;
        break;
    }
    return requireNonNull(now.strongest(verdict).state());
  }

  private Post post(PostId id) {
    return store.findPost(id).orElseThrow(() -> new NotFoundException("post", id));
  }

  /** Returns the time, to the millisecond as it is stored, so rules compare like with like. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
