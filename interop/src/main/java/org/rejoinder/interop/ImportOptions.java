package org.rejoinder.interop;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.rejoinder.interop.internal.ImportRun;
import org.rejoinder.model.Actor;
import org.rejoinder.store.MigrationStore;

/** The settings every importer has, and how they start a run. */
final class ImportOptions {
  private final Actor actor;
  private final boolean dryRun;
  private final int commitEvery;
  private final int maxListedIssues;
  private final ImportListener listener;

  private ImportOptions(Builder builder) {
    this.actor = builder.actor;
    this.dryRun = builder.dryRun;
    this.commitEvery = builder.commitEvery;
    this.maxListedIssues = builder.maxListedIssues;
    List<ImportListener> listeners = List.copyOf(builder.listeners);
    this.listener = new ImportListener() {
      @Override
      public void progress(ImportProgress progress) {
        listeners.forEach(l -> l.progress(progress));
      }

      @Override
      public void issue(ImportIssue issue) {
        listeners.forEach(l -> l.issue(issue));
      }
    };
  }

  static Builder builder() {
    return new Builder();
  }

  ImportRun start(MigrationStore store, String reason, String file, long size, LongSupplier bytesRead) {
    String cut = reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
    return new ImportRun(new ImportRun.Settings(store, actor, cut, dryRun, commitEvery,
        maxListedIssues, listener), file, size, bytesRead);
  }

  static final class Builder {
    private Actor actor = Actor.SYSTEM;
    private boolean dryRun;
    private int commitEvery;
    private int maxListedIssues = ImportReport.DEFAULT_MAX_LISTED_ISSUES;
    private final List<ImportListener> listeners = new ArrayList<>();

    void actor(Actor actor) {
      this.actor = requireNonNull(actor, "actor must not be null");
    }

    void dryRun(boolean dryRun) {
      this.dryRun = dryRun;
    }

    void commitEvery(int comments) {
      checkArgument(comments >= 0, "commitEvery must not be negative but was %s", comments);
      this.commitEvery = comments;
    }

    void maxListedIssues(int max) {
      checkArgument(max >= 0, "maxListedIssues must not be negative but was %s", max);
      this.maxListedIssues = max;
    }

    void listener(ImportListener listener) {
      listeners.add(requireNonNull(listener, "listener must not be null"));
    }

    ImportOptions build() {
      return new ImportOptions(this);
    }
  }
}
