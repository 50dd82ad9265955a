/**
 * The immutable values of a discussion: {@link org.rejoinder.model.Post}, {@link
 * org.rejoinder.model.Comment}, the kinds of {@link org.rejoinder.model.Author}, bodies, moderation
 * states and their history.
 */
@NullMarked
package org.rejoinder.model;

import org.jspecify.annotations.NullMarked;
