package org.rejoinder.thread;

/**
 * How pages are cut from top-level threads, in one place: {@code perPage} threads at a time, in
 * page order (oldest first for the time orders), numbered from the first or the last chunk.
 */
final class Pages {
  private Pages() {}

  /** Returns the number of pages for {@code threadCount} threads, at least 1. */
  static int count(int threadCount, int perPage) {
    return (int) Math.max(1, ((long) threadCount + perPage - 1) / perPage);
  }

  /**
   * Returns the position of a page's first thread, from 0; {@code threadCount} for a page after
   * the last.
   */
  static int from(int page, int perPage, FirstPage firstPage, int threadCount) {
    int pages = count(threadCount, perPage);
    if (page < 1 || page > pages) {
      return threadCount;
    }
    int chunk = firstPage == FirstPage.OLDEST ? page - 1 : pages - page;
    return (int) Math.min((long) chunk * perPage, threadCount);
  }

  /** Returns the position after a page's last thread. */
  static int to(int page, int perPage, FirstPage firstPage, int threadCount) {
    return (int) Math.min((long) from(page, perPage, firstPage, threadCount) + perPage, threadCount);
  }

  /** Returns the page that holds the thread at {@code position}, from 0. */
  static int of(int position, int perPage, FirstPage firstPage, int threadCount) {
    int chunk = position / perPage;
    return firstPage == FirstPage.OLDEST ? chunk + 1 : count(threadCount, perPage) - chunk;
  }
}
