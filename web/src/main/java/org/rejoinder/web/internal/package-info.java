/**
 * What the web layer uses inside: signed tokens, form parsing, the viewer, the handlers of the
 * discussion page, the comment form, moderation and the JSON API, and the mapping of failures to
 * statuses. Not exported.
 */
@NullMarked
package org.rejoinder.web.internal;

import org.jspecify.annotations.NullMarked;
