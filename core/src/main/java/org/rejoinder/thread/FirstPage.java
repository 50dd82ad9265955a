package org.rejoinder.thread;

/**
 * Which top-level threads page 1 holds, WordPress's "first/last page displayed by default".
 *
 * <p>Pages are cut from the top-level comments in the order they were posted (for a {@linkplain
 * CommentOrder#ranked ranked} order, in that order), {@link ThreadOptions#perPage()} at a time,
 * starting with the oldest; only the page numbering differs.
 *
 * @since 0.1.0
 */
public enum FirstPage {
  /** Page 1 holds the oldest threads; the last page may be partly filled. */
  OLDEST,
  /** Page 1 holds the newest threads and may be partly filled; the last page the oldest. */
  NEWEST
}
