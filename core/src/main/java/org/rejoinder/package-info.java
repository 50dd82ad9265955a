/**
 * Rejoinder's entry point, {@link org.rejoinder.Rejoinder}: readers' verbs (submit, edit, report,
 * read threads) on it, moderators' verbs on the {@link org.rejoinder.ModerationView} it hands to a
 * moderator, the submission type {@link org.rejoinder.NewComment} and the {@link
 * org.rejoinder.CommentListener} hook. Its exceptions are rooted at {@link
 * org.rejoinder.error.RejoinderException}.
 */
@NullMarked
package org.rejoinder;

import org.jspecify.annotations.NullMarked;
