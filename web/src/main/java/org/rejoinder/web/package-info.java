/**
 * The web layer, over framework-neutral requests and responses: {@link
 * org.rejoinder.web.CommentsWeb} answers a {@link org.rejoinder.web.WebRequest} that an adapter
 * fills in with a {@link org.rejoinder.web.WebResponse} it sends; {@link
 * org.rejoinder.web.Identities} says who is signed in, {@link org.rejoinder.web.PageLayout} frames
 * its pages, {@link org.rejoinder.web.Routes} lists its routes.
 */
@NullMarked
package org.rejoinder.web;

import org.jspecify.annotations.NullMarked;
