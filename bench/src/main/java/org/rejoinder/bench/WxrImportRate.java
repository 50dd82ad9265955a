package org.rejoinder.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.rejoinder.bench.jdbc.Backend;
import org.rejoinder.bench.jdbc.BenchDatabase;
import org.rejoinder.interop.ImportReport;
import org.rejoinder.interop.WxrImporter;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.SourceId;
import org.rejoinder.store.MigrationStore;

/**
 * The import rate of a generated WordPress export, compared with {@code insertAll} of the same
 * comments, and the heap it needs. Not a JMH benchmark: one import of a million comments takes
 * minutes, so it is run once per database, in a JVM started with the heap to prove
 * ({@code -Xmx256m}).
 *
 * <pre>
 * java -Xmx256m -cp bench/target/benchmarks.jar org.rejoinder.bench.WxrImportRate [comments] [H2_FILE|POSTGRESQL ...]
 * </pre>
 *
 * <p>The file holds posts of 1,000 comments each; a third of the comments reply to an earlier
 * comment of their post; bodies are HTML of 200 to 1,000 bytes. The baseline stores the same
 * comments (same authors, bodies, dates, states, parents and source ids) with {@code insertAll},
 * one call per post, as an application's own migration would.
 */
public final class WxrImportRate {
  private static final int PER_POST = 1_000;
  private static final Instant T0 = Instant.parse("2015-01-01T00:00:00Z");
  private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

  private WxrImportRate() {}

  /** Runs it. */
  public static void main(String[] args) throws Exception {
    int comments = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    List<Backend> backends = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      backends.add(Backend.valueOf(args[i]));
    }
    if (backends.isEmpty()) {
      backends.add(Backend.H2_FILE);
    }
    Path file = Files.createTempFile("rejoinder-bench", ".xml");
    try {
      write(file, comments);
      System.out.printf(Locale.ROOT, "file: %,d comments, %,d bytes, heap max %,d MB%n", comments,
          Files.size(file), Runtime.getRuntime().maxMemory() >> 20);
      for (Backend backend : backends) {
        double baseline;
        try (BenchDatabase db = BenchDatabase.fresh(backend)) {
          db.store().migrate();
          long start = System.nanoTime();
          insertAll(db.store(), comments);
          baseline = comments / ((System.nanoTime() - start) / 1e9);
        }
        resetPeak();
        double rate;
        ImportReport report;
        try (BenchDatabase db = BenchDatabase.fresh(backend)) {
          db.store().migrate();
          long start = System.nanoTime();
          report = WxrImporter.builder(db.store()).build().importFile(file);
          rate = comments / ((System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT,
            "%s: import %,.0f comments/s (%,d imported, one transaction), insertAll %,.0f comments/s,"
                + " ratio %.2f, peak heap %,d MB%n",
            backend, rate, report.commentsImported(), baseline, rate / baseline, peakHeap() >> 20);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The comment {@code i}: its post, parent, author, body and date, from a seed of its own. */
  private record Generated(int post, int parent, String author, String email, String body, Instant at,
      boolean spam) {
    static Generated of(int i) {
      Random random = new Random(i * 31L + 7);
      int post = i / PER_POST;
      int first = post * PER_POST;
      int parent = i > first && random.nextInt(3) == 0 ? first + random.nextInt(i - first) : -1;
      StringBuilder body = new StringBuilder("<p>");
      int words = 30 + random.nextInt(140);
      for (int w = 0; w < words; w++) {
        body.append(w % 17 == 16 ? "</p>\n<p>" : w % 11 == 10 ? "<em>word</em> " : "word" + (w % 7) + " ");
      }
      body.append("</p>");
      return new Generated(post, parent, "Reader " + (i % 5_000), "reader" + (i % 5_000) + "@example.com",
          body.toString(), T0.plusSeconds(i * 60L), random.nextInt(50) == 0);
    }
  }

  private static void write(Path file, int comments) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">"
          + "<channel><wp:wxr_version>1.2</wp:wxr_version>\n");
      for (int i = 0; i < comments; i++) {
        Generated g = Generated.of(i);
        if (i % PER_POST == 0) {
          if (i > 0) {
            out.write("</item>\n");
          }
          out.write("<item><title>Post " + g.post() + "</title><dc:creator>admin</dc:creator><wp:post_id>"
              + (g.post() + 1) + "</wp:post_id><wp:post_date_gmt>" + WP.format(g.at().atOffset(ZoneOffset.UTC))
              + "</wp:post_date_gmt><wp:post_name>post-" + g.post() + "</wp:post_name>"
              + "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n");
        }
        out.write("<wp:comment><wp:comment_id>" + (i + 1) + "</wp:comment_id><wp:comment_author><![CDATA["
            + g.author() + "]]></wp:comment_author><wp:comment_author_email>" + g.email()
            + "</wp:comment_author_email><wp:comment_author_IP>192.0.2." + (i % 250) + "</wp:comment_author_IP>"
            + "<wp:comment_date_gmt>" + WP.format(g.at().atOffset(ZoneOffset.UTC)) + "</wp:comment_date_gmt>"
            + "<wp:comment_content><![CDATA[" + g.body() + "]]></wp:comment_content><wp:comment_approved>"
            + (g.spam() ? "spam" : "1") + "</wp:comment_approved><wp:comment_type>comment</wp:comment_type>"
            + "<wp:comment_parent>" + (g.parent() + 1) + "</wp:comment_parent>"
            + "<wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n");
      }
      out.write("</item>\n</channel></rss>\n");
    }
  }

  private static void insertAll(MigrationStore store, int comments) {
    List<Comment> batch = new ArrayList<>(PER_POST);
    for (int i = 0; i < comments; i++) {
      Generated g = Generated.of(i);
      if (i % PER_POST == 0) {
        flush(store, batch);
        store.insertPost(Post.builder().id(PostId.of("post-" + g.post())).title("Post " + g.post())
            .author(SiteUser.of("admin", "admin")).publishedAt(g.at()).build());
      }
      batch.add(Comment.builder().id(CommentId.of(i + 1)).postId(PostId.of("post-" + g.post()))
          .parentId(g.parent() < 0 ? null : CommentId.of(g.parent() + 1))
          .author(Guest.of(g.author(), g.email())).body(Body.html(g.body())).createdAt(g.at())
          .state(g.spam() ? ModerationState.SPAM : ModerationState.APPROVED)
          .client(ClientInfo.of("192.0.2." + (i % 250), null))
          .source(SourceId.of("wordpress", Integer.toString(i + 1))).build());
    }
    flush(store, batch);
  }

  private static void flush(MigrationStore store, List<Comment> batch) {
    if (!batch.isEmpty()) {
      store.insertAll(batch, Actor.SYSTEM, "imported");
      batch.clear();
    }
  }

  private static void resetPeak() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
