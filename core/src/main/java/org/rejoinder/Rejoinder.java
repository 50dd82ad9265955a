package org.rejoinder;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.InvalidCursorException;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.internal.Checks;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.CommentsClosedException;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.Guest;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.Limits;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.moderation.BodyText;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.store.RecentCommentsQuery;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadCursor;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * The entry point an application calls: create posts, take comments and replies, and read a
 * post's thread. What moderators do is grouped in a {@link ModerationView}, got with {@link
 * #moderation(Actor)}.
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
 * author's key) may edit it within the edit window; only moderators and administrators get a
 * {@link ModerationView} (change states, see the queue and the history, edit any comment); only
 * administrators purge the trash. Every change of state is recorded and told to the {@link
 * CommentListener}s. The store an application gives the builder stays the application's, but
 * writing to it directly steps around these checks and the moderation policy: go through this
 * class.
 *
 * @since 0.1.0
 */
public final class Rejoinder {
  private final CommentStore store;
  private final Clock clock;
  private final ModerationPolicy policy;
  private final ThreadOptions threadOptions;
  private final BodyText bodyText;
  private final Events events;
  private final Submissions submissions;
  private final StateChanges stateChanges;
  private final TrashPurger purger;
  private final Voting voting;
  private final boolean guestVotes;
  private final Pinning pinning;
  private final String anonymousName;

  private Rejoinder(Builder builder) {
    this.store = builder.store != null ? builder.store : new InMemoryCommentStore();
    this.clock = builder.clock;
    Supplier<CommentId> commentIds =
        builder.commentIds != null ? builder.commentIds : store::nextCommentId;
    this.policy = builder.policy;
    this.threadOptions = builder.threadOptions;
    this.bodyText =
        builder.bodyText != null ? builder.bodyText : discover(ServiceLoader.load(BodyText.class));
    this.events = new Events(builder.listeners);
    Mentions mentions = new Mentions(store, bodyText);
    Outbox outbox =
        new Outbox(store, builder.outbox, builder.moderatorAddresses, builder.notifyPostAuthors,
            builder.notifyMentioned, clock.getZone());
    this.submissions =
        new Submissions(
            store, clock, commentIds, policy, builder.editWindow, events, bodyText, mentions,
            outbox);
    this.stateChanges =
        new StateChanges(store, clock, events, builder.reportsToHold, mentions, outbox);
    this.purger = new TrashPurger(store, clock, builder.trashRetention);
    this.voting = new Voting(store, clock, events, builder.guestVotes, policy);
    this.guestVotes = builder.guestVotes;
    this.pinning = new Pinning(store, clock, events, builder.maxPinnedPerPost);
    this.anonymousName = builder.anonymousName;
  }

  /** Returns the first {@link BodyText} found on the class or module path, or the typed text. */
  static BodyText discover(Iterable<BodyText> found) {
    Iterator<BodyText> providers = found.iterator();
    return providers.hasNext() ? providers.next() : BodyText.asTyped();
  }

  /**
   * Returns a builder with the defaults: an in-memory store, the UTC system clock, the {@link
   * ModerationPolicy#standard() standard moderation policy}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the thread layout used when a read names none. */
  public ThreadOptions threadOptions() {
    return threadOptions;
  }

  /**
   * Returns whether guests may vote ({@link Builder#guestVotes}): what a page needs to know to
   * offer vote buttons to a reader who is not signed in.
   *
   * @since 0.2.0
   */
  public boolean guestVotes() {
    return guestVotes;
  }

  /** Returns the moderation policy new comments and edits pass. */
  public ModerationPolicy policy() {
    return policy;
  }

