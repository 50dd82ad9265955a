package org.rejoinder.web;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.error.RejoinderException;
import org.rejoinder.error.StorageException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.Reasons;

/**
 * How the web layer answers an exception: the one place that maps each {@link ErrorCode} (and
 * each refusal of the web layer's own) to an HTTP status, a machine-readable reason and a message
 * for people. Statuses follow the README's error table.
 *
 * @param status the HTTP status
 * @param code the error code
 * @param reason a finer reason, lower case with hyphens, or {@code null}
 * @param message what to tell the reader
 * @param field the input field at fault, or {@code null}
 * @param retryAfter how long to wait before sending again (flood), or {@code null}
 * @param commentId the comment a failed write was storing, which may have been kept, or {@code
 *     null}
 */
record Failure(
    int status, ErrorCode code, @Nullable String reason, String message, @Nullable String field,
    @Nullable Duration retryAfter, @Nullable Long commentId) {

  /** What the reader is told when a write failed before its commit: nothing was kept. */
  static final String NOT_SAVED =
      "Your comment could not be saved: the site's storage did not answer, and nothing was kept. "
          + "Please send it again in a moment.";
  /** What the reader is told when a write failed at its commit: it may or may not have been kept. */
  static final String MAYBE_SAVED =
      "We could not confirm that this was saved: the site's storage did not answer while saving "
          + "it. Reload the page and check whether your comment appears before sending it again.";

  /** A failure that concerns no comment being stored. */
  Failure(int status, ErrorCode code, @Nullable String reason, String message, @Nullable String field,
      @Nullable Duration retryAfter) {
    this(status, code, reason, message, field, retryAfter, null);
  }

  /** Returns how to answer {@code e}; {@code floodWait} is the policy's flood interval. */
  public static Failure of(RejoinderException e, Duration floodWait) {
    if (e instanceof WebException web) {
      return new Failure(web.status(), web.code(), lower(web.reason().name()), java.util.Objects.toString(web.getMessage(), ""), null, null);
    }
    if (e instanceof CommentRejectedException rejected) {
      String reason = rejected.verdict().reason();
      return new Failure(rejected.httpStatus(), e.code(), reason, rejected.verdict().message(),
          null, Reasons.FLOOD.equals(reason) ? floodWait : null);
    }
    if (e instanceof InvalidInputException invalid) {
      return new Failure(400, e.code(), lower(invalid.problem().name()), java.util.Objects.toString(e.getMessage(), ""),
          invalid.field(), null);
    }
    if (e instanceof PermissionDeniedException denied) {
      return new Failure(403, e.code(), lower(denied.reason().name()), java.util.Objects.toString(e.getMessage(), ""), null, null);
    }
    if (e instanceof InvalidParentException parent) {
      return new Failure(400, e.code(), lower(parent.reason().name()),
          "The comment you replied to cannot take replies.", null, null);
    }
    if (e instanceof NotFoundException notFound) {
      return new Failure(404, e.code(), notFound.kind(), java.util.Objects.toString(e.getMessage(), ""), null, null);
    }
    if (e instanceof StorageException storage) {
      // A failure at the commit may have kept the write: never invite a second post blindly.
      boolean unknown = storage.outcome() == StorageException.Outcome.UNKNOWN;
      return new Failure(503, e.code(), unknown ? "unknown" : "not-applied",
          unknown ? MAYBE_SAVED : NOT_SAVED, null, Duration.ofSeconds(30),
          unknown && storage.commentId().isPresent() ? storage.commentId().getAsLong() : null);
    }
    return new Failure(status(e.code()), e.code(), null, java.util.Objects.toString(e.getMessage(), ""), null, null);
  }

  /** The status of each code, as in the README's error table. */
  public static int status(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> 404;
      case INVALID_INPUT, INVALID_PARENT, INVALID_CURSOR -> 400;
      case ALREADY_EXISTS, ILLEGAL_TRANSITION, CONCURRENT_UPDATE -> 409;
      case COMMENTS_CLOSED, PERMISSION_DENIED, REJECTED -> 403;
      case STORAGE_FAILURE -> 503;
    };
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
