package org.rejoinder.web;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP response from the web layer, for an adapter to send: the status, headers, cookies and
 * body. Immutable; the {@code with…} methods return changed copies.
 *
 * @since 0.2.0
 */
public final class WebResponse {
  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final List<ResponseCookie> cookies;
  private final byte[] body;

  private WebResponse(int status, List<Map.Entry<String, String>> headers,
      List<ResponseCookie> cookies, byte[] body) {
    checkArgument(status >= 100 && status <= 599, "status must be from 100 to 599 but was %s", status);
    this.status = status;
    this.headers = List.copyOf(headers);
    this.cookies = List.copyOf(cookies);
    this.body = body;
  }

  /** Returns a response with a body of a media type, such as {@code text/html; charset=utf-8}. */
  public static WebResponse of(int status, String contentType, byte[] body) {
    requireNonNull(contentType, "contentType must not be null");
    return new WebResponse(status, List.of(Map.entry("Content-Type", contentType)), List.of(),
        requireNonNull(body, "body must not be null").clone());
  }

  /** Returns an HTML page, UTF-8. */
  public static WebResponse html(int status, String html) {
    return of(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns a JSON document, UTF-8. */
  public static WebResponse json(int status, byte[] json) {
    return of(status, "application/json; charset=utf-8", json);
  }

  /** Returns plain text, UTF-8. */
  public static WebResponse text(int status, String text) {
    return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns a {@code 303 See Other} to {@code location}, as the answer to a form's POST. */
  public static WebResponse seeOther(String location) {
    requireNonNull(location, "location must not be null");
    return new WebResponse(303, List.of(Map.entry("Location", location)), List.of(), new byte[0]);
  }

  /** Returns a copy with one more header. */
  public WebResponse withHeader(String name, String value) {
    requireNonNull(name, "name must not be null");
    requireNonNull(value, "value must not be null");
    checkArgument(!name.contains("\n") && !value.contains("\n") && !value.contains("\r"),
        "headers must be one line: %s", name);
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new WebResponse(status, more, cookies, body);
  }

  /** Returns a copy that also sets (or clears) a cookie. */
  public WebResponse withCookie(ResponseCookie cookie) {
    List<ResponseCookie> more = new ArrayList<>(cookies);
    more.add(requireNonNull(cookie, "cookie must not be null"));
    return new WebResponse(status, headers, more, body);
  }

  /** Returns a copy with other cookies added. */
  public WebResponse withCookies(List<ResponseCookie> added) {
    List<ResponseCookie> more = new ArrayList<>(cookies);
    more.addAll(added);
    return new WebResponse(status, headers, more, body);
  }

  /** Returns the status code. */
  public int status() {
    return status;
  }

  /** Returns the headers, in order, without the cookies. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** Returns the first value of a header, by its name in any case. */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue).findFirst();
  }

  /** Returns the cookies to set or clear. */
  public List<ResponseCookie> cookies() {
    return cookies;
  }

  /** Returns the body (a copy). */
  public byte[] body() {
    return body.clone();
  }

  /** Returns the body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "WebResponse[" + status + ", " + body.length + " bytes]";
  }
}
