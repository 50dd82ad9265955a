package org.rejoinder.web.internal;

/**
 * Whether the submission being judged on this thread filled the honeypot: set by the comment form
 * around its call to {@code submit}, read by the honeypot rule, which the policy runs on the same
 * thread.
 */
public final class HoneypotFlag {
  private static final ThreadLocal<Boolean> FILLED = ThreadLocal.withInitial(() -> false);

  private HoneypotFlag() {}

  /** Runs {@code action} with the flag set to {@code filled}. */
  public static <T> T during(boolean filled, java.util.function.Supplier<T> action) {
    FILLED.set(filled);
    try {
      return action.get();
    } finally {
      FILLED.remove();
    }
  }

  /** Returns whether the submission being judged on this thread filled the honeypot. */
  public static boolean isFilled() {
    return FILLED.get();
  }
}
