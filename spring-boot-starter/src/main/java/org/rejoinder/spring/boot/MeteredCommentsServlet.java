package org.rejoinder.spring.boot;

import org.rejoinder.servlet.CommentsServlet;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.WebRequest;
import org.rejoinder.web.WebResponse;

/** The servlet, timing each request in {@link RejoinderMetrics}. */
final class MeteredCommentsServlet extends CommentsServlet {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // Not serialized.
  private final RejoinderMetrics metrics;

  MeteredCommentsServlet(CommentsWeb web, RejoinderMetrics metrics) {
    super(web);
    this.metrics = metrics;
  }

  @Override
  protected WebResponse handle(WebRequest request) {
    long start = System.nanoTime();
    WebResponse response = super.handle(request);
    metrics.request(web().routes(), web().basePath(), request, response, System.nanoTime() - start);
    return response;
  }
}
