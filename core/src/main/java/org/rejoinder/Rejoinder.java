package org.rejoinder;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.internal.Checks;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.CommentsClosedException;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Role;
import org.rejoinder.moderation.BulkResult;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.PurgeResult;
import org.rejoinder.moderation.QueueItem;
import org.rejoinder.moderation.QueuePage;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * The entry point an application calls: create posts, take comments and replies, moderate them,
 * and read a post's thread.
 *
 * <p>Build one with {@link #builder()} and share it: a {@code Rejoinder} is immutable and safe for
 * use by many threads, as long as its store is.
 *
 * <pre>{@code
 * Rejoinder rejoinder = Rejoinder.builder().build();   // in-memory store, system clock
 * Post post = rejoinder.createPost(Post.of(PostId.of("hello-world"), "Hello world",
 *     SiteUser.of("1", "Ada"), Instant.now()));
 * Comment first = rejoinder.submit(NewComment.on(post.id(),
 *     Guest.of("Ann", "ann@example.com"), Body.markdown("Lovely *post*.")));
 * CommentThread thread = rejoinder.thread(post.id());
 * }</pre>
 *
 * <p>Every method validates its input before it changes anything: a call that throws has stored
 * nothing.
 *
 * <p>Roles are checked here, not left to the caller: anyone may read threads, submit and report
 * (a report needs a known reader); a comment's author (the {@link Actor#key()} matches the
 * author's key) may edit it within the edit window; only moderators and administrators change
 * states, see the queue and edit any comment; only administrators purge the trash. Every change
 * of state is recorded ({@link #history}, {@link #actionsOf}) and told to the {@link
 * CommentListener}s.
 *
 * @since 0.1.0
 */
public final class Rejoinder {
  private final CommentStore store;
  private final Clock clock;
  private final ModerationPolicy policy;
  private final ThreadOptions threadOptions;
  private final Events events;
  private final Submissions submissions;
  private final StateChanges stateChanges;
  private final TrashPurger purger;

  private Rejoinder(Builder builder) {
    this.store = builder.store != null ? builder.store : new InMemoryCommentStore();
    this.clock = builder.clock;
    Supplier<CommentId> commentIds =
        builder.commentIds != null ? builder.commentIds : store::nextCommentId;
    this.policy = builder.policy;
    this.threadOptions = builder.threadOptions;
    this.events = new Events(builder.listeners);
    this.submissions =
        new Submissions(store, clock, commentIds, policy, builder.editWindow, events);
    this.stateChanges = new StateChanges(store, clock, events, builder.reportsToHold);
    this.purger = new TrashPurger(store, clock, builder.trashRetention);
  }

  /**
   * Returns a builder with the defaults: an in-memory store, the UTC system clock, the {@link
   * ModerationPolicy#standard() standard moderation policy}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the store this instance reads and writes. */
  public CommentStore store() {
    return store;
  }

  /** Returns the thread layout used when a read names none. */
  public ThreadOptions threadOptions() {
    return threadOptions;
  }

  /** Returns the moderation policy new comments and edits pass. */
  public ModerationPolicy policy() {
    return policy;
  }

  // Posts

  /**
   * Stores a new post.
   *
   * @return the stored post
   * @throws AlreadyExistsException if a post with that id exists
   */
  public Post createPost(Post post) {
    requireNonNull(post, "post must not be null");
    store.insertPost(post);
    return post;
  }

  /**
   * Returns a post.
   *
   * @throws NotFoundException if there is none with that id
   */
  public Post post(PostId id) {
    requireNonNull(id, "id must not be null");
    return store.findPost(id).orElseThrow(() -> new NotFoundException("post", id));
  }

  /**
   * Opens or closes a post's comments.
   *
   * @return the updated post
   * @throws NotFoundException if there is no such post
   */
  public Post setCommentStatus(PostId id, CommentStatus status) {
    requireNonNull(status, "status must not be null");
    Post updated = post(id).withCommentStatus(status);
    store.updatePost(updated);
    return updated;
  }

  // Comments

  /**
   * Takes a comment from its own author; the same as {@code submit(comment,
   * Actor.reader(comment.author()))}.
   */
  public Comment submit(NewComment comment) {
    requireNonNull(comment, "comment must not be null");
    return submit(comment, Actor.reader(comment.author()));
  }

  /**
   * Takes a comment or a reply, runs the moderation policy on it and stores it in the state the
   * policy decides.
   *
   * <p>A reply must name an approved comment of the same post. A reply to a comment at the
   * thread's maximum depth is accepted and shown at that depth.
   *
   * <p>Submissions of one person (the same author key, IP address or email address) through this
   * instance are judged and stored one at a time, so that the flood and duplicate rules hold
   * when the same person sends several comments at once. The guarantee covers one {@code
   * Rejoinder} instance in one JVM; share the instance.
   *
   * @param comment what was submitted
   * @param actor who submits it; moderators' and the post author's own comments are trusted by
   *     the standard policy
   * @return the stored comment, in the state the policy decided
   * @throws NotFoundException if the post or the parent does not exist
   * @throws CommentsClosedException if the post does not take comments now (for everyone,
   *     moderators included: a closed post is closed)
   * @throws InvalidParentException if the parent is another post's or is not approved
   * @throws CommentRejectedException if the policy rejects the comment
   */
  public Comment submit(NewComment comment, Actor actor) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(actor, "actor must not be null");
    return submissions.submit(comment, actor);
  }

  /**
   * Returns a comment in whatever state it is.
   *
   * @throws NotFoundException if there is none with that id
   */
  public Comment comment(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.findComment(id).orElseThrow(() -> new NotFoundException("comment", id));
  }

  /**
   * Replaces a comment's text, keeping the previous text as a {@link Revision}, and runs the
   * moderation policy on the new text. The edit never makes a comment more public: if the policy
   * holds, trashes or marks the new text as spam, the comment moves there (recorded in its
   * history); otherwise it keeps its state. An edit to the same text changes nothing.
   *
   * @param id the comment
   * @param body the new text
   * @param actor a moderator (any comment, any time) or the comment's author (an approved or
   *     pending comment, within the edit window after posting, see {@link
   *     Builder#editWindow(Duration)})
   * @return the edited comment
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if the actor may not edit it (not the author, window passed,
   *     or a purged comment)
   * @throws CommentRejectedException if the policy rejects the new text; nothing changes
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment edit(CommentId id, Body body, Actor actor) {
    requireNonNull(id, "id must not be null");
    requireNonNull(body, "body must not be null");
    requireNonNull(actor, "actor must not be null");
    return submissions.edit(id, body, actor);
  }

  /** Returns a comment's revisions, oldest first: who edited it, when, and the text before. */
  public List<Revision> revisions(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.revisions(id);
  }

  /**
   * Records a reader's report on a comment. When an approved comment has {@link
   * Builder#reportsToHold(int) enough reports} since a moderator last approved it, it is held for
   * review ({@link Reasons#REPORTED}).
   *
   * @param id the comment
   * @param reporter the reader; must be known (have a key)
   * @param reason what the reader says is wrong, may be empty
   * @return {@code true} if the report was recorded, {@code false} if this reader had already
   *     reported this comment
   * @throws NotFoundException if there is no such comment, or it was purged
   * @throws PermissionDeniedException if the reporter is anonymous
   */
  public boolean report(CommentId id, Actor reporter, String reason) {
    requireNonNull(reporter, "reporter must not be null");
    requireNonNull(reason, "reason must not be null");
    if (reporter.key() == null) {
      throw new PermissionDeniedException(
          PermissionDeniedException.Reason.ANONYMOUS, "Only a known reader may report a comment");
    }
    Comment reported = comment(id);
    if (reported.state() == ModerationState.PURGED) {
      throw new NotFoundException("comment", id);
    }
    Report report = new Report(id, reporter.key(), clock.instant(), reason);
    if (!store.addReport(report)) {
      return false;
    }
    events.reported(reported, report);
    stateChanges.holdIfReported(id);
    return true;
  }

  /** Returns a comment's reports, oldest first. */
  public List<Report> reports(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.reports(id);
  }

  // Moderation

  /**
   * Moves a comment to another moderation state and records who did it and why.
   *
   * @param id the comment
   * @param target the new state
   * @param actor who makes the change; must be a moderator or an administrator
   * @param reason why, may be empty; kept in the comment's history
   * @return the updated comment
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if the actor may not moderate
   * @throws IllegalTransitionException if the comment cannot move from its state to {@code
   *     target}, for example because it is already there, or it was purged
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment changeState(CommentId id, ModerationState target, Actor actor, String reason) {
    requireNonNull(target, "target must not be null");
    requireModerator(actor);
    requireNonNull(reason, "reason must not be null");
    return stateChanges.change(comment(id), target, actor, reason);
  }

  /**
   * Restores a trashed comment to the state it had before it was trashed (pending if it was
   * created in the trash).
   *
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if the actor may not moderate
   * @throws IllegalTransitionException if the comment is not in the trash
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment restoreFromTrash(CommentId id, Actor actor) {
    requireModerator(actor);
    return stateChanges.restore(comment(id), ModerationState.TRASH, actor);
  }

  /**
   * Marks a spam comment as not spam: back to the state it had before it was marked (pending if
   * the policy stored it as spam).
   *
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if the actor may not moderate
   * @throws IllegalTransitionException if the comment is not spam
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment markNotSpam(CommentId id, Actor actor) {
    requireModerator(actor);
    return stateChanges.restore(comment(id), ModerationState.SPAM, actor);
  }

  /**
   * Moves many comments to one state, for example to approve or trash a page of the queue. Each
   * comment changes on its own: one that cannot does not stop the others.
   *
   * @param ids the comments; repeats are ignored
   * @param target the new state
   * @param actor a moderator or an administrator
   * @param reason why, may be empty
   * @throws PermissionDeniedException if the actor may not moderate (then nothing changes)
   */
  public BulkResult changeStates(
      Collection<CommentId> ids, ModerationState target, Actor actor, String reason) {
    requireNonNull(ids, "ids must not be null");
    requireNonNull(target, "target must not be null");
    requireModerator(actor);
    requireNonNull(reason, "reason must not be null");
    return stateChanges.bulk(ids, target, actor, reason);
  }

  /**
   * Returns a page of the moderation queue: pending comments of every post, oldest first, each
   * with the entry that held it (why) and its reports. Comments held by reports are here too.
   *
   * @param actor a moderator or an administrator
   * @param offset how many pending comments to skip, at least 0
   * @param limit how many to return at most, at least 1
   * @throws PermissionDeniedException if the actor may not moderate
   * @throws InvalidInputException if the offset or limit is out of range
   */
  public QueuePage queue(Actor actor, int offset, int limit) {
    requireModerator(actor);
    Checks.inputRange("offset", offset, 0, Integer.MAX_VALUE);
    Checks.inputRange("limit", limit, 1, Integer.MAX_VALUE);
    CommentQuery pending = CommentQuery.all().withStates(ModerationState.PENDING);
    List<QueueItem> items = new ArrayList<>();
    for (Comment c : store.find(pending.withPage(offset, limit))) {
      List<AuditEntry> trail = store.auditTrail(c.id());
      items.add(new QueueItem(c, trail.get(trail.size() - 1), store.reports(c.id())));
    }
    return new QueuePage(items, store.count(pending), offset);
  }

  /** Returns a comment's moderation history, oldest first, starting with its creation. */
  public List<AuditEntry> history(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.auditTrail(id);
  }

  /**
   * Returns what one moderator (or {@link Actor#SYSTEM}, the policy) did, newest first.
   *
   * @param moderatorKey the moderator's {@link Actor#key() key}
   * @param actor who asks: a moderator or an administrator
   * @param offset how many entries to skip, at least 0
   * @param limit how many to return at most, at least 1
   * @throws PermissionDeniedException if the asking actor may not moderate
   */
  public List<AuditEntry> actionsOf(String moderatorKey, Actor actor, int offset, int limit) {
    requireNonNull(moderatorKey, "moderatorKey must not be null");
    requireModerator(actor);
    Checks.inputRange("offset", offset, 0, Integer.MAX_VALUE);
    Checks.inputRange("limit", limit, 1, Integer.MAX_VALUE);
    return store.auditTrailByActor(moderatorKey, offset, limit);
  }

  /**
   * Empties the trash: comments trashed at least the {@link Builder#trashRetention retention
   * period} ago (by their last update) are deleted for good, with their history, revisions and reports. A trashed
   * comment that still has replies becomes a tombstone instead: its author, text and client
   * information are erased, and the thread shows a placeholder in its place. A tombstone is
   * deleted by a later purge once no reply is left. Run it from a scheduled job.
   *
   * @param actor an administrator, such as {@link Actor#SYSTEM}
   * @throws PermissionDeniedException if the actor is not an administrator
   */
  public PurgeResult purgeTrash(Actor actor) {
    requireNonNull(actor, "actor must not be null");
    if (actor.role() != Role.ADMIN) {
      throw new PermissionDeniedException(
          PermissionDeniedException.Reason.NOT_ADMIN, "Only an administrator may purge the trash");
    }
    return purger.purge(actor);
  }

  private static void requireModerator(Actor actor) {
    requireNonNull(actor, "actor must not be null");
    if (!actor.role().canModerate()) {
      throw new PermissionDeniedException(
          PermissionDeniedException.Reason.NOT_MODERATOR, "Only moderators may moderate comments");
    }
  }

  // Threads

  /** Returns a post's thread as an anonymous reader sees it, in the default layout. */
  public CommentThread thread(PostId postId) {
    return thread(postId, Actor.ANONYMOUS, threadOptions);
  }

  /** Returns a post's thread as {@code viewer} sees it, in the default layout. */
  public CommentThread thread(PostId postId, Actor viewer) {
    return thread(postId, viewer, threadOptions);
  }

  /**
   * Returns a post's thread as {@code viewer} sees it: approved comments, and the viewer's own
   * pending ones.
   *
   * @throws NotFoundException if there is no such post
   */
  public CommentThread thread(PostId postId, Actor viewer, ThreadOptions options) {
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    Post post = post(postId);
    return CommentThread.assemble(post, store.commentsOf(postId), viewer, options, clock.instant());
  }

  /** Returns one page of a post's thread as {@code viewer} sees it, in the default layout. */
  public ThreadPage threadPage(PostId postId, Actor viewer, int page) {
    return threadPage(postId, viewer, threadOptions, page);
  }

  /**
   * Returns one page of a post's thread as {@code viewer} sees it: the page's top-level threads
   * with all their shown replies, numbered and counted as in the whole thread, and equal to
   * {@code thread(postId, viewer, options).page(page)}. In a threaded layout only that page is
   * read from the store ({@link CommentStore#threadPage}); a flat layout reads every comment.
   *
   * @param page from 1 to the thread's page count
   * @throws NotFoundException if there is no such post
   * @throws InvalidInputException if there is no such page
   */
  public ThreadPage threadPage(PostId postId, Actor viewer, ThreadOptions options, int page) {
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    Post post = post(postId);
    if (!options.threaded()) {
      return CommentThread.assemble(post, store.commentsOf(postId), viewer, options, clock.instant())
          .page(page);
    }
    ThreadSlice slice = store.threadPage(ThreadPageRequest.of(postId, viewer, options, page));
    return CommentThread.assemble(post, slice, viewer, options, clock.instant()).page(page);
  }

  /**
   * Builds a {@link Rejoinder}. Every setting has a default; setting one again replaces the
   * earlier value, except listeners, which add up.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    /** The default edit window of authors, in minutes: {@value}. */
    public static final int DEFAULT_EDIT_WINDOW_MINUTES = 15;
    /** The default number of days trashed comments are kept: {@value}. */
    public static final int DEFAULT_TRASH_RETENTION_DAYS = 30;
    /** The default number of reports that hold a comment: {@value}. */
    public static final int DEFAULT_REPORTS_TO_HOLD = 3;

    private static final Duration DEFAULT_EDIT_WINDOW = Duration.ofMinutes(DEFAULT_EDIT_WINDOW_MINUTES);
    private static final Duration DEFAULT_TRASH_RETENTION = Duration.ofDays(DEFAULT_TRASH_RETENTION_DAYS);

    private @Nullable CommentStore store;
    private Clock clock = Clock.systemUTC();
    private @Nullable Supplier<CommentId> commentIds;
    private ModerationPolicy policy = ModerationPolicy.standard();
    private ThreadOptions threadOptions = ThreadOptions.DEFAULTS;
    private final List<CommentListener> listeners = new ArrayList<>();
    private Duration editWindow = DEFAULT_EDIT_WINDOW;
    private Duration trashRetention = DEFAULT_TRASH_RETENTION;
    private int reportsToHold = DEFAULT_REPORTS_TO_HOLD;

    private Builder() {}

    /** Sets the store. Default: a new {@link InMemoryCommentStore}. */
    public Builder store(CommentStore store) {
      this.store = requireNonNull(store, "store must not be null");
      return this;
    }

    /**
     * Sets the clock that stamps comments and decides whether posts are open. Default: {@link
     * Clock#systemUTC()}.
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock must not be null");
      return this;
    }

    /** Sets where new comment ids come from. Default: the store's {@link CommentStore#nextCommentId()}. */
    public Builder commentIds(Supplier<CommentId> commentIds) {
      this.commentIds = requireNonNull(commentIds, "commentIds must not be null");
      return this;
    }

    /**
     * Sets the moderation policy. Default: {@link ModerationPolicy#standard()}, WordPress's
     * defaults without holding first comments; {@link ModerationPolicy#approveAll()} turns
     * moderation off.
     */
    public Builder moderation(ModerationPolicy policy) {
      this.policy = requireNonNull(policy, "policy must not be null");
      return this;
    }

    /** Sets the layout of threads read without options. Default: {@link ThreadOptions#DEFAULTS}. */
    public Builder threadOptions(ThreadOptions options) {
      this.threadOptions = requireNonNull(options, "options must not be null");
      return this;
    }

    /** Adds a listener that hears of every new, changed, edited and reported comment. */
    public Builder listener(CommentListener listener) {
      listeners.add(requireNonNull(listener, "listener must not be null"));
      return this;
    }

    /**
     * Sets how long after posting an author may edit their comment; {@link Duration#ZERO} lets
     * only moderators edit. Default: {@value #DEFAULT_EDIT_WINDOW_MINUTES} minutes.
     *
     * @throws IllegalArgumentException if the window is negative
     */
    public Builder editWindow(Duration window) {
      this.editWindow = nonNegative("editWindow", window);
      return this;
    }

    /**
     * Sets how long trashed comments are kept before {@link #purgeTrash} deletes them. Default:
     * {@value #DEFAULT_TRASH_RETENTION_DAYS} days, as WordPress's {@code EMPTY_TRASH_DAYS}.
     *
     * @throws IllegalArgumentException if the retention is negative
     */
    public Builder trashRetention(Duration retention) {
      this.trashRetention = nonNegative("trashRetention", retention);
      return this;
    }

    /**
     * Sets how many readers' reports hold an approved comment for review. Default: {@value
     * #DEFAULT_REPORTS_TO_HOLD}.
     *
     * @throws IllegalArgumentException if {@code reports} is below 1
     */
    public Builder reportsToHold(int reports) {
      this.reportsToHold = Checks.argumentRange("reportsToHold", reports, 1, Integer.MAX_VALUE);
      return this;
    }

    private static Duration nonNegative(String field, Duration value) {
      requireNonNull(value, field + " must not be null");
      checkArgument(!value.isNegative(), "%s must not be negative but was %s", field, value);
      return value;
    }

    /** Returns a new {@link Rejoinder} with these settings. */
    public Rejoinder build() {
      return new Rejoinder(this);
    }
  }
}
