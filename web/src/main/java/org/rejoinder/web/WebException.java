package org.rejoinder.web;

import static java.util.Objects.requireNonNull;

import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.RejoinderException;

/**
 * Thrown by the web layer when a request itself is refused before Rejoinder sees it: a missing or
 * wrong CSRF token, a body too large, of the wrong type or malformed, a reader not signed in
 * where that is needed. Nothing was stored. {@link #reason()} says which, {@link #status()} the
 * HTTP status the web layer answers with.
 *
 * @since 0.2.0
 */
public final class WebException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  /** Why a request was refused. */
  public enum Reason {
    /** The CSRF token is missing, wrong or expired: 403, {@link ErrorCode#PERMISSION_DENIED}. */
    CSRF(403, ErrorCode.PERMISSION_DENIED),
    /** The action needs a signed-in moderator: 403, {@link ErrorCode#PERMISSION_DENIED}. */
    NOT_SIGNED_IN(403, ErrorCode.PERMISSION_DENIED),
    /** The body is longer than the limit: 413, {@link ErrorCode#INVALID_INPUT}. */
    TOO_LARGE(413, ErrorCode.INVALID_INPUT),
    /** The body is not of a type the route takes: 415, {@link ErrorCode#INVALID_INPUT}. */
    UNSUPPORTED_TYPE(415, ErrorCode.INVALID_INPUT),
    /** The body or a parameter cannot be read: 400, {@link ErrorCode#INVALID_INPUT}. */
    MALFORMED(400, ErrorCode.INVALID_INPUT),
    /** No route has this path: 404, {@link ErrorCode#NOT_FOUND}. */
    NO_ROUTE(404, ErrorCode.NOT_FOUND),
    /** A route has this path but not this method: 405, {@link ErrorCode#INVALID_INPUT}. */
    METHOD_NOT_ALLOWED(405, ErrorCode.INVALID_INPUT),
    /**
     * A ban is to be changed but the moderation policy keeps no ban list: 409, {@link
     * ErrorCode#ILLEGAL_TRANSITION}.
     *
     * @since 0.2.0
     */
    NO_BAN_LIST(409, ErrorCode.ILLEGAL_TRANSITION),
    /**
     * A keyword list is to be replaced but the policy's keywords of that kind are fixed (not
     * given as a {@code KeywordList}) or absent: 409, {@link ErrorCode#ILLEGAL_TRANSITION}.
     *
     * @since 0.2.0
     */
    NO_KEYWORD_LIST(409, ErrorCode.ILLEGAL_TRANSITION);

    private final int status;
    private final ErrorCode code;

    Reason(int status, ErrorCode code) {
      this.status = status;
      this.code = code;
    }
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the request was refused
   * @param message what to tell the reader
   */
  public WebException(Reason reason, String message) {
    super(requireNonNull(reason, "reason must not be null").code, message);
    this.reason = reason;
  }

  /** Returns why the request was refused. */
  public Reason reason() {
    return reason;
  }

  /** Returns the HTTP status of the refusal. */
  public int status() {
    return reason.status;
  }
}
