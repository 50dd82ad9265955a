package org.rejoinder;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Role;
import org.rejoinder.model.Vote;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.BanRule;
import org.rejoinder.moderation.BulkResult;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.KeywordRule;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.ModerationRule;
import org.rejoinder.moderation.PolicyBuilder;
import org.rejoinder.moderation.PurgeResult;
import org.rejoinder.store.CommentStore;

/**
 * What a moderator does, as one moderator: change the state of comments, work through the queue,
 * read a comment's history, revisions and reports, edit any comment, and, for an administrator,
 * purge the trash, ban people and change keyword lists. Get one from {@link Rejoinder#moderation(Actor)}, which checks the role once;
 * every change made through the view is recorded as this view's {@link #actor()}'s.
 *
 * <pre>{@code
 * ModerationView moderation = rejoinder.moderation(Actor.moderator(ada));
 * QueuePage page = moderation.queue(0, 20);
 * for (QueueItem item : page.items()) {
 *   moderation.approve(item.comment().id());
 * }
 * moderation.trash(spamId);
 * List<AuditEntry> history = moderation.history(spamId);
 * }</pre>
 *
 * <p>A view is immutable and safe for use by many threads; make one per request, or keep one
 * for a background job.
 *
 * @since 0.2.0
 */
public final class ModerationView {
  private final Actor actor;
  private final CommentStore store;
  private final StateChanges stateChanges;
  private final Submissions submissions;
  private final TrashPurger purger;
  private final Pinning pinning;
  private final ModerationPolicy policy;

  ModerationView(
      Actor actor,
      CommentStore store,
      StateChanges stateChanges,
      Submissions submissions,
      TrashPurger purger,
      Pinning pinning,
      ModerationPolicy policy) {
    this.actor = actor;
    this.store = store;
    this.stateChanges = stateChanges;
    this.submissions = submissions;
    this.purger = purger;
    this.pinning = pinning;
    this.policy = policy;
  }

  /** Returns the moderator or administrator this view acts as. */
  public Actor actor() {
    return actor;
  }

  // States

  /**
   * Moves a comment to another moderation state and records who did it and why.
   *
   * @param id the comment
   * @param target the new state
   * @param reason why, may be empty; kept in the comment's history
   * @return the updated comment
   * @throws NotFoundException if there is no such comment
   * @throws IllegalTransitionException if the comment cannot move from its state to {@code
   *     target}, for example because it is already there, or it was purged
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   * @throws InvalidInputException if the reason is too long or holds control characters
   */
  public Comment changeState(CommentId id, ModerationState target, String reason) {
    requireNonNull(target, "target must not be null");
    requireNonNull(reason, "reason must not be null");
    return stateChanges.change(comment(id), target, actor, reason);
  }

  /**
   * Approves a comment: {@code changeState(id, APPROVED, "")}.
   *
   * @throws NotFoundException if there is no such comment
   * @throws IllegalTransitionException if it is already approved, or was purged
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment approve(CommentId id) {
    return changeState(id, ModerationState.APPROVED, "");
  }

  /**
   * Marks a comment as spam: {@code changeState(id, SPAM, "")}.
   *
   * @throws NotFoundException if there is no such comment
   * @throws IllegalTransitionException if it is already spam, or was purged
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment markSpam(CommentId id) {
    return changeState(id, ModerationState.SPAM, "");
  }

  /**
   * Moves a comment to the trash: {@code changeState(id, TRASH, "")}. A trashed comment with
   * replies shows as a placeholder; {@link #purgeTrash()} deletes it once the retention period
   * has passed.
   *
   * @throws NotFoundException if there is no such comment
   * @throws IllegalTransitionException if it is already in the trash, or was purged
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment trash(CommentId id) {
    return changeState(id, ModerationState.TRASH, "");
  }

  /**
   * Restores a trashed comment to the state it had before it was trashed (pending if it was
   * created in the trash).
   *
   * @throws NotFoundException if there is no such comment
   * @throws IllegalTransitionException if the comment is not in the trash
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment restoreFromTrash(CommentId id) {
    return stateChanges.restore(comment(id), ModerationState.TRASH, actor);
  }

  /**
   * Marks a spam comment as not spam: back to the state it had before it was marked (pending if
   * the policy stored it as spam).
   *
   * @throws NotFoundException if there is no such comment
   * @throws IllegalTransitionException if the comment is not spam
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment markNotSpam(CommentId id) {
    return stateChanges.restore(comment(id), ModerationState.SPAM, actor);
  }

  /**
   * Moves many comments to one state, for example to approve or trash a page of the queue. Each
   * comment changes on its own: one that cannot does not stop the others.
   *
   * @param ids the comments; repeats are ignored
   * @param target the new state
   * @param reason why, may be empty
   * @return the comments changed, and why each other one was not
   */
  public BulkResult changeStates(Collection<CommentId> ids, ModerationState target, String reason) {
    requireNonNull(ids, "ids must not be null");
    requireNonNull(target, "target must not be null");
    requireNonNull(reason, "reason must not be null");
    return stateChanges.bulk(ids, target, actor, reason);
  }

