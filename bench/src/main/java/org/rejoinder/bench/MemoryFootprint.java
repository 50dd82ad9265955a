package org.rejoinder.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;

/**
 * Bytes per comment held by the in-memory store and by an assembled thread, next to the raw size
 * of the comment bodies, measured by walking the object graphs with JOL.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -cp bench/target/benchmarks.jar
 * org.rejoinder.bench.MemoryFootprint [comments]}
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    // Every comment has its own body, as in a real store.
    List<Comment> comments = SyntheticDiscussion.generate(n, SyntheticDiscussion.Shape.RANDOM, n, 42);
    long bodyBytes = 0;
    for (Comment c : comments) {
      bodyBytes += c.body().text().getBytes(StandardCharsets.UTF_8).length;
    }

    InMemoryCommentStore store = new InMemoryCommentStore();
    long emptyStore = GraphLayout.parseInstance(store).totalSize();
    store.insertPost(SyntheticDiscussion.POST);
    for (Comment c : comments) {
      store.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), "approved"));
    }
    long storeBytes = GraphLayout.parseInstance(store).totalSize() - emptyStore;

    // A thread holds comparators (lambdas), which JOL cannot walk: measure it as a heap
    // difference instead, with the comments it shows already in memory.
    List<Comment> loaded = store.commentsOf(SyntheticDiscussion.POST.id());
    long before = usedHeapAfterGc();
    CommentThread thread =
        CommentThread.assemble(SyntheticDiscussion.POST, loaded, Actor.ANONYMOUS, ThreadOptions.DEFAULTS);
    long threadOwnBytes = usedHeapAfterGc() - before;
    if (thread.size() == 0) {
      throw new AssertionError("empty thread");
    }
    // Nodes are made when first read: read them all, as a page of the whole thread would.
    int read = 0;
    for (ThreadNode node : thread) {
      read += node.depth() > 0 ? 1 : 0;
    }
    long readBytes = usedHeapAfterGc() - before;
    if (read != thread.size()) {
      throw new AssertionError("read " + read + " of " + thread.size() + " nodes");
    }

    System.out.printf(Locale.ROOT, "comments: %,d (bodies: %,d bytes of UTF-8, %.0f per comment)%n",
        n, bodyBytes, (double) bodyBytes / n);
    System.out.printf(Locale.ROOT, "in-memory store: %.0f bytes per comment (%.2f x the body)%n",
        (double) storeBytes / n, (double) storeBytes / bodyBytes);
    System.out.printf(Locale.ROOT,
        "assembled thread, beyond the comments it shows: %.0f bytes per comment (%.2f x the body)%n",
        (double) threadOwnBytes / n, (double) threadOwnBytes / bodyBytes);
    System.out.printf(Locale.ROOT,
        "the same with every node read: %.0f bytes per comment (%.2f x the body)%n",
        (double) readBytes / n, (double) readBytes / bodyBytes);
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
