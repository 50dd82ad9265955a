/**
 * The storage SPI, {@link org.rejoinder.store.CommentStore}, and its in-memory
 * implementation, {@link org.rejoinder.store.InMemoryCommentStore}.
 */
@NullMarked
package org.rejoinder.store;

import org.jspecify.annotations.NullMarked;
