package org.rejoinder.web;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rejoinder.web.internal.UrlEncoded;

/**
 * The table that maps a method and a path to a {@link WebHandler}: the one place where the web
 * layer's routes are listed ({@link CommentsWeb#routes()}), and where an application adds its own
 * ({@link CommentsWeb.Builder#route}). A pattern is a path whose segments are literal or a
 * parameter in braces, matching one non-empty segment: {@code /api/posts/{post}/comments}.
 * Routes are tried in the order they were added; the first match wins.
 *
 * <p>Immutable and safe to share.
 *
 * @since 0.2.0
 */
public final class Routes {
  private final List<Route> routes;

  private Routes(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /** Returns an empty table to add routes to. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One route.
   *
   * @param method the HTTP method, upper case
   * @param pattern the path pattern
   * @param handler what answers
   */
  public record Route(String method, String pattern, WebHandler handler) {
    /**
     * Creates a route.
     *
     * @throws IllegalArgumentException if the pattern does not start with {@code /} or has an
     *     empty segment
     */
    public Route {
      requireNonNull(method, "method must not be null");
      requireNonNull(pattern, "pattern must not be null");
      requireNonNull(handler, "handler must not be null");
      method = method.toUpperCase(Locale.ROOT);
      checkArgument(pattern.equals("/") || pattern.matches("(/[^/]+)+"),
          "pattern must be / or /segment/… without empty segments but was %s", pattern);
    }

    /** Returns the path parameters if {@code path} matches, or empty. */
    Optional<Map<String, String>> match(String[] segments) {
      String[] expected = pattern.equals("/") ? new String[0] : pattern.substring(1).split("/");
      if (expected.length != segments.length) {
        return Optional.empty();
      }
      Map<String, String> parameters = new LinkedHashMap<>();
      for (int i = 0; i < expected.length; i++) {
        String want = expected[i];
        String got = UrlEncoded.decode(segments[i]);
        if (want.startsWith("{") && want.endsWith("}")) {
          if (got.isEmpty()) {
            return Optional.empty();
          }
          parameters.put(want.substring(1, want.length() - 1), got);
        } else if (!want.equals(segments[i])) {
          return Optional.empty();
        }
      }
      return Optional.of(parameters);
    }
  }

  /**
   * What the table says of a request.
   *
   * @param route the route that matched, or empty
   * @param parameters its path parameters
   * @param allowedMethods when no route matched the method, the methods that match the path
   *     (for {@code 405 Method Not Allowed}); empty when the path matches nothing
   */
  public record Match(
      Optional<Route> route, Map<String, String> parameters, Set<String> allowedMethods) {
    /** Creates a match. */
    public Match {
      requireNonNull(route, "route must not be null");
      parameters = Map.copyOf(parameters);
      allowedMethods = Set.copyOf(allowedMethods);
    }
  }

  /** Finds the route for a method and a percent-encoded path. HEAD matches GET routes. */
  public Match match(String method, String path) {
    String wanted = method.equals("HEAD") ? "GET" : method;
    String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String[] segments = trimmed.equals("/") ? new String[0] : trimmed.substring(1).split("/", -1);
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> parameters = route.match(segments);
      if (parameters.isPresent()) {
        if (route.method().equals(wanted)) {
          return new Match(Optional.of(route), parameters.get(), Set.of());
        }
        allowed.add(route.method());
      }
    }
    return new Match(Optional.empty(), Map.of(), allowed);
  }

  /** Returns every route, in the order tried. */
  public List<Route> routes() {
    return routes;
  }

  /**
   * Builds a {@link Routes} table; routes add up, in order.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();

    private Builder() {}

    /** Adds a route. */
    public Builder route(String method, String pattern, WebHandler handler) {
      routes.add(new Route(method, pattern, handler));
      return this;
    }

    /** Adds a GET route. */
    public Builder get(String pattern, WebHandler handler) {
      return route("GET", pattern, handler);
    }

    /** Adds a POST route. */
    public Builder post(String pattern, WebHandler handler) {
      return route("POST", pattern, handler);
    }

    /** Adds every route of another table, after those added so far. */
    public Builder addAll(Routes other) {
      routes.addAll(other.routes);
      return this;
    }

    /** Returns the table. */
    public Routes build() {
      return new Routes(routes);
    }
  }
}
