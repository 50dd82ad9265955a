package org.rejoinder.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.feed.CommentFeeds;
import org.rejoinder.feed.FeedDocument;
import org.rejoinder.feed.FeedFormat;
import org.rejoinder.model.PostId;

/**
 * The feed routes: a post's comments and the site's, in Atom and RSS, with {@code ETag} and
 * {@code Last-Modified}, and 304 for a client that has the current one.
 */
final class Feeds {
  private final @Nullable CommentFeeds feeds;

  Feeds(@Nullable CommentFeeds feeds) {
    this.feeds = feeds;
  }

  private CommentFeeds feeds() {
    if (feeds == null) {
      throw new WebException(WebException.Reason.NO_ROUTE, "There is nothing here.");
    }
    return feeds;
  }

  /** {@code GET /posts/{post}/feed}. */
  WebResponse postAtom(WebRequest request, Map<String, String> parameters) {
    return post(request, parameters, FeedFormat.ATOM);
  }

  /** {@code GET /posts/{post}/feed/rss}. */
  WebResponse postRss(WebRequest request, Map<String, String> parameters) {
    return post(request, parameters, FeedFormat.RSS);
  }

  /** {@code GET /comments/feed}. */
  WebResponse recentAtom(WebRequest request, Map<String, String> parameters) {
    return answer(request, feeds().recent(FeedFormat.ATOM, page(request)));
  }

  /** {@code GET /comments/feed/rss}. */
  WebResponse recentRss(WebRequest request, Map<String, String> parameters) {
    return answer(request, feeds().recent(FeedFormat.RSS, page(request)));
  }

  private WebResponse post(WebRequest request, Map<String, String> parameters, FeedFormat format) {
    PostId post = new PostId(WebContext.param(parameters, "post"));
    return answer(request, feeds().ofPost(post, format, page(request)));
  }

  private static int page(WebRequest request) {
    String page = request.query("page").orElse("1");
    if (!page.matches("[0-9]{1,7}")) {
      throw new InvalidInputException("page", InvalidInputException.Problem.MALFORMED, "page must be a number");
    }
    return Integer.parseInt(page);
  }

  private static WebResponse answer(WebRequest request, FeedDocument doc) {
    String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(doc.updated().atOffset(ZoneOffset.UTC));
    boolean current = request.header("If-None-Match")
        .map(tags -> tags.contains(doc.etag()) || tags.trim().equals("*")).orElse(false);
    WebResponse response = current
        ? WebResponse.of(304, doc.contentType(), new byte[0])
        : WebResponse.of(200, doc.contentType(), doc.xml().getBytes(StandardCharsets.UTF_8));
    return response.withHeader("ETag", doc.etag()).withHeader("Last-Modified", lastModified)
        .withHeader("Cache-Control", "no-cache");
  }
}
