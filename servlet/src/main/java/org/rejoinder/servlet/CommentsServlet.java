package org.rejoinder.servlet;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.Map;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.ResponseCookie;
import org.rejoinder.web.WebRequest;
import org.rejoinder.web.WebResponse;

/**
 * Serves a {@link CommentsWeb} from a Jakarta Servlet 6 container: turns each {@link
 * HttpServletRequest} into a {@link WebRequest}, its body read up to {@link
 * CommentsWeb#maxBodyBytes()}, and writes the {@link WebResponse} back: status, headers, one
 * {@code Set-Cookie} per cookie, body.
 *
 * <p>The web layer sees the request's whole path, context path included, and writes its links and
 * redirects with its {@link CommentsWeb#basePath() base path}: so the base path is the context
 * path followed by the servlet's mapping. A web layer built with {@code basePath("/comments")} is
 * mapped at {@code /comments/*} in the root context; in a context {@code /blog}, build it with
 * {@code basePath("/blog/comments")} and map the servlet at {@code /comments/*}.
 *
 * <pre>{@code
 * ServletRegistration.Dynamic comments =
 *     servletContext.addServlet("comments", new CommentsServlet(web));
 * comments.addMapping("/comments/*");
 * }</pre>
 *
 * <p>The servlet reads the body itself: nothing in front of it (a filter) may have read a form's
 * fields with {@code getParameter} first, or the body is gone. The web layer checks its own CSRF
 * tokens, so a framework's CSRF filter should leave these paths alone.
 *
 * @since 0.2.0
 */
public class CommentsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /**
   * The most bytes of a refused body read and dropped, so that the client, still sending, reads
   * the refusal instead of a reset connection; a longer one is cut off.
   */
  private static final long DRAINED_AT_MOST = 16L << 20;

  @SuppressWarnings("serial") // A servlet is not serialized here; CommentsWeb is not meant to be.
  private final CommentsWeb web;

  /** Creates a servlet serving {@code web}. */
  public CommentsServlet(CommentsWeb web) {
    this.web = requireNonNull(web, "web must not be null");
  }

  /** Returns the web layer this servlet serves. */
  public final CommentsWeb web() {
    return web;
  }

  /**
   * Returns the web layer's request for a servlet request: method, path (the request URI, context
   * path included), raw query, headers (cookies come with the {@code Cookie} header), client address, whether it
   * came over https, and the body read up to {@code maxBodyBytes} (a longer one is marked too
   * large, unread).
   *
   * @throws IOException if reading the body fails
   */
  public static WebRequest request(HttpServletRequest request, int maxBodyBytes) throws IOException {
    String path = request.getRequestURI();
    WebRequest.Builder built = WebRequest.builder(request.getMethod(),
            path == null || path.isEmpty() ? "/" : path)
        .queryString(request.getQueryString())
        .secure(request.isSecure())
        .remoteAddress(request.getRemoteAddr());
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      Enumeration<String> values = request.getHeaders(name);
      while (values.hasMoreElements()) {
        built.header(name, values.nextElement());
      }
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBodyBytes) {
      built.bodyTooLarge();
      drain(request.getInputStream(), declared);
    } else {
      ServletInputStream in = request.getInputStream();
      built.body(in, maxBodyBytes);
      drain(in, DRAINED_AT_MOST);
    }
    return built.build();
  }

  private static void drain(InputStream in, long declared) {
    if (declared > DRAINED_AT_MOST) {
      return;
    }
    try {
      long left = DRAINED_AT_MOST;
      byte[] buffer = new byte[8192];
      int read;
      while (left > 0 && (read = in.read(buffer)) > 0) {
        left -= read;
      }
    } catch (IOException e) {
      // The client stopped sending: nothing left to drain.
    }
  }

  /**
   * Writes a web layer's response: its status, headers, one {@code Set-Cookie} header per cookie,
   * and its body, except for a {@code HEAD} request.
   *
   * @throws IOException if writing fails
   */
  public static void send(HttpServletRequest request, HttpServletResponse response, WebResponse answer)
      throws IOException {
    response.setStatus(answer.status());
    for (Map.Entry<String, String> header : answer.headers()) {
      response.addHeader(header.getKey(), header.getValue());
    }
    for (ResponseCookie cookie : answer.cookies()) {
      response.addHeader("Set-Cookie", cookie.headerValue());
    }
    byte[] body = answer.body();
    response.setContentLength(body.length);
    if (!"HEAD".equalsIgnoreCase(request.getMethod()) && body.length > 0) {
      OutputStream out = response.getOutputStream();
      out.write(body);
      out.flush();
    }
  }

  /**
   * Answers a request with the web layer. A subclass may override this to observe or time each
   * request (calling {@code super.handle}).
   */
  protected WebResponse handle(WebRequest request) {
    return web.handle(request);
  }

  /** Answers every method through the web layer, which refuses those a route does not take. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    send(request, response, handle(request(request, web.maxBodyBytes())));
  }
}
