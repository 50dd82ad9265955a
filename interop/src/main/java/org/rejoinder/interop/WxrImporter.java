package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.rejoinder.interop.internal.ImportRun;
import org.rejoinder.interop.internal.SafeXml;
import org.rejoinder.interop.internal.WxrReader;
import org.rejoinder.model.Actor;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;
import org.rejoinder.store.MigrationStore;

/**
 * Imports a WordPress export (WXR 1.0, 1.1 or 1.2) into a store: the posts and pages that have
 * comments, and all their comments with their parents, states, types, authors, dates, addresses
 * and text as WordPress stored them.
 *
 * <pre>{@code
 * ImportReport report = WxrImporter.builder(store).build().importFile(Path.of("export.xml"));
 * System.out.print(report.summary());
 * }</pre>
 *
 * <p>An import is a migration, not a submission: comments keep their states and are not judged
 * by the moderation policy; each gets an audit entry by the importer's {@linkplain
 * Builder#actor actor} naming the file. Each comment and post keeps its source id ({@code
 * wordpress:<comment_id>}, or the {@linkplain Builder#sourceSystem system} set), so a second
 * import of the same file adds nothing, and an interrupted one, run again, adds what is missing.
 *
 * <p>How WordPress's values are taken:
 *
 * <ul>
 *   <li>{@code wp:comment_approved}: {@code 1} approved, {@code 0} pending, {@code spam}, {@code
 *       trash} and {@code post-trashed} trash; another value is held as pending, with an issue;
 *   <li>{@code wp:comment_type}: empty or {@code comment}, {@code pingback}, {@code trackback};
 *       another type becomes an ordinary comment, with an issue;
 *   <li>{@code wp:comment_date_gmt}, or {@code wp:comment_date} in the {@linkplain
 *       Builder#siteZone site's zone} when the GMT date is {@code 0000-00-00 00:00:00};
 *   <li>{@code wp:comment_user_id} above 0: a {@code SiteUser} with that id; else a guest;
 *   <li>{@code wp:comment_parent}: the reply's parent, wherever it is in the item; a parent that
 *       is not in the file makes the reply a top-level comment, with an issue;
 *   <li>the content, as HTML exactly as written (rendering sanitizes it); values that break
 *       Rejoinder's limits are cleaned or rejected by the rules of the module's README.
 * </ul>
 *
 * <p>Posts: {@code post} and {@code page} items (and other types) with comments; attachments
 * are skipped, and drafts unless {@link Builder#includeDrafts}. The post's id is chosen by
 * {@link Builder#postIds} (default: {@link WxrPost#defaultPostId()}); a post already stored
 * keeps its values and receives the comments.
 *
 * <p>The file is read as a stream, and hostile XML is refused (see {@link
 * MalformedFileException}). Immutable and thread-safe once built.
 *
 * @since 0.2.0
 */
public final class WxrImporter {
  private final MigrationStore store;
  private final String system;
  private final ZoneId siteZone;
  private final boolean includeDrafts;
  private final Function<WxrPost, PostId> postIds;
  private final ImportOptions options;

  private WxrImporter(Builder builder) {
    this.store = builder.store;
    this.system = builder.system;
    this.siteZone = builder.siteZone;
    this.includeDrafts = builder.includeDrafts;
    this.postIds = builder.postIds;
    this.options = builder.options.build();
  }

  /** Returns a builder of an importer into {@code store}; see its methods for the defaults. */
  public static Builder builder(MigrationStore store) {
    return new Builder(requireNonNull(store, "store must not be null"));
  }

  /**
   * Imports a file.
   *
   * @return what was imported, skipped, cleaned and rejected
   * @throws MalformedFileException if the file is not a well-formed, safe WordPress export; then
   *     nothing of it is stored (unless the importer commits every so many comments: then what
   *     was committed stays, and running the import again adds the rest)
   * @throws UncheckedIOException if the file cannot be read
   */
  public ImportReport importFile(Path file) {
    requireNonNull(file, "file must not be null");
    String name = String.valueOf(file.getFileName());
    long size = size(file);
    try (SafeXml xml = SafeXml.open(file, name)) {
      ImportRun run = options.start(store, "imported from WordPress (" + name + ")", name, size,
          xml::bytesRead);
      try {
        new WxrReader(xml, run, new WxrReader.Options(system, siteZone, includeDrafts, postIds)).read();
        return run.finish();
      } finally {
        run.abandon();
      }
    }
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file.getFileName(), e);
    }
  }

  /**
   * Configures a {@link WxrImporter}. A setting given twice keeps the later value; the listener
   * adder adds.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final MigrationStore store;
    private String system = "wordpress";
    private ZoneId siteZone = ZoneOffset.UTC;
    private boolean includeDrafts;
    private Function<WxrPost, PostId> postIds = WxrPost::defaultPostId;
    private final ImportOptions.Builder options = ImportOptions.builder();

    private Builder(MigrationStore store) {
      this.store = store;
    }

    /**
     * The system named in the source ids of imported posts and comments. Default {@code
     * "wordpress"}; give each site its own (for example {@code "wordpress:blog-a"}) to import
     * several sites into one store.
     */
    public Builder sourceSystem(String system) {
      this.system = SourceId.of(requireNonNull(system, "system must not be null"), "1").system();
      return this;
    }

    /**
     * The site's time zone, for dates the file gives only in local time. Default UTC.
     */
    public Builder siteZone(ZoneId zone) {
      this.siteZone = requireNonNull(zone, "zone must not be null");
      return this;
    }

    /** Whether drafts, pending and private posts with comments are imported too. Default no. */
    public Builder includeDrafts(boolean include) {
      this.includeDrafts = include;
      return this;
    }

    /**
     * How a post of the file gets its id in the store. Default {@link WxrPost#defaultPostId()}:
     * the slug, or WordPress's id when the slug is empty.
     */
    public Builder postIds(Function<WxrPost, PostId> postIds) {
      this.postIds = requireNonNull(postIds, "postIds must not be null");
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
     * Commits every {@code comments} comments, for files too large for one transaction; an import
     * that fails then keeps what it committed, and running it again adds the rest. Default 0:
     * the whole file in one transaction.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder commitEvery(int comments) {
      options.commitEvery(comments);
      return this;
    }

    /**
     * How many issues the report lists; the listener hears them all. Default {@value
     * ImportReport#DEFAULT_MAX_LISTED_ISSUES}.
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
    public WxrImporter build() {
      return new WxrImporter(this);
    }
  }
}
