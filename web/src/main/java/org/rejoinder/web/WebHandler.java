package org.rejoinder.web;

import java.util.Map;

/**
 * Answers the requests of one route of a {@link Routes} table.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface WebHandler {
  /**
   * Answers a request.
   *
   * @param request the request
   * @param parameters the route's path parameters by name ({@code {post}} in {@code
   *     /posts/{post}}), percent-decoded
   * @return the response; a {@link org.rejoinder.error.RejoinderException} thrown instead is
   *     answered by {@link CommentsWeb} with the status and message of its code
   */
  WebResponse handle(WebRequest request, Map<String, String> parameters);
}
