package org.rejoinder.store;

/**
 * Where posts, comments and their moderation history are kept: the storage SPI, as {@code
 * Rejoinder} needs it. It is the union of the store's capabilities:
 *
 * <ul>
 *   <li>{@link DiscussionStore}: posts, comments, their audit entries, queries;
 *   <li>{@link ModerationHistoryStore}: audit trails, revisions, reports, purging, the queue;
 *   <li>{@link BulkInsertStore}: imports, by default one comment at a time;
 *   <li>{@link ThreadPageStore}: one page of a post's threads, by default cut from the whole;
 *   <li>{@link VoteStore}: readers' votes and each comment's counts, kept together;
 *   <li>{@link PinStore}: pinned comments, a few per post;
 *   <li>{@link MentionStore}: the authors a comment names, by default found by reading the post;
 *   <li>{@link ActivityStore}: response counts of many posts and recent comments across posts;
 *   <li>{@link NotificationStore}: readers' subscriptions and the outbox of notifications,
 *       written in the transaction of the comment or change that causes them;
 *   <li>{@link PersonalDataStore}: what is stored about an email address, and its erasure;
 *   <li>{@link IdentityLockStore}: one person's submissions in turn, across processes sharing the
 *       store, by default only run (a store one process uses needs no more).
 * </ul>
 *
 * <p>Rejoinder ships an in-memory store ({@link InMemoryCommentStore}) and a JDBC store (module
 * {@code rejoinder-jdbc}); both pass the same contract tests, which an application's own store
 * should run too ({@code CommentStoreContract}, {@code BulkInsertContract}, {@code
 * ThreadPageContract}, {@code VoteStoreContract}, {@code PinStoreContract}, {@code
 * MentionStoreContract}, {@code ActivityStoreContract}, {@code NotificationStoreContract}, {@code
 * PersonalDataStoreContract}, {@code IdentityLockContract} and {@code
 * ConcurrentModerationContract} in the test-jar of {@code
 * rejoinder-core}). The service validates input, checks roles and runs the moderation policy; the
 * store keeps data consistent (see {@link DiscussionStore} for what every method guarantees).
 * A feature that needs more of a store adds a capability of its own beside these, with defaults
 * where a simple fallback exists.
 *
 * @since 0.1.0
 */
public interface CommentStore
    extends ModerationHistoryStore,
        BulkInsertStore,
        ThreadPageStore,
        ActivityStore,
        VoteStore,
        PinStore,
        MentionStore,
        NotificationStore,
        PersonalDataStore,
        IdentityLockStore {}
