package org.rejoinder.interop.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.rejoinder.interop.ImportIssue;
import org.rejoinder.interop.ImportListener;
import org.rejoinder.interop.ImportProgress;
import org.rejoinder.interop.ImportReport;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;
import org.rejoinder.store.ImportSession;
import org.rejoinder.store.MigrationStore;

/**
 * The part of every import that does not depend on the file's format: it takes posts and
 * comments as a reader finds them, gives comments Rejoinder ids, attaches replies to their
 * parents in whatever order they come (a reply whose parent comes later waits for it; one whose
 * parent never comes goes to the top level, with an issue), leaves out what an earlier import
 * stored (by source id), writes in batches through one {@link ImportSession} (or one per
 * {@code commitEvery} comments), and counts everything for the {@link ImportReport}.
 *
 * <p>What it holds in memory is bounded by a batch, the source ids of the current scope (a WXR
 * item, a whole Disqus file), the replies still waiting for a parent, and the ids met, to tell a
 * comment the file holds twice (the first is kept).
 */
public final class ImportRun {
  /** How many comments are looked up and written at a time. */
  static final int BATCH = 1_000;
  /** How often progress is told, in comments read. */
  static final int PROGRESS_EVERY = 1_000;

  /** A comment as read, still without its Rejoinder id and parent. */
  public record Incoming(
      SourceId source, @Nullable SourceId parent, PostId post, Comment.Builder comment, boolean cleaned) {}

  /** Where an imported or present comment is. */
  private record Placed(CommentId id, PostId post) {}

  /** The settings of a run. */
  public record Settings(
      MigrationStore store,
      Actor actor,
      String reason,
      boolean dryRun,
      int commitEvery,
      int maxListedIssues,
      ImportListener listener) {}

  private final Settings settings;
  private final String file;
  private final long fileBytes;
  private final LongSupplier bytesRead;
  private @Nullable ImportSession session;
  private long dryRunIds;
  private long sinceCommit;

  private final List<Incoming> pending = new ArrayList<>();
  private final List<Comment> toWrite = new ArrayList<>();
  private final Map<SourceId, Placed> placed = new HashMap<>();
  private final SeenIds seen = new SeenIds();
  private final Map<SourceId, List<Incoming>> waiting = new LinkedHashMap<>();
  private final Set<PostId> postsOfRun = new HashSet<>();

  private long postsRead;
  private long postsImported;
  private long postsPresent;
  private long postsSkipped;
  private long commentsRead;
  private long commentsImported;
  private long commentsPresent;
  private long commentsRejected;
  private long commentsSkipped;
  private long commentsCleaned;
  private long commentsMoved;
  private final List<ImportIssue> issues = new ArrayList<>();
  private long unlistedIssues;
  private final Map<String, Long> droppedMeta = new HashMap<>();

  /** Starts a run over {@code file}, of {@code fileBytes} bytes, read so far as {@code bytesRead} says. */
  public ImportRun(Settings settings, String file, long fileBytes, LongSupplier bytesRead) {
    this.settings = requireNonNull(settings);
    this.file = file;
    this.fileBytes = fileBytes;
    this.bytesRead = bytesRead;
    if (!settings.dryRun()) {
      session = settings.store().beginImport(settings.actor(), settings.reason());
    }
  }

  /** Records an issue. */
  public void issue(SourceId source, String field, String problem, ImportIssue.Action action) {
    ImportIssue issue = new ImportIssue(source, field, problem, action);
    settings.listener().issue(issue);
    if (issues.size() < settings.maxListedIssues()) {
      issues.add(issue);
    } else {
      unlistedIssues++;
    }
  }

  /** Counts a comment carrying metadata, under {@code key}, that the model has no place for. */
  public void droppedMeta(String key) {
    String counted = droppedMeta.containsKey(key) || droppedMeta.size() < ImportReport.MAX_DROPPED_META_KEYS
        ? key : ImportReport.OTHER_META;
    droppedMeta.merge(counted, 1L, Long::sum);
  }

  /**
   * Takes a post: stores it unless a post with its id is stored or was taken by this run.
   *
   * @return the post's id
   */
  public PostId post(Post post) {
    postsRead++;
    PostId id = post.id();
    if (postsOfRun.contains(id) || settings.store().findPost(id).isPresent()) {
      postsPresent++;
    } else {
      postsImported++;
      if (session != null) {
        session.insertPost(post);
      }
    }
    postsOfRun.add(id);
    return id;
  }

  /** Counts a post read and not imported, whose issue the reader records. */
  public void skippedPost() {
    postsRead++;
    postsSkipped++;
  }

  /** Counts a comment read and not imported because its post was skipped. */
  public void skippedComment() {
    commentsRead++;
    commentsSkipped++;
    progress(false);
  }

  /** Counts a comment read and rejected, whose issue the reader records. */
  public void rejectedComment() {
    commentsRead++;
    commentsRejected++;
    progress(false);
  }

  /** Takes a comment; it is stored with the next batch, once its parent is placed. */
  public void comment(Incoming incoming) {
    commentsRead++;
    pending.add(incoming);
    if (pending.size() >= BATCH) {
      resolvePending();
    }
    progress(false);
  }

