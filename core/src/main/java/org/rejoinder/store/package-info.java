/**
 * The storage SPI, {@link org.rejoinder.store.CommentStore}, the union of the store's
 * capabilities ({@link org.rejoinder.store.DiscussionStore}, {@link
 * org.rejoinder.store.ModerationHistoryStore}, {@link org.rejoinder.store.BulkInsertStore},
 * {@link org.rejoinder.store.ThreadPageStore}, {@link
 * org.rejoinder.store.ActivityStore}), and its in-memory implementation, {@link
 * org.rejoinder.store.InMemoryCommentStore}.
 */
@NullMarked
package org.rejoinder.store;

import org.jspecify.annotations.NullMarked;
