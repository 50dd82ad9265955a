package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rejoinder.interop.internal.DisqusReader;
import org.rejoinder.interop.internal.ImportRun;
import org.rejoinder.interop.internal.SafeXml;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;
import org.rejoinder.store.MigrationStore;

/**
 * Imports a Disqus export into a store: every {@code post} of the file as a comment of the post
 * its {@code thread} matches ({@link Builder#matchBy}), with its parent, author, date, address
 * and message (HTML, sanitized when rendered). A deleted post keeps its place as trash, so its
 * replies keep theirs; a spam post is spam; the others are approved. Authors who signed in to
 * Disqus become external identities of the {@code disqus} provider, the others guests. Threads
 * that were deleted, or match no post, are skipped with their comments, and the report says so.
 *
 * <pre>{@code
 * ImportReport report = DisqusImporter.builder(store)
 *     .matchBy(DisqusThread.Matcher.byLink())
 *     .build()
 *     .importFile(Path.of("disqus.xml"));
 * }</pre>
 *
 * <p>Like the {@link WxrImporter}: a migration, not a submission; source ids ({@code
 * disqus:<dsq:id>}) make a second import add nothing; hostile XML is refused; one transaction
 * per file unless told to commit every so many comments. The file is read twice, threads first.
 * Immutable and thread-safe once built.
 *
 * @since 0.2.0
 */
public final class DisqusImporter {
  private final MigrationStore store;
  private final String system;
  private final DisqusThread.Matcher matcher;
  private final ImportOptions options;

  private DisqusImporter(Builder builder) {
    this.store = builder.store;
    this.system = builder.system;
    this.matcher = builder.matcher;
    this.options = builder.options.build();
  }

  /** Returns a builder of an importer into {@code store}; see its methods for the defaults. */
  public static Builder builder(MigrationStore store) {
    return new Builder(requireNonNull(store, "store must not be null"));
  }

  /**
   * Imports a file.
   *
   * @throws MalformedFileException if the file is not a well-formed, safe Disqus export; then
   *     nothing of it is stored
   * @throws UncheckedIOException if the file cannot be read
   */
  public ImportReport importFile(Path file) {
    requireNonNull(file, "file must not be null");
    String name = String.valueOf(file.getFileName());
    long size = WxrImporter.size(file);
    DisqusReader reader = new DisqusReader(system, matcher, postsByLink());
    try (SafeXml xml = SafeXml.open(file, name)) {
      reader.readThreads(xml);
    }
    try (SafeXml xml = SafeXml.open(file, name)) {
      ImportRun run = options.start(store, "imported from Disqus (" + name + ")", name, size,
          xml::bytesRead);
      try {
        reader.readPosts(xml, run);
        return run.finish();
      } finally {
        run.abandon();
      }
    }
  }

  /** Returns a lookup of the stored posts by link, read once, when the first link is looked up. */
  private java.util.function.Function<String, Optional<PostId>> postsByLink() {
    Map<String, PostId> byLink = new HashMap<>();
    boolean[] loaded = {false};
    return link -> {
      if (!loaded[0]) {
        loaded[0] = true;
        PostId after = null;
        while (true) {
          List<Post> page = store.posts(after, 500);
          if (page.isEmpty()) {
            break;
          }
          for (Post post : page) {
            if (post.link() != null) {
              byLink.putIfAbsent(post.link(), post.id());
            }
          }
          after = page.get(page.size() - 1).id();
        }
      }
      return Optional.ofNullable(byLink.get(link));
    };
  }

  /**
   * Configures a {@link DisqusImporter}. A setting given twice keeps the later value; the listener
   * adder adds.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final MigrationStore store;
    private String system = "disqus";
    private DisqusThread.Matcher matcher = DisqusThread.Matcher.byIdentifier();
    private final ImportOptions.Builder options = ImportOptions.builder();

    private Builder(MigrationStore store) {
      this.store = store;
    }

    /** The system named in the source ids. Default {@code "disqus"}. */
    public Builder sourceSystem(String system) {
      this.system = SourceId.of(requireNonNull(system, "system must not be null"), "1").system();
      return this;
    }

    /**
     * How threads are matched to posts. Default {@link DisqusThread.Matcher#byIdentifier()}; see
     * also {@link DisqusThread.Matcher#byLink()}, or write your own.
     */
    public Builder matchBy(DisqusThread.Matcher matcher) {
      this.matcher = requireNonNull(matcher, "matcher must not be null");
      return this;
    }

    /** Who the audit entries of imported comments name. Default {@link Actor#SYSTEM}. */
    public Builder actor(Actor actor) {
      options.actor(actor);
      return this;
    }

    /** Whether to read and report only, storing nothing. Default no. */
    public Builder dryRun(boolean dryRun) {
      options.dryRun(dryRun);
      return this;
    }

    /**
     * Commits every {@code comments} comments; default 0, the whole file in one transaction.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder commitEvery(int comments) {
      options.commitEvery(comments);
      return this;
    }

    /**
     * How many issues the report lists. Default {@value ImportReport#DEFAULT_MAX_LISTED_ISSUES}.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxListedIssues(int max) {
      options.maxListedIssues(max);
      return this;
    }

    /** Adds a listener of progress and issues. */
    public Builder listener(ImportListener listener) {
      options.listener(listener);
      return this;
    }

    /** Returns the importer. */
    public DisqusImporter build() {
      return new DisqusImporter(this);
    }
  }
}
