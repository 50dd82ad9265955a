package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.interop.internal.Records;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.store.ArchivedComment;
import org.rejoinder.store.MigrationStore;

/**
 * Rejoinder's own backup: everything a store keeps, lossless, in a file of JSON Lines (UTF-8,
 * one record a line), written and read as a stream. Where a WordPress export keeps what
 * WordPress knows, a backup keeps all of it: ids, versions, edit times, audit trails,
 * revisions, readers' reports, pins, mentions, readers' votes, source ids, and the bans of a
 * {@link BanList}.
 *
 * <pre>{@code
 * Backup backup = Backup.of(store).withBans(bans);
 * try (OutputStream out = Files.newOutputStream(file)) {
 *   backup.write(out);
 * }
 * Backup.of(emptyStore).withBans(newBans).restore(file);
 * }</pre>
 *
 * <p>The file: a header {@code {"record":"rejoinder-backup","version":1,"lastCommentId":N}},
 * then each post ({@code "record":"post"}) followed by its comments, parents before replies, each
 * comment ({@code "comment"}) followed by its {@code "audit"}, {@code "revision"}, {@code
 * "report"}, {@code "pin"} (if a moderator pinned it), {@code "mention"} and {@code "vote"}
 * records; then the {@code "ban"} records; and last {@code
 * {"record":"end","posts":P,"comments":C}}, so a cut file is refused. Fields come in a fixed
 * order and absent values are left out: backup, restore, backup again gives the same bytes. New
 * kinds of records are added without changing the version; a Rejoinder that meets a record it
 * does not know refuses the file rather than drop what it holds.
 *
 * <p>A restore goes into an empty store. It reads the whole file once to check it, then stores
 * it in batches; a file that fails the check stores nothing. Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Backup {
  /** The version of the format this code writes and reads: {@value}. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 500;

  private final MigrationStore store;
  private final @Nullable BanList bans;

  private Backup(MigrationStore store, @Nullable BanList bans) {
    this.store = store;
    this.bans = bans;
  }

  /** Returns a backup of {@code store}, or a restore into it, without bans. */
  public static Backup of(MigrationStore store) {
    return new Backup(requireNonNull(store, "store must not be null"), null);
  }

  /** Returns this backup with the bans of {@code bans}: written from it, restored into it. */
  public Backup withBans(BanList bans) {
    return new Backup(store, requireNonNull(bans, "bans must not be null"));
  }

  /**
   * Writes everything the store keeps to {@code out}, which stays open.
   *
   * @throws UncheckedIOException if writing fails
   */
  public ExportSummary write(OutputStream out) {
    requireNonNull(out, "out must not be null");
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      JsonGenerator json = JSON.getFactory().createGenerator(writer);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
      json.writeStartObject();
      json.writeStringField("record", "rejoinder-backup");
      json.writeNumberField("version", FORMAT_VERSION);
      json.writeNumberField("lastCommentId", store.lastCommentId());
      json.writeEndObject();
      long posts = 0;
      long comments = 0;
      PostId afterPost = null;
      while (true) {
        List<Post> page = store.posts(afterPost, PAGE);
        if (page.isEmpty()) {
          break;
        }
        for (Post post : page) {
          Records.post(json, post);
          posts++;
          ArchivedComment after = null;
          while (true) {
            List<ArchivedComment> archived = store.archive(post.id(), after, PAGE);
            if (archived.isEmpty()) {
              break;
            }
            for (ArchivedComment a : archived) {
              Records.comment(json, a.comment(), a.depth());
              for (AuditEntry e : a.trail()) {
                Records.audit(json, e);
              }
              for (Revision r : a.revisions()) {
                Records.revision(json, r);
              }
              for (Report r : a.reports()) {
                Records.report(json, r);
              }
              if (a.comment().pinned()) {
                Records.pin(json, a.comment());
              }
              for (Mention m : a.comment().mentions()) {
                Records.mention(json, a.comment(), m);
              }
              for (Vote v : a.votes()) {
                Records.vote(json, v);
              }
              comments++;
            }
            after = archived.get(archived.size() - 1);
          }
        }
        afterPost = page.get(page.size() - 1).id();
      }
      if (bans != null) {
        for (Ban ban : bans.bans()) {
          Records.ban(json, ban);
        }
      }
      json.writeStartObject();
      json.writeStringField("record", "end");
      json.writeNumberField("posts", posts);
      json.writeNumberField("comments", comments);
      json.writeEndObject();
      json.flush();
      writer.write('\n');
      writer.flush();
      return new ExportSummary(posts, comments);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the backup", e);
    }
  }

  /**
   * Restores a backup file into the store, which must be empty: checks the whole file first,
   * then stores it.
   *
   * @throws MalformedFileException if the file is not a complete backup of a version this code
   *     reads, or holds a value the model refuses; nothing is stored then
   * @throws IllegalStateException if the store is not empty
   * @throws UncheckedIOException if the file cannot be read
   */
  public ExportSummary restore(Path file) {
    requireNonNull(file, "file must not be null");
    if (!store.posts(null, 1).isEmpty()) {
      throw new IllegalStateException("A backup is restored into an empty store, but this one has posts");
    }
    read(file, false);
    return read(file, true);
  }

  /** Reads the file; with {@code write}, stores what it reads. */
  private ExportSummary read(Path file, boolean write) {
    String name = String.valueOf(file.getFileName());
    Restoring restoring = new Restoring(write);
    int line = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (restoring.ended) {
          throw new MalformedFileException(name, line, -1, "lines after the end record", null);
        }
        JsonNode record;
        try {
          record = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          throw new MalformedFileException(name, line, (int) e.getLocation().getColumnNr(),
              "not a JSON object: " + e.getOriginalMessage(), e);
        }
        try {
          if (record == null || !record.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
          }
          restoring.take(line, record);
        } catch (IllegalArgumentException | InvalidInputException e) {
          throw new MalformedFileException(name, line, -1, String.valueOf(e.getMessage()), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + name, e);
    }
    if (!restoring.ended) {
      throw new MalformedFileException(name, line, -1,
          line == 0 ? "empty file" : "the file ends without its end record: it was cut", null);
    }
    return new ExportSummary(restoring.posts, restoring.comments);
  }

  /** What one reading of a file has seen, and, when it writes, what it has yet to store. */
  private final class Restoring {
    final boolean write;
    boolean started;
    boolean ended;
    long posts;
    long comments;
    long lastCommentId;
    @Nullable Comment comment;
    int depth;
    final List<AuditEntry> trail = new ArrayList<>();
    final List<Revision> revisions = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final List<Vote> votes = new ArrayList<>();
    final List<ArchivedComment> batch = new ArrayList<>();

    Restoring(boolean write) {
      this.write = write;
    }

    void take(int line, JsonNode record) {
      String type = Records.text(record, "record");
      if (!started) {
        if (!type.equals("rejoinder-backup")) {
          throw new IllegalArgumentException("this is not a Rejoinder backup: it has no header");
        }
        long version = Records.number(record, "version");
        if (version != FORMAT_VERSION) {
          throw new IllegalArgumentException("backup format version " + version
              + "; this Rejoinder reads version " + FORMAT_VERSION);
        }
        lastCommentId = Records.number(record, "lastCommentId");
        started = true;
        return;
      }
      switch (type) {
        case "post" -> {
          Post post = Records.post(record);
          flushComment();
          flushBatch();
          if (write) {
            store.insertPost(post);
          }
          posts++;
        }
        case "comment" -> {
          flushComment();
          comment = Records.comment(record);
          depth = Records.depth(record);
          comments++;
        }
        case "audit" -> {
          AuditEntry entry = Records.audit(record);
          trail.add(requireOwn(entry.commentId(), entry));
        }
        case "revision" -> {
          Revision revision = Records.revision(record);
          revisions.add(requireOwn(revision.commentId(), revision));
        }
        case "report" -> {
          Report report = Records.report(record);
          reports.add(requireOwn(report.commentId(), report));
        }
        case "pin" -> {
          Comment pinned = requireOwn(Records.commentOf(record), comment);
          comment = pinned.toBuilder().pinned(true).build();
        }
        case "mention" -> mentions.add(requireOwn(Records.commentOf(record), Records.mention(record)));
        case "vote" -> {
          Vote vote = Records.vote(record);
          votes.add(requireOwn(vote.commentId(), vote));
        }
        case "ban" -> {
          Ban ban = Records.ban(record);
          flushComment();
          flushBatch();
          if (write && bans != null) {
            bans.add(ban);
          }
        }
        case "end" -> {
          flushComment();
          flushBatch();
          if (Records.number(record, "posts") != posts || Records.number(record, "comments") != comments) {
            throw new IllegalArgumentException("the end record counts other posts or comments than"
                + " the file holds: it was cut or edited");
          }
          if (write) {
            store.reserveCommentIdsThrough(lastCommentId);
          }
          ended = true;
        }
        default -> throw new IllegalArgumentException("record type \"" + type
            + "\" is not known to this Rejoinder (a newer one wrote it?); nothing was restored");
      }
    }

    private <T> T requireOwn(CommentId id, @Nullable T value) {
      if (comment == null || !comment.id().equals(id) || value == null) {
        throw new IllegalArgumentException("a record of comment " + id + " that does not follow it");
      }
      return value;
    }

    private void flushComment() {
      if (comment != null) {
        Comment full = mentions.isEmpty() ? comment : comment.toBuilder().mentions(mentions).build();
        batch.add(new ArchivedComment(full, depth, trail, revisions, reports, votes));
        comment = null;
        trail.clear();
        revisions.clear();
        reports.clear();
        mentions.clear();
        votes.clear();
        if (batch.size() >= PAGE) {
          flushBatch();
        }
      }
    }

    private void flushBatch() {
      if (write && !batch.isEmpty()) {
        store.restore(batch);
      }
      batch.clear();
    }
  }
}