  /**
   * Ends a scope of source ids (a WXR item: comments reply only within their post): replies still
   * waiting for a parent go to the top level, and the scope's ids are forgotten.
   */
  public void endScope() {
    resolvePending();
    while (!waiting.isEmpty()) {
      Map.Entry<SourceId, List<Incoming>> first = waiting.entrySet().iterator().next();
      waiting.remove(first.getKey());
      for (Incoming orphan : first.getValue()) {
        issue(orphan.source(), "parent", "its parent " + first.getKey() + " is not in the file",
            ImportIssue.Action.MOVED_TO_TOP_LEVEL);
        commentsMoved++;
        place(orphan, null);
      }
    }
    placed.clear();
  }

  /** Writes what is left, commits, and returns the report. */
  public ImportReport finish() {
    endScope();
    write();
    if (session != null) {
      session.commit();
      session = null;
    }
    progress(true);
    return new ImportReport(file, settings.dryRun(), postsRead, postsImported, postsPresent,
        postsSkipped, commentsRead, commentsImported, commentsPresent, commentsRejected,
        commentsSkipped, commentsCleaned, commentsMoved, issues, unlistedIssues, droppedMeta);
  }

  /** Ends the run without storing what was not committed yet. */
  public void abandon() {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  private void resolvePending() {
    if (pending.isEmpty()) {
      return;
    }
    Set<SourceId> unknown = new LinkedHashSet<>();
    for (Incoming in : pending) {
      unknown.add(in.source());
      if (in.parent() != null && !placed.containsKey(in.parent())) {
        unknown.add(in.parent());
      }
    }
    Map<SourceId, CommentId> stored = settings.store().commentIdsBySource(unknown);
    List<Incoming> batch = List.copyOf(pending);
    pending.clear();
    for (Incoming in : batch) {
      if (!seen.add(in.source().id())) {
        issue(in.source(), "id", "the file holds this comment twice; the first is kept",
            ImportIssue.Action.REJECTED);
        commentsRejected++;
        continue;
      }
      CommentId present = stored.get(in.source());
      if (present != null) {
        commentsPresent++;
        placeAndRelease(in.source(), new Placed(present, in.post()));
        continue;
      }
      SourceId parent = in.parent();
      if (parent == null) {
        place(in, null);
        continue;
      }
      Placed known = placed.get(parent);
      if (known == null) {
        CommentId storedParent = stored.get(parent);
        if (storedParent != null) {
          PostId parentPost = settings.store().findComment(storedParent)
              .map(Comment::postId).orElse(in.post());
          known = new Placed(storedParent, parentPost);
          placed.put(parent, known);
        }
      }
      if (known == null) {
        waiting.computeIfAbsent(parent, k -> new ArrayList<>(1)).add(in);
      } else if (!known.post().equals(in.post())) {
        issue(in.source(), "parent", "its parent " + parent + " belongs to another post",
            ImportIssue.Action.MOVED_TO_TOP_LEVEL);
        commentsMoved++;
        place(in, null);
      } else {
        place(in, known.id());
      }
    }
  }

  /** Gives a comment its id and parent, queues it for writing, and places the replies waiting for it. */
  private void place(Incoming first, @Nullable CommentId firstParent) {
    Deque<Incoming> todo = new ArrayDeque<>();
    Deque<@Nullable CommentId> parents = new ArrayDeque<>();
    todo.push(first);
    parents.push(firstParent == null ? NO_PARENT : firstParent);
    while (!todo.isEmpty()) {
      Incoming in = todo.pop();
      CommentId parentId = parents.pop();
      CommentId id = nextId();
      Comment comment = in.comment().id(id).parentId(parentId == NO_PARENT ? null : parentId).build();
      toWrite.add(comment);
      commentsImported++;
      if (in.cleaned()) {
        commentsCleaned++;
      }
      if (toWrite.size() >= BATCH) {
        write();
      }
      Placed here = new Placed(id, in.post());
      placed.put(in.source(), here);
      List<Incoming> replies = waiting.remove(in.source());
      if (replies != null) {
        for (Incoming reply : replies) {
          if (!reply.post().equals(in.post())) {
            issue(reply.source(), "parent", "its parent " + in.source() + " belongs to another post",
                ImportIssue.Action.MOVED_TO_TOP_LEVEL);
            commentsMoved++;
            todo.push(reply);
            parents.push(NO_PARENT);
          } else {
            todo.push(reply);
            parents.push(id);
          }
        }
      }
    }
  }

  /** A marker for "no parent" in the deque, which takes no nulls. */
  private static final CommentId NO_PARENT = CommentId.of(Long.MAX_VALUE);

  /** Records a comment stored by an earlier import and places the replies waiting for it. */
  private void placeAndRelease(SourceId source, Placed present) {
    placed.put(source, present);
    List<Incoming> replies = waiting.remove(source);
    if (replies != null) {
      for (Incoming reply : replies) {
        place(reply, present.id());
      }
    }
  }

  private CommentId nextId() {
    if (session == null) {
      return CommentId.of(++dryRunIds);
    }
    return session.nextCommentId();
  }

  private void write() {
    if (toWrite.isEmpty()) {
      return;
    }
    if (session != null) {
      session.insertAll(toWrite);
      sinceCommit += toWrite.size();
      if (settings.commitEvery() > 0 && sinceCommit >= settings.commitEvery()) {
        session.commit();
        session = settings.store().beginImport(settings.actor(), settings.reason());
        sinceCommit = 0;
      }
    }
    toWrite.clear();
  }

  private void progress(boolean last) {
    if (last || commentsRead % PROGRESS_EVERY == 0) {
      settings.listener().progress(new ImportProgress(last ? fileBytes : bytesRead.getAsLong(),
          fileBytes, postsRead, commentsRead, commentsImported));
    }
  }
}