  // Pins

  /**
   * Pins an approved top-level comment: its thread comes first on page 1 of the post, whatever
   * the order, labelled "Pinned". The pin is recorded in the comment's history (an entry that
   * keeps its state, reason {@code pinned}) and told to listeners. Pinning a pinned comment
   * changes nothing.
   *
   * @return the comment, pinned
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if it cannot be pinned; {@link
   *     PermissionDeniedException#reason()} says why: {@code NOT_TOP_LEVEL}, {@code NOT_APPROVED}
   *     or {@code PIN_LIMIT} (the post has {@link Rejoinder.Builder#maxPinnedPerPost as many
   *     pinned comments as allowed})
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   * @since 0.2.0
   */
  public Comment pin(CommentId id) {
    requireNonNull(id, "id must not be null");
    return pinning.pin(id, actor, true);
  }

  /**
   * Unpins a comment, in whatever state it is, recording it as {@link #pin} does (reason {@code
   * unpinned}). Unpinning a comment that is not pinned changes nothing.
   *
   * @return the comment, not pinned
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if it is a reply ({@code NOT_TOP_LEVEL})
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   * @since 0.2.0
   */
  public Comment unpin(CommentId id) {
    requireNonNull(id, "id must not be null");
    return pinning.pin(id, actor, false);
  }

  /**
   * Returns a post's pinned comments, in any state, oldest first.
   *
   * @since 0.2.0
   */
  public List<Comment> pinned(PostId postId) {
    requireNonNull(postId, "postId must not be null");
    return store.pinnedOf(postId);
  }

  // Reading

  /**
   * Returns who voted on a comment and how, by the time they voted: for moderators looking into
   * a brigade, say. Empty for an unknown comment. (Whether readers may see it too is the
   * application's choice, made by what it shows them.)
   *
   * @since 0.2.0
   */
  public List<Vote> votes(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.votes(id);
  }

  /**
   * Returns a page of the moderation queue: pending comments of every post, oldest first, each
   * with the entry that held it (why) and its reports. Comments held by reports are here too.
   * The store reads a page with a fixed number of queries, however long it is.
   *
   * @param offset how many pending comments to skip, at least 0
   * @param limit how many to return at most, at least 1
   * @throws InvalidInputException if the offset or limit is out of range (they usually come
   *     from a page's URL)
   */
  public QueuePage queue(int offset, int limit) {
    Checks.inputRange("offset", offset, 0, Integer.MAX_VALUE);
    Checks.inputRange("limit", limit, 1, Integer.MAX_VALUE);
    return store.moderationQueue(offset, limit);
  }

  /**
   * Returns a comment's moderation history, oldest first, starting with its creation: who moved
   * it, when, from which state to which, and why. Empty for an unknown comment.
   */
  public List<AuditEntry> history(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.auditTrail(id);
  }

  /**
   * Returns a comment's revisions, oldest first: who edited it, when, and the text before. Empty
   * for an unknown comment.
   */
  public List<Revision> revisions(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.revisions(id);
  }

  /** Returns a comment's reports, oldest first. Empty for an unknown comment. */
  public List<Report> reports(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.reports(id);
  }

  /**
   * Returns what one moderator (or {@link Actor#SYSTEM}, the policy) did, newest first.
   *
   * @param actorKey the moderator's {@link Actor#key() key}
   * @param offset how many entries to skip, at least 0
   * @param limit how many to return at most, at least 1
   * @throws InvalidInputException if the offset or limit is out of range
   */
  public List<AuditEntry> actionsOf(String actorKey, int offset, int limit) {
    requireNonNull(actorKey, "actorKey must not be null");
    Checks.inputRange("offset", offset, 0, Integer.MAX_VALUE);
    Checks.inputRange("limit", limit, 1, Integer.MAX_VALUE);
    return store.auditTrailByActor(actorKey, offset, limit);
  }

  // Editing and purging

  /**
   * Replaces any comment's text as a moderator, at any time, keeping the previous text as a
   * {@link Revision}: see {@link Rejoinder#edit(CommentId, Body, Actor)}, which this calls with
   * this view's actor. The policy judges the new text; a moderator's edit is trusted by the
   * standard policy.
   *
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if the comment was purged ({@code PURGED})
   * @throws CommentRejectedException if the policy rejects the new text; nothing changes
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment edit(CommentId id, Body body) {
    requireNonNull(id, "id must not be null");
    requireNonNull(body, "body must not be null");
    return submissions.edit(id, body, actor);
  }

  /**
   * Empties the trash: comments trashed at least the {@link Rejoinder.Builder#trashRetention
   * retention period} ago (by their last update) are deleted for good, with their history,
   * revisions and reports. A trashed comment that still has replies becomes a tombstone instead:
   * its author, text and client information are erased, and the thread shows a placeholder in its
   * place. A tombstone is deleted by a later purge once no reply is left. Run it from a scheduled
   * job, with a view for {@link Actor#SYSTEM}.
   *
   * @throws PermissionDeniedException if this view's actor is not an administrator ({@code
   *     NOT_ADMIN})
   */
  public PurgeResult purgeTrash() {
    if (actor.role() != Role.ADMIN) {
      throw new PermissionDeniedException(
          PermissionDeniedException.Reason.NOT_ADMIN, "Only an administrator may purge the trash");
    }
    return purger.purge(actor);
  }

