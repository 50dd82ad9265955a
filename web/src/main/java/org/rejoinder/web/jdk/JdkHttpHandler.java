package org.rejoinder.web.jdk;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.ResponseCookie;
import org.rejoinder.web.WebRequest;
import org.rejoinder.web.WebResponse;

/**
 * Serves a {@link CommentsWeb} with the JDK's own HTTP server ({@code com.sun.net.httpserver}):
 * turns each exchange into a {@link WebRequest}, reading the body up to {@link
 * CommentsWeb#maxBodyBytes()}, and sends the {@link WebResponse} back.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/", new JdkHttpHandler(web));
 * server.setExecutor(Executors.newFixedThreadPool(32));   // bounded: never a thread per connection
 * server.start();
 * }</pre>
 *
 * @since 0.2.0
 */
public final class JdkHttpHandler implements HttpHandler {
  /**
   * The most bytes of a refused body read and dropped, so that the client, still sending, reads
   * the refusal instead of a reset connection; a longer one is cut off.
   */
  private static final long DRAINED_AT_MOST = 16L << 20;

  private final CommentsWeb web;

  /** Creates a handler serving {@code web}. */
  public JdkHttpHandler(CommentsWeb web) {
    this.web = requireNonNull(web, "web must not be null");
  }

  /** Returns the request an exchange holds, its body read up to the web layer's limit. */
  public static WebRequest request(HttpExchange exchange, int maxBodyBytes) {
    WebRequest.Builder request = WebRequest.builder(exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath() == null ? "/" : exchange.getRequestURI().getRawPath())
        .queryString(exchange.getRequestURI().getRawQuery())
        .secure(exchange instanceof HttpsExchange);
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        request.header(header.getKey(), value);
      }
    }
    InetSocketAddress remote = exchange.getRemoteAddress();
    if (remote != null && remote.getAddress() != null) {
      request.remoteAddress(remote.getAddress().getHostAddress());
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
      request.bodyTooLarge();
      drain(exchange, Long.parseLong(length));
    } else {
      request.body(exchange.getRequestBody(), maxBodyBytes);
      drain(exchange, DRAINED_AT_MOST);
    }
    return request.build();
  }

  private static void drain(HttpExchange exchange, long declared) {
    if (declared > DRAINED_AT_MOST) {
      return;
    }
    try {
      long left = DRAINED_AT_MOST;
      byte[] buffer = new byte[8192];
      int read;
      while (left > 0 && (read = exchange.getRequestBody().read(buffer)) > 0) {
        left -= read;
      }
    } catch (IOException e) {
      // The client stopped sending: nothing left to drain.
    }
  }

  /** Sends a response on an exchange and closes it. */
  public static void send(HttpExchange exchange, WebResponse response) throws IOException {
    for (Map.Entry<String, String> header : response.headers()) {
      exchange.getResponseHeaders().add(header.getKey(), header.getValue());
    }
    for (ResponseCookie cookie : response.cookies()) {
      exchange.getResponseHeaders().add("Set-Cookie", cookie.headerValue());
    }
    byte[] body = response.body();
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      WebRequest request = request(exchange, web.maxBodyBytes());
      send(exchange, web.handle(request));
    } finally {
      exchange.close();
    }
  }
}