  /**
   * Returns how moderation sees a body as readers will: the one set with {@link
   * Builder#bodyText(BodyText)}, else the one found on the class or module path (the render
   * module provides one), else {@link BodyText#asTyped()}.
   *
   * @since 0.2.0
   */
  public BodyText bodyText() {
    return bodyText;
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
   * Actor.reader(comment.author()))}. A moderator's or the post author's own comment goes through
   * {@link #submit(NewComment, Actor)} with their actor, so that the policy trusts it.
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
    return submit(comment, actor, Set.of());
  }

  /**
   * Takes a comment as {@link #submit(NewComment, Actor)} does, with the subscriptions its
   * author asked for on the form: "Notify me of replies to my comment" ({@link
   * Subscription.Scope#REPLIES}) and "Notify me of new comments on this post" ({@link
   * Subscription.Scope#POST}). The comment and its subscriptions are stored together.
   *
   * <p>A guest's subscriptions wait for confirmation ({@link Subscription.Status#PENDING}): a
   * confirmation request goes to the outbox, whose link leads to {@link
   * #confirmSubscription}. A signed-in author's subscriptions, whose address the application
   * knows, are active at once. A comment stored as spam or trash makes no subscription.
   *
   * @param subscribe what the author asked to hear of; empty for nothing
   * @throws InvalidInputException if the author gave no email address but asked to subscribe
   * @since 0.2.0
   */
  public Comment submit(NewComment comment, Actor actor, Set<Subscription.Scope> subscribe) {
    return submit(comment, actor, subscribe, Subscription.Delivery.IMMEDIATE);
  }

  /**
   * Takes a comment with the subscriptions its author asked for, as {@link #submit(NewComment,
   * Actor, Set)} does, delivered as {@code delivery} says: each notification at once, or an
   * hourly or daily digest.
   *
   * @param subscribe what the author asked to hear of; empty for nothing
   * @param delivery when the subscriptions' notifications are sent
   * @throws InvalidInputException if the author gave no email address but asked to subscribe
   * @since 0.2.0
   */
  public Comment submit(
      NewComment comment, Actor actor, Set<Subscription.Scope> subscribe, Subscription.Delivery delivery) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(actor, "actor must not be null");
    Set<Subscription.Scope> scopes = Set.copyOf(requireNonNull(subscribe, "subscribe must not be null"));
    requireNonNull(delivery, "delivery must not be null");
    return submissions.submit(comment, actor, scopes, delivery);
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
   * <p>This is the author's edit; a moderator edits through {@link ModerationView#edit}, and may
   * also here, with their actor.
   *
   * @param id the comment
   * @param body the new text
   * @param actor the comment's author (an approved or pending comment, within the edit window
   *     after posting, see {@link Builder#editWindow(Duration)}), or a moderator (any comment,
   *     any time)
   * @return the edited comment
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if the actor may not edit it; {@link
   *     PermissionDeniedException#reason()} says why: {@code NOT_AUTHOR}, {@code
   *     EDIT_WINDOW_PASSED}, {@code STATE_NOT_EDITABLE} (spam or trash) or {@code PURGED}
   * @throws CommentRejectedException if the policy rejects the new text; nothing changes
   * @throws ConcurrentUpdateException if someone else changed the comment at the same time
   */
  public Comment edit(CommentId id, Body body, Actor actor) {
    requireNonNull(id, "id must not be null");
    requireNonNull(body, "body must not be null");
    requireNonNull(actor, "actor must not be null");
    return submissions.edit(id, body, actor);
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
   * @throws PermissionDeniedException if the reporter is anonymous ({@code ANONYMOUS})
   * @throws InvalidInputException if the reason is too long or holds control characters
   */
  public boolean report(CommentId id, Actor reporter, String reason) {
    requireNonNull(reporter, "reporter must not be null");
    requireNonNull(reason, "reason must not be null");
    String reporterKey = reporter.key();
    if (reporterKey == null) {
      throw new PermissionDeniedException(
          PermissionDeniedException.Reason.ANONYMOUS, "Only a known reader may report a comment");
    }
    Comment reported = comment(id);
    if (reported.state() == ModerationState.PURGED) {
      throw new NotFoundException("comment", id);
    }
    Report report = new Report(id, reporterKey, clock.instant(), reason);
    if (!store.addReport(report)) {
      return false;
    }
    events.reported(reported, report);
    stateChanges.holdIfReported(id);
    return true;
  }

  // Votes and quotes

  /**
   * Records a reader's vote on a comment, replacing their earlier vote on it; the same as {@link
   * #vote(CommentId, Actor, VoteDirection, ClientInfo)} from no known client.
   */
  public VoteChange vote(CommentId id, Actor voter, VoteDirection direction) {
    return vote(id, voter, direction, ClientInfo.NONE);
  }

  /**
   * Records a reader's vote on a comment, replacing their earlier vote on it, and counts it in
   * the same step: one vote per reader and comment, so a double click counts once. A ban of the
   * reader (their key, a guest's email address, or the client's IP address, by the bans of the
   * {@link #policy() policy}'s {@code BanRule}) that rejects refuses the vote; one that marks
   * comments as spam lets it pass unnoticed and uncounted.
   *
   * @param id the comment
   * @param voter the reader: known (not anonymous), and, unless {@link Builder#guestVotes
   *     guests may vote}, signed in
   * @param direction up or down
   * @param client where the vote comes from, for IP bans
   * @return what changed, and the comment's counts now
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if the reader may not vote on it; {@link
   *     PermissionDeniedException#reason()} says why: {@code ANONYMOUS}, {@code GUEST}, {@code
   *     BANNED}, {@code OWN_COMMENT} or {@code NOT_APPROVED}
   * @since 0.2.0
   */
  public VoteChange vote(CommentId id, Actor voter, VoteDirection direction, ClientInfo client) {
    requireNonNull(id, "id must not be null");
    requireNonNull(voter, "voter must not be null");
    requireNonNull(direction, "direction must not be null");
    requireNonNull(client, "client must not be null");
    return voting.vote(id, voter, direction, client);
  }

  /**
   * Takes back a reader's vote on a comment; nothing changes if they had not voted.
   *
   * @return what changed, and the comment's counts now
   * @throws NotFoundException if there is no such comment
   * @throws PermissionDeniedException if the reader is anonymous, or a guest where guests may
   *     not vote
   * @since 0.2.0
   */
  public VoteChange unvote(CommentId id, Actor voter) {
    requireNonNull(id, "id must not be null");
    requireNonNull(voter, "voter must not be null");
    return voting.unvote(id, voter);
  }

  /**
   * Returns a reader's own votes on a post's comments, for a page to show them pressed; empty for
   * an anonymous reader. Who else voted is for moderators ({@link ModerationView#votes}).
   *
   * @since 0.2.0
   */
  public Map<CommentId, VoteDirection> votesOf(PostId postId, Actor reader) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(reader, "reader must not be null");
    return voting.votesOf(postId, reader);
  }

  /**
   * Returns the body of a reply that quotes a comment: the excerpt (or, without one, the whole
   * text readers see of the comment) as a quote, then an attribution naming its author and
   * linking to it, for the reader to add their own text under. In Markdown:
   *
   * <pre>{@code
   * > Writing in public is mostly the discipline of finishing things.
   * > — [Margaret Hale](#comment-3)
   * }</pre>
   *
   * <p>and in HTML a {@code blockquote} with the attribution in a {@code cite}. The excerpt is
   * taken as text: whatever could be read as markup is escaped. Renderers show the quote with
   * its attribution, link it to the quoted comment while that is shown, and keep the text
   * without the link once it is not (trashed, say).
   *
   * @param id the comment quoted
   * @param excerpt the part quoted, as a reader selected it, or {@code null} for all of it
   * @param format {@link BodyFormat#MARKDOWN} or {@link BodyFormat#HTML}
   * @throws NotFoundException if there is no such comment, or it was purged
   * @throws PermissionDeniedException if the comment is not approved ({@code NOT_APPROVED})
   * @throws InvalidInputException if the quote would be longer than a body may be
   * @throws IllegalArgumentException if {@code format} is {@link BodyFormat#PLAIN}, which cannot
   *     link
   * @since 0.2.0
   */
  public Body quote(CommentId id, @Nullable String excerpt, BodyFormat format) {
    requireNonNull(id, "id must not be null");
    requireNonNull(format, "format must not be null");
    Quotes.checkFormat(format);
    Comment quoted = comment(id);
    if (quoted.state() == ModerationState.PURGED) {
      throw new NotFoundException("comment", id);
    }
    if (quoted.state() != ModerationState.APPROVED) {
      throw new PermissionDeniedException(
          PermissionDeniedException.Reason.NOT_APPROVED, "Comment " + id + " cannot be quoted");
    }
    String text = Quotes.excerptOrAll(excerpt, bodyText.visibleText(quoted.body()));
    return Quotes.quote(quoted, text, format);
  }

  // Subscriptions

  /**
   * Subscribes an address to every new comment on a post, without commenting ("subscribe without
   * commenting"). The subscription waits for confirmation: a request with its link goes to the
   * outbox.
   *
   * @return the new, pending subscription
   * @throws NotFoundException if there is no such post
   * @throws InvalidInputException if {@code email} is not an address
   * @since 0.2.0
   */
  public Subscription subscribe(PostId postId, String email) {
    return subscribe(postId, email, Subscription.Delivery.IMMEDIATE);
  }

  /**
   * Subscribes an address to every new comment on a post, as {@link #subscribe(PostId, String)}
   * does, delivered as {@code delivery} says.
   *
   * @return the new, pending subscription
   * @throws NotFoundException if there is no such post
   * @throws InvalidInputException if {@code email} is not an address
   * @since 0.2.0
   */
  public Subscription subscribe(PostId postId, String email, Subscription.Delivery delivery) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(email, "email must not be null");
    requireNonNull(delivery, "delivery must not be null");
    post(postId);
    Subscription subscription = Subscription.toPost(email, postId, clock.instant()).withDelivery(delivery);
    store.insertSubscription(subscription, List.of(Outbox.confirmation(subscription, clock.instant())));
    return subscription;
  }

  /**
   * Confirms a subscription, as its confirmation link asks (double opt-in); confirming twice is
   * harmless. The link's token is checked by {@link
   * org.rejoinder.subscription.SubscriptionTokens#confirmed}.
   *
   * @return the active subscription
   * @throws NotFoundException if there is no such subscription (it was ended)
   * @since 0.2.0
   */
  public Subscription confirmSubscription(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return store.activateSubscription(id).orElseThrow(() -> new NotFoundException("subscription", id));
  }

  /**
   * Changes when a subscription's notifications are sent: at once, or as an hourly or daily
   * digest. Notifications written before keep the time they were due at; later ones follow the
   * new choice.
   *
   * @return the subscription as stored now
   * @throws NotFoundException if there is no such subscription (it was ended)
   * @since 0.2.0
   */
  public Subscription changeDelivery(SubscriptionId id, Subscription.Delivery delivery) {
    requireNonNull(id, "id must not be null");
    requireNonNull(delivery, "delivery must not be null");
    return store.changeDelivery(id, delivery).orElseThrow(() -> new NotFoundException("subscription", id));
  }

  /**
   * Ends a subscription, as the one-click link of every message asks; ending it twice is
   * harmless.
   *
   * @return whether there was one to end
   * @since 0.2.0
   */
  public boolean unsubscribe(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return store.deleteSubscription(id);
  }

  /**
   * Returns a subscription.
   *
   * @throws NotFoundException if there is none with that id
   * @since 0.2.0
   */
  public Subscription subscription(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return store.findSubscription(id).orElseThrow(() -> new NotFoundException("subscription", id));
  }

  // Moderation

  /**
   * Returns what {@code moderator} may do as a moderator: change states, read the queue, the
   * history, revisions and reports, edit any comment, and, for an administrator, purge the
   * trash. The role is checked once, here; the view acts as this actor until dropped.
   *
   * <pre>{@code
   * ModerationView moderation = rejoinder.moderation(Actor.moderator(ada));
   * for (QueueItem item : moderation.queue(0, 20).items()) {
   *   moderation.approve(item.comment().id());
   * }
   * }</pre>
   *
   * @param moderator a moderator or an administrator, such as {@link Actor#SYSTEM}
   * @throws PermissionDeniedException if the actor may not moderate ({@code NOT_MODERATOR})
   * @since 0.2.0
   */
  public ModerationView moderation(Actor moderator) {
    requireNonNull(moderator, "moderator must not be null");
    if (!moderator.role().canModerate()) {
      throw new PermissionDeniedException(
          PermissionDeniedException.Reason.NOT_MODERATOR, "Only moderators may moderate comments");
    }
    return new ModerationView(moderator, store, stateChanges, submissions, purger, pinning, policy);
  }

  // Personal data

  /**
   * Returns what {@code admin} may do with a reader's request about their personal data: export
   * it, or erase it ({@link PersonalDataView}).
   *
   * @param admin an administrator, such as {@link Actor#SYSTEM}
   * @throws PermissionDeniedException if the actor is not an administrator ({@code NOT_ADMIN})
   * @since 0.2.0
   */
  public PersonalDataView personalData(Actor admin) {
    requireNonNull(admin, "admin must not be null");
    if (admin.role() != org.rejoinder.model.Role.ADMIN) {
      throw new PermissionDeniedException(PermissionDeniedException.Reason.NOT_ADMIN,
          "Only an administrator may export or erase personal data");
    }
    return new PersonalDataView(admin, store, clock, anonymousName);
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
   * pending ones. Whether the post takes replies is judged by this instance's clock.
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
   * read from the store ({@link org.rejoinder.store.ThreadPageStore#threadPage}); a flat layout
   * reads every comment.
   *
   * @param page from 1 to the thread's page count, as a reader's request gives it
   * @throws NotFoundException if there is no such post
   * @throws InvalidInputException if there is no such page
   */
  public ThreadPage threadPage(PostId postId, Actor viewer, ThreadOptions options, int page) {
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    Post post = post(postId);
    Checks.inputRange("page", page, 1, Integer.MAX_VALUE);
    if (!options.threaded()) {
      return CommentThread.assemble(post, store.commentsOf(postId), viewer, options, clock.instant())
          .page(page);
    }
    ThreadSlice slice = store.threadPage(ThreadPageRequest.of(postId, viewer, options, page));
    return CommentThread.assemble(post, slice, viewer, options, clock.instant()).page(page);
  }

  /**
   * Returns the page a cursor leads to ("Older comments", "Newer comments") as {@code viewer}
   * sees it, in the default layout; see {@link #threadPage(PostId, Actor, ThreadOptions,
   * ThreadCursor)}.
   *
   * @since 0.2.0
   */
  public ThreadPage threadPage(PostId postId, Actor viewer, ThreadCursor cursor) {
    return threadPage(postId, viewer, threadOptions, cursor);
  }

  /**
   * Returns the page a cursor leads to, as {@code viewer} sees it: the {@link
   * ThreadOptions#perPage()} top-level threads just before or just after the cursor's boundary
   * thread ({@link ThreadPage#earlier()}, {@link ThreadPage#later()}), with all their shown
   * replies, numbered and counted as in the whole thread. Only that page is read from the store,
   * and a store with indexes finds it from the boundary's sort key, so a page deep into a large
   * post costs what the first one does; pages read one after the other by cursor neither repeat
   * nor skip a thread when comments are added in between. The page's {@linkplain
   * ThreadPage#number() number} is estimated ({@link CommentThread#cursorPage()}).
   *
   * @param cursor a cursor of this post's pages in {@code options.order()}, as {@link
   *     ThreadCursor#parse} read it from a link
   * @throws NotFoundException if there is no such post
   * @throws InvalidCursorException if the cursor was made for another post, another order, or a
   *     threaded layout while {@code options} are flat
   * @since 0.2.0
   */
  public ThreadPage threadPage(
      PostId postId, Actor viewer, ThreadOptions options, ThreadCursor cursor) {
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    requireNonNull(cursor, "cursor must not be null");
    Post post = post(postId);
    ThreadPageRequest request = ThreadPageRequest.of(postId, viewer, options, cursor);
    if (!options.threaded()) {
      throw new InvalidCursorException(InvalidCursorException.Reason.OTHER_ORDER,
          "Pages of a flat layout have no cursors");
    }
    ThreadSlice slice = store.threadPage(request);
    return CommentThread.assemble(post, slice, viewer, options, clock.instant()).cursorPage();
  }

  /**
   * Returns one comment's node as {@code viewer} sees it, in the default layout; see {@link
   * #node(CommentId, Actor, ThreadOptions)}.
   *
   * @throws NotFoundException if there is no such comment
   * @since 0.2.0
   */
  public Optional<ThreadNode> node(CommentId id, Actor viewer) {
    return node(id, viewer, threadOptions);
  }

  /**
   * Returns one comment's node as {@code viewer} sees it, without reading the whole thread: for
   * the answer to the form that just posted it ({@link ThreadNode#standalone}). The node sits at
   * the comment's depth (its ancestors are read, at most {@link ThreadOptions#maxDepth()} of
   * them), takes replies if the post does now, and has no number.
   *
   * @return the node, or empty if the viewer is not shown the comment (held for someone else,
   *     spam, trash, purged)
   * @throws NotFoundException if there is no such comment
   * @since 0.2.0
   */
  public Optional<ThreadNode> node(CommentId id, Actor viewer, ThreadOptions options) {
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    Comment comment = comment(id);
    Post post = post(comment.postId());
    CommentId parentId = comment.parentId();
    Comment parent = parentId == null ? null : comment(parentId);
    int depth = 1;
    Comment ancestor = parent;
    while (ancestor != null && depth <= options.maxDepth()) {
      depth++;
      CommentId above = ancestor.parentId();
      ancestor = above == null ? null : store.findComment(above).orElse(null);
    }
    return ThreadNode.standalone(post, comment, parent, depth, viewer, options, clock.instant());
  }

  // Across posts

  /**
   * Returns how many responses each post has, the N of its thread's "N responses" ({@link
   * CommentThread#responseCount()}): for the "12 comments" links of an index page, read with one
   * store query (see {@link org.rejoinder.store.ActivityStore#responseCounts}).
   *
   * @param posts the posts; repeats are ignored
   * @return the count of every known post among {@code posts}; unknown posts are left out
   * @since 0.2.0
   */
  public Map<PostId, Integer> responseCounts(Collection<PostId> posts) {
    requireNonNull(posts, "posts must not be null");
    for (PostId post : posts) {
      requireNonNull(post, "posts must not contain null");
    }
    return Map.copyOf(store.responseCounts(posts));
  }

  /**
   * Returns the newest approved comments that {@code query} selects, newest first: a "recent
   * comments" list. Whether a post takes comments ({@link RecentCommentsQuery#openPostsOnly()})
   * is judged by this instance's clock.
   *
   * @since 0.2.0
   */
  public List<Comment> recentComments(RecentCommentsQuery query) {
    requireNonNull(query, "query must not be null");
    return List.copyOf(store.recentComments(query, clock.instant()));
  }

  /**
   * Builds a {@link Rejoinder}. Every setting has a default. A setting given twice replaces the
   * earlier value; {@link #listener(CommentListener)} adds, so listeners add up.
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
    /**
     * The default number of comments a post may have pinned: {@value}.
     *
     * @since 0.2.0
     */
    public static final int DEFAULT_MAX_PINNED_PER_POST = 3;

    private static final Duration DEFAULT_EDIT_WINDOW = Duration.ofMinutes(DEFAULT_EDIT_WINDOW_MINUTES);
    private static final Duration DEFAULT_TRASH_RETENTION = Duration.ofDays(DEFAULT_TRASH_RETENTION_DAYS);

    private @Nullable CommentStore store;
    private Clock clock = Clock.systemUTC();
    private @Nullable Supplier<CommentId> commentIds;
    private ModerationPolicy policy = ModerationPolicy.standard();
    private ThreadOptions threadOptions = ThreadOptions.DEFAULTS;
    private @Nullable BodyText bodyText;
    private final List<CommentListener> listeners = new ArrayList<>();
    private Duration editWindow = DEFAULT_EDIT_WINDOW;
    private Duration trashRetention = DEFAULT_TRASH_RETENTION;
    private int reportsToHold = DEFAULT_REPORTS_TO_HOLD;
    private boolean guestVotes;
    private int maxPinnedPerPost = DEFAULT_MAX_PINNED_PER_POST;
    private boolean outbox;
    private List<String> moderatorAddresses = List.of();
    private boolean notifyPostAuthors;
    private boolean notifyMentioned = true;
    private String anonymousName = "Anonymous";

    private Builder() {}

    /**
     * Sets the store. Default: a new {@link InMemoryCommentStore}. Keep your own reference if you
     * need the store itself (to migrate it, to import comments): this instance does not hand it
     * out.
     */
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

    /**
     * Sets how moderation sees a body as readers will ({@link BodyText}). Default: the first
     * implementation found with {@link ServiceLoader} on the class or module path (the render
     * module provides the one that matches its renderers), else {@link BodyText#asTyped()}, the
     * text as typed.
     *
     * @since 0.2.0
     */
    public Builder bodyText(BodyText bodyText) {
      this.bodyText = requireNonNull(bodyText, "bodyText must not be null");
      return this;
    }

    /** Adds a listener that hears of every new, changed, edited and reported comment. Default: none. */
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
     * Sets how long trashed comments are kept before {@link ModerationView#purgeTrash()} deletes
     * them. Default: {@value #DEFAULT_TRASH_RETENTION_DAYS} days, as WordPress's {@code
     * EMPTY_TRASH_DAYS}.
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

    /**
     * Sets whether guests may vote: readers without an account, known by a guest's key or a
     * {@linkplain Actor#visitor visitor} key the application keeps for them. Default: {@code
     * false}, only signed-in readers (site users and external identities) vote.
     *
     * @since 0.2.0
     */
    public Builder guestVotes(boolean allowed) {
      this.guestVotes = allowed;
      return this;
    }

    /**
     * Sets whether new and newly approved comments write notifications to the store's outbox
     * ({@link org.rejoinder.store.NotificationStore}), in the same transaction: to the authors
     * of the comments they reply to, to the authors they name ({@link #notifyMentioned}) and to
     * the post's subscribers, on approved comments; to {@link #moderatorAddresses} on held ones. Nobody is told of their own comment, of spam, or
     * of a held comment before it is approved. A sender (module {@code rejoinder-notify}) sends
     * them. Confirmation requests of new subscriptions are written either way. Default: {@code
     * false}.
     *
     * @since 0.2.0
     */
    public Builder outbox(boolean enabled) {
      this.outbox = enabled;
      return this;
    }

    /**
     * Sets how many comments a post may have pinned at once. Default: {@value
     * #DEFAULT_MAX_PINNED_PER_POST}.
     *
     * @throws IllegalArgumentException if {@code max} is below 1
     * @since 0.2.0
     */
    public Builder maxPinnedPerPost(int max) {
      this.maxPinnedPerPost = Checks.argumentRange("maxPinnedPerPost", max, 1, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the addresses told of every comment held for moderation (WordPress's "A comment is
     * held for moderation"), when the {@link #outbox(boolean) outbox} is on. Default: none.
     *
     * @throws org.rejoinder.error.InvalidInputException if one is not an address
     * @since 0.2.0
     */
    public Builder moderatorAddresses(Collection<String> addresses) {
      List<String> checked = new ArrayList<>();
      for (String address : addresses) {
        String email = Checks.optionalEmail("moderatorAddresses", address, Limits.MAX_EMAIL_CHARS);
        checkArgument(email != null, "moderatorAddresses must not contain a blank address");
        checked.add(email);
      }
      this.moderatorAddresses = List.copyOf(checked);
      return this;
    }

    /**
     * Sets whether a post's author, if their {@link org.rejoinder.model.Author#email()} is
     * known, is told of every approved comment on it (WordPress's "Email me whenever anyone posts
     * a comment"), when the {@link #outbox(boolean) outbox} is on. Default: {@code false}.
     *
     * @since 0.2.0
     */
    public Builder notifyPostAuthors(boolean notify) {
      this.notifyPostAuthors = notify;
      return this;
    }

    /**
     * Sets whether the authors a comment names ({@code @Name}, a leading {@code Name,}: its
     * {@link org.rejoinder.model.Mention.Kind#NAME name mentions}) are told of it, when the
     * {@link #outbox(boolean) outbox} is on and the named comment's author gave an address
     * (a guest's email, a site user's known address). They are told when the comment becomes
     * visible: stored approved, or approved later; never of a held comment or of spam, never of
     * their own. An address already told of the comment as a reply to its own comment hears of
     * it once, as the reply. Default: {@code true}.
     *
     * @since 0.2.0
     */
    public Builder notifyMentioned(boolean notify) {
      this.notifyMentioned = notify;
      return this;
    }

    /**
     * Sets the name erased comments show ({@link PersonalDataView#erase}). Default: {@code
     * Anonymous}.
     *
     * @throws org.rejoinder.error.InvalidInputException if it is blank or too long for a name
     * @since 0.2.0
     */
    public Builder anonymousName(String name) {
      this.anonymousName = Guest.of(requireNonNull(name, "name must not be null"), null).displayName();
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