  // Bans and keyword lists

  /**
   * Returns the bans the policy enforces ({@link BanRule}), expired ones included; for a list
   * kept in a store ({@link BanList#fromStore}), as last read.
   *
   * @since 0.2.0
   */
  public List<Ban> bans() {
    List<Ban> bans = new ArrayList<>();
    for (BanList list : banLists()) {
      bans.addAll(list.bans());
    }
    return List.copyOf(bans);
  }

  /**
   * Bans someone ({@link BanList#add}): on the policy's first {@link BanRule}, replacing a ban of
   * the same kind and value. A list kept in a store is written there, so every application node
   * sharing the store enforces the ban: this one at once, the others within their refresh
   * interval ({@link BanList#DEFAULT_REFRESH}).
   *
   * @throws PermissionDeniedException if this view's actor is not an administrator ({@code
   *     NOT_ADMIN})
   * @throws IllegalStateException if the policy enforces no bans (see {@link
   *     PolicyBuilder#bans})
   * @since 0.2.0
   */
  public void ban(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    requireAdmin("ban");
    List<BanList> lists = banLists();
    if (lists.isEmpty()) {
      throw new IllegalStateException("The moderation policy enforces no bans: give it a BanList");
    }
    lists.get(0).add(ban);
  }

  /**
   * Lifts the ban of the same kind and value as {@code ban} from every ban list of the policy,
   * in their stores for stored lists.
   *
   * @return whether there was one
   * @throws PermissionDeniedException if this view's actor is not an administrator ({@code
   *     NOT_ADMIN})
   * @since 0.2.0
   */
  public boolean liftBan(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    requireAdmin("lift a ban");
    boolean lifted = false;
    for (BanList list : banLists()) {
      lifted |= list.remove(ban);
    }
    return lifted;
  }

  /**
   * Returns the keywords in force of one kind, as the policy's {@link KeywordRule keyword rules}
   * of that kind hold them; empty if it has none.
   *
   * @since 0.2.0
   */
  public List<String> keywords(KeywordList.Kind kind) {
    requireNonNull(kind, "kind must not be null");
    Set<String> keywords = new LinkedHashSet<>();
    for (ModerationRule rule : policy.rules()) {
      if (rule instanceof KeywordRule keywordRule && keywordRule.kind() == kind) {
        keywords.addAll(keywordRule.keywords());
      }
    }
    return List.copyOf(keywords);
  }

  /**
   * Replaces a keyword list of the policy: the {@link KeywordList} of its keyword rules of that
   * kind ({@link PolicyBuilder#moderationKeywords(KeywordList)}, {@link
   * PolicyBuilder#disallowedKeywords(KeywordList)}). A list kept in a store is written there, so
   * every application node sharing the store applies it: this one at once, the others within
   * their refresh interval.
   *
   * @throws PermissionDeniedException if this view's actor is not an administrator ({@code
   *     NOT_ADMIN})
   * @throws InvalidInputException if a keyword is blank or too long, or there are too many
   *     ({@link KeywordList#checked}); nothing changes
   * @throws IllegalStateException if the policy has no keyword rule of that kind made from a
   *     {@link KeywordList}
   * @since 0.2.0
   */
  public void replaceKeywords(KeywordList.Kind kind, Collection<String> keywords) {
    requireNonNull(kind, "kind must not be null");
    requireAdmin("change a keyword list");
    List<String> checked = KeywordList.checked(keywords);
    Set<KeywordList> lists = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ModerationRule rule : policy.rules()) {
      if (rule instanceof KeywordRule keywordRule && keywordRule.kind() == kind) {
        keywordRule.list().ifPresent(lists::add);
      }
    }
    if (lists.isEmpty()) {
      throw new IllegalStateException(
          "The moderation policy has no " + kind + " keyword list to change: give it a KeywordList");
    }
    for (KeywordList list : lists) {
      list.replace(checked);
    }
  }

  private List<BanList> banLists() {
    List<BanList> lists = new ArrayList<>();
    for (ModerationRule rule : policy.rules()) {
      if (rule instanceof BanRule banRule && !lists.contains(banRule.bans())) {
        lists.add(banRule.bans());
      }
    }
    return lists;
  }

  private void requireAdmin(String what) {
    if (actor.role() != Role.ADMIN) {
      throw new PermissionDeniedException(
          PermissionDeniedException.Reason.NOT_ADMIN, "Only an administrator may " + what);
    }
  }

  private Comment comment(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.findComment(id).orElseThrow(() -> new NotFoundException("comment", id));
  }

  /** Shows the actor's role and key, an email key hidden. */
  @Override
  public String toString() {
    return "ModerationView[" + actor.role() + " " + Redaction.key(actor.key()) + "]";
  }
}
