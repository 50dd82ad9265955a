package org.rejoinder.interop;

/**
 * Hears how an import goes while it runs: its progress every few hundred comments and at the end,
 * and every issue, also those beyond what the {@link ImportReport} lists. Called on the importing
 * thread; a listener that throws stops the import, which then stores nothing.
 *
 * @since 0.2.0
 */
public interface ImportListener {
  /** A listener that hears nothing. */
  ImportListener NONE = new ImportListener() {};

  /** Hears how far the import has come. Default: nothing. */
  default void progress(ImportProgress progress) {}

  /** Hears an issue as it is found. Default: nothing. */
  default void issue(ImportIssue issue) {}
}
