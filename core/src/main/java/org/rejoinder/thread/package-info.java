/**
 * Thread assembly: {@link org.rejoinder.thread.CommentThread} turns a post's comments into
 * the nested, numbered, paginated view a reader sees, configured by {@link
 * org.rejoinder.thread.ThreadOptions}.
 */
@NullMarked
package org.rejoinder.thread;

import org.jspecify.annotations.NullMarked;
