package org.rejoinder.web;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.web.internal.UrlEncoded;

/**
 * An HTTP request as the web layer needs it, whatever server received it: method, path, query,
 * headers, cookies, the body's bytes, the client's address and whether the connection was
 * secure. An adapter (the JDK server's {@link org.rejoinder.web.jdk.JdkHttpHandler}, a servlet
 * filter, a Spring controller) fills one in with {@link #builder(String, String)}; the web layer
 * parses form fields and JSON from the body itself, with its own limits.
 *
 * <p>The body is read by the adapter up to a limit ({@link CommentsWeb#maxBodyBytes()}): {@link
 * Builder#body(InputStream, int)} reads at most one byte more and marks a longer body {@link
 * #bodyTooLarge() too large}, which is refused without being parsed.
 *
 * <p>Immutable and safe to share.
 *
 * @since 0.2.0
 */
public final class WebRequest {
  private static final byte[] EMPTY = new byte[0];

  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final Map<String, String> cookies;
  private final byte[] body;
  private final boolean bodyTooLarge;
  private final @Nullable String remoteAddress;
  private final boolean secure;

  private WebRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.query = copy(builder.query);
    this.headers = copy(builder.headers);
    this.cookies = Map.copyOf(builder.cookies);
    this.body = builder.body;
    this.bodyTooLarge = builder.bodyTooLarge;
    this.remoteAddress = builder.remoteAddress;
    this.secure = builder.secure;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns a builder for a request.
   *
   * @param method the HTTP method, such as {@code GET}; upper-cased
   * @param path the request's path, percent-encoded as received, starting with {@code /}, without
   *     the query
   * @throws IllegalArgumentException if the method is not a token or the path does not start
   *     with {@code /}
   */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /** Returns the method, upper case: {@code GET}, {@code POST}, … */
  public String method() {
    return method;
  }

  /** Returns the path as received, percent-encoded, without the query. */
  public String path() {
    return path;
  }

  /** Returns the first value of a query parameter, decoded. */
  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns every value of a query parameter, decoded, in the order sent. */
  public List<String> queryValues(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** Returns the first value of a header, by its name in any case. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns a cookie's value. */
  public Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  /** Returns the body's bytes (a copy); empty for none. */
  public byte[] body() {
    return body.clone();
  }

  /** Returns the body's length in bytes. */
  public int bodyLength() {
    return body.length;
  }

  /** Returns the body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Returns whether the body was longer than the limit the adapter read it with. */
  public boolean bodyTooLarge() {
    return bodyTooLarge;
  }

  /** Returns the media type of the body, lower case and without parameters, or empty. */
  public Optional<String> contentType() {
    return header("Content-Type")
        .map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
        .filter(value -> !value.isEmpty());
  }

  /** Returns the client's IP address as the server saw it, or empty if unknown. */
  public Optional<String> remoteAddress() {
    return Optional.ofNullable(remoteAddress);
  }

  /** Returns whether the request came over https (cookies are then marked {@code Secure}). */
  public boolean secure() {
    return secure;
  }

  /** Returns whether the method changes state: anything but GET, HEAD and OPTIONS. */
  public boolean changesState() {
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
  }

  /** Shows the method and path only: queries, cookies and bodies may hold personal data. */
  @Override
  public String toString() {
    return "WebRequest[" + method + " " + path + "]";
  }

  /**
   * Builds a {@link WebRequest}. Adders ({@link #header}, {@link #cookie}, {@link #queryString})
   * add; settings replace.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private byte[] body = EMPTY;
    private boolean bodyTooLarge;
    private @Nullable String remoteAddress;
    private boolean secure;

    private Builder(String method, String path) {
      requireNonNull(method, "method must not be null");
      requireNonNull(path, "path must not be null");
      checkArgument(method.matches("[A-Za-z]{1,20}"), "method must be an HTTP method but was %s", method);
      checkArgument(path.startsWith("/"), "path must start with / but was %s", path);
      this.method = method.toUpperCase(Locale.ROOT);
      this.path = path;
    }

    /**
     * Adds the parameters of a raw query string ({@code a=1&b=x%20y}), as received; {@code null}
     * or empty for none. Malformed escapes are kept as typed.
     */
    public Builder queryString(@Nullable String rawQuery) {
      if (rawQuery != null) {
        UrlEncoded.parse(rawQuery, query);
      }
      return this;
    }

    /** Adds a header value; names are compared in any case. */
    public Builder header(String name, String value) {
      requireNonNull(name, "name must not be null");
      requireNonNull(value, "value must not be null");
      headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value);
      if (name.equalsIgnoreCase("Cookie")) {
        parseCookies(value);
      }
      return this;
    }

    /** Adds a cookie, as a server that parsed the {@code Cookie} header itself gives it. */
    public Builder cookie(String name, String value) {
      cookies.putIfAbsent(requireNonNull(name, "name must not be null"),
          requireNonNull(value, "value must not be null"));
      return this;
    }

    /** Sets the body's bytes, read in full by the adapter. */
    public Builder body(byte[] bytes) {
      this.body = requireNonNull(bytes, "bytes must not be null").clone();
      this.bodyTooLarge = false;
      return this;
    }

    /**
     * Reads the body from {@code in}, at most {@code maxBytes}; a longer body is not read further
     * and marks the request {@link WebRequest#bodyTooLarge()}. Does not close the stream.
     *
     * @throws UncheckedIOException if reading fails
     */
    public Builder body(InputStream in, int maxBytes) {
      requireNonNull(in, "in must not be null");
      checkArgument(maxBytes >= 0, "maxBytes must not be negative but was %s", maxBytes);
      try {
        byte[] read = in.readNBytes(maxBytes + 1);
        this.bodyTooLarge = read.length > maxBytes;
        this.body = bodyTooLarge ? EMPTY : read;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /** Marks the body as longer than the limit, unread (an adapter that saw the length first). */
    public Builder bodyTooLarge() {
      this.body = EMPTY;
      this.bodyTooLarge = true;
      return this;
    }

    /** Sets the client's IP address as the server saw it. Default: unknown. */
    public Builder remoteAddress(@Nullable String address) {
      this.remoteAddress = address;
      return this;
    }

    /** Sets whether the request came over https. Default: {@code false}. */
    public Builder secure(boolean isSecure) {
      this.secure = isSecure;
      return this;
    }

    /** Returns the request. */
    public WebRequest build() {
      return new WebRequest(this);
    }

    private void parseCookies(String header) {
      for (String pair : header.split(";")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          String name = pair.substring(0, equals).strip();
          String value = pair.substring(equals + 1).strip();
          if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
          }
          cookies.putIfAbsent(name, value);
        }
      }
    }
  }
}
