package org.rejoinder.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;

/**
 * Every signed value the web layer hands out: CSRF tokens, the guest's pending comments (cookie
 * and link), the remembered guest details, and the random browser id CSRF tokens are bound to.
 * Each verifies its signature and its expiry; a value that fails either is ignored.
 */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** The most pending comments the cookie remembers: the newest ones. */
  private static final int MAX_PENDING = 10;

  private final Signer signer;
  private final Clock clock;
  private final Duration csrfWindow;
  private final Duration pendingLifetime;

  /**
   * Creates the tokens.
   *
   * @param csrfLifetime how long a CSRF token is accepted at least; tokens are made per window of
   *     half of it, and accepted in the window they were made in and the next
   * @param pendingLifetime how long a guest sees their pending comment after posting it
   */
  public Tokens(Signer signer, Clock clock, Duration csrfLifetime, Duration pendingLifetime) {
    this.signer = signer;
    this.clock = clock;
    this.csrfWindow = csrfLifetime.dividedBy(2);
    this.pendingLifetime = pendingLifetime;
  }

  /** Returns a new random browser id. */
  public static String newBrowserId() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Signer.base64url(bytes);
  }

  /** Returns whether a browser id has the shape this class gives them. */
  public static boolean isBrowserId(String id) {
    return id.matches("[A-Za-z0-9_-]{24}");
  }

  // CSRF

  /** Returns a CSRF token for a form, bound to a browser and to the current time window. */
  public String csrf(String browserId, String form) {
    long window = window();
    return window + "." + signer.sign("csrf", browserId + "\n" + form + "\n" + window);
  }

  /** Returns whether a CSRF token was made for this browser and form, in this window or the last. */
  public boolean isValidCsrf(String browserId, String form, @Nullable String token) {
    if (token == null || token.length() > 100) {
      return false;
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    long window;
    try {
      window = Long.parseLong(token.substring(0, dot));
    } catch (NumberFormatException e) {
      return false;
    }
    long now = window();
    return (window == now || window == now - 1)
        && signer.verify("csrf", browserId + "\n" + form + "\n" + window, token.substring(dot + 1));
  }

  private long window() {
    return clock.millis() / csrfWindow.toMillis();
  }

  // The guest's pending comments

  /** Returns the value of the pending cookie after adding {@code id} to what it held. */
  public String pendingCookie(List<CommentId> earlier, CommentId id) {
    List<CommentId> ids = new ArrayList<>();
    ids.add(id);
    for (CommentId other : earlier) {
      if (!other.equals(id) && ids.size() < MAX_PENDING) {
        ids.add(other);
      }
    }
    long expires = clock.instant().plus(pendingLifetime).getEpochSecond();
    StringBuilder payload = new StringBuilder().append(expires).append(':');
    for (int i = 0; i < ids.size(); i++) {
      payload.append(i == 0 ? "" : "-").append(ids.get(i).value());
    }
    return payload + "." + signer.sign("pending-cookie", payload.toString());
  }

  /** Returns the comment ids of a valid, unexpired pending cookie, newest first; else none. */
  public List<CommentId> pendingIds(@Nullable String cookie) {
    if (cookie == null || cookie.length() > 400) {
      return List.of();
    }
    int dot = cookie.lastIndexOf('.');
    int colon = cookie.indexOf(':');
    if (dot < 0 || colon < 0 || colon > dot) {
      return List.of();
    }
    String payload = cookie.substring(0, dot);
    if (!signer.verify("pending-cookie", payload, cookie.substring(dot + 1))) {
      return List.of();
    }
    try {
      if (Long.parseLong(payload.substring(0, colon)) <= clock.instant().getEpochSecond()) {
        return List.of();
      }
      List<CommentId> ids = new ArrayList<>();
      for (String id : payload.substring(colon + 1).split("-")) {
        ids.add(CommentId.of(Long.parseLong(id)));
      }
      return ids;
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** Returns the hash of the link that shows a pending comment to whoever follows it. */
  public String pendingLinkHash(CommentId id) {
    long expires = clock.instant().plus(pendingLifetime).getEpochSecond();
    return expires + "." + signer.sign("pending-link", id.value() + "\n" + expires);
  }

  /** Returns whether a link's hash was made for this comment and has not expired. */
  public boolean isValidPendingLink(CommentId id, @Nullable String hash) {
    if (hash == null || hash.length() > 100) {
      return false;
    }
    int dot = hash.indexOf('.');
    try {
      long expires = Long.parseLong(hash.substring(0, Math.max(dot, 0)));
      return expires > clock.instant().getEpochSecond()
          && signer.verify("pending-link", id.value() + "\n" + expires, hash.substring(dot + 1));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  // Remembered guest details

  /** Returns the value of the cookie that remembers a guest's name, email and website. */
  public String rememberedAuthor(Guest guest) {
    String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
        String.join("\n", guest.displayName(), nullToEmpty(guest.email()), nullToEmpty(guest.website()))
            .getBytes(StandardCharsets.UTF_8));
    return payload + "." + signer.sign("author", payload);
  }

  /** Returns the name, email and website a valid cookie remembers, or empty. */
  public Optional<String[]> rememberedAuthor(@Nullable String cookie) {
    if (cookie == null || cookie.length() > 2_000) {
      return Optional.empty();
    }
    int dot = cookie.indexOf('.');
    if (dot < 0 || !signer.verify("author", cookie.substring(0, dot), cookie.substring(dot + 1))) {
      return Optional.empty();
    }
    try {
      String[] fields = new String(Base64.getUrlDecoder().decode(cookie.substring(0, dot)),
          StandardCharsets.UTF_8).split("\n", -1);
      return fields.length == 3 ? Optional.of(fields) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String nullToEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
