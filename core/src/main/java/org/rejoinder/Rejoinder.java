package org.rejoinder;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rejoinder.InvalidParentException.Reason;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Submission;
import org.rejoinder.moderation.Verdict;
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
 * @since 0.1.0
 */
public final class Rejoinder {
  private final CommentStore store;
  private final Clock clock;
  private final Supplier<CommentId> commentIds;
  private final ModerationPolicy policy;
  private final ThreadOptions threadOptions;

  private Rejoinder(Builder builder) {
    this.store = builder.store != null ? builder.store : new InMemoryCommentStore();
    this.clock = builder.clock;
    this.commentIds = builder.commentIds != null ? builder.commentIds : store::nextCommentId;
    this.policy = builder.policy;
    this.threadOptions = builder.threadOptions;
  }

  /** Returns a builder with the defaults: an in-memory store, the UTC system clock. */
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
   * @param comment what was submitted
   * @param actor who submits it; moderators' and administrators' comments may be trusted by the
   *     policy
   * @return the stored comment, in the state the policy decided
   * @throws NotFoundException if the post or the parent does not exist
   * @throws CommentsClosedException if the post does not take comments now
   * @throws InvalidParentException if the parent is another post's or is not approved
   * @throws CommentRejectedException if the policy rejects the comment
   */
  public Comment submit(NewComment comment, Actor actor) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(actor, "actor must not be null");
    Instant now = clock.instant();
    Post post = post(comment.postId());
    if (!post.acceptsCommentsAt(now)) {
      throw new CommentsClosedException(post.id());
    }
    Comment parent = null;
    if (comment.parentId() != null) {
      parent = comment(comment.parentId());
      if (!parent.postId().equals(post.id())) {
        throw new InvalidParentException(parent.id(), Reason.OTHER_POST);
      }
      if (parent.state() != ModerationState.APPROVED) {
        throw new InvalidParentException(parent.id(), Reason.NOT_APPROVED);
      }
    }
    Verdict verdict =
        requireNonNull(
            policy.evaluate(
                new Submission(post, parent, comment.author(), comment.body(), comment.client(), actor, now)),
            "the moderation policy returned null");
    if (verdict.decision() == Decision.REJECT) {
      throw new CommentRejectedException(verdict);
    }
    ModerationState state = requireNonNull(verdict.decision().state());
    Comment stored =
        Comment.create(
            commentIds.get(),
            post.id(),
            comment.parentId(),
            comment.author(),
            comment.body(),
            now,
            state,
            comment.client());
    store.insertComment(
        stored, new AuditEntry(stored.id(), now, Actor.SYSTEM, null, state, verdict.reason()));
    return stored;
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
   *     target}, for example because it is already there
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment changeState(CommentId id, ModerationState target, Actor actor, String reason) {
    requireNonNull(target, "target must not be null");
    requireNonNull(actor, "actor must not be null");
    requireNonNull(reason, "reason must not be null");
    if (!actor.role().canModerate()) {
      throw new PermissionDeniedException("Only moderators may change a comment's state");
    }
    Comment current = comment(id);
    if (!current.state().canChangeTo(target)) {
      throw new IllegalTransitionException(id, current.state(), target);
    }
    Instant now = clock.instant();
    Comment next = current.withState(target, now);
    store.updateComment(next, new AuditEntry(id, now, actor, current.state(), target, reason));
    return next;
  }

  /** Returns a comment's moderation history, oldest first, starting with its creation. */
  public List<AuditEntry> history(CommentId id) {
    requireNonNull(id, "id must not be null");
    return store.auditTrail(id);
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
    return CommentThread.assemble(post, store.commentsOf(postId), viewer, options);
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
      return CommentThread.assemble(post, store.commentsOf(postId), viewer, options).page(page);
    }
    ThreadSlice slice = store.threadPage(ThreadPageRequest.of(postId, viewer, options, page));
    return CommentThread.assemble(post, slice, viewer, options).page(page);
  }

  /**
   * Builds a {@link Rejoinder}. Every setting has a default; each may be set once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable CommentStore store;
    private Clock clock = Clock.systemUTC();
    private @Nullable Supplier<CommentId> commentIds;
    private ModerationPolicy policy = ModerationPolicy.approveAll();
    private ThreadOptions threadOptions = ThreadOptions.DEFAULTS;

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

    /** Sets the moderation policy. Default: approve every comment. */
    public Builder moderation(ModerationPolicy policy) {
      this.policy = requireNonNull(policy, "policy must not be null");
      return this;
    }

    /** Sets the layout of threads read without options. Default: {@link ThreadOptions#DEFAULTS}. */
    public Builder threadOptions(ThreadOptions options) {
      this.threadOptions = requireNonNull(options, "options must not be null");
      return this;
    }

    /** Returns a new {@link Rejoinder} with these settings. */
    public Rejoinder build() {
      return new Rejoinder(this);
    }
  }
}
