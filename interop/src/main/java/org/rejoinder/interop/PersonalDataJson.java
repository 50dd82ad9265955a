package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rejoinder.PersonalDataExport;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.subscription.Subscription;

/**
 * Writes a reader's {@link PersonalDataExport} as JSON in the shape of WordPress's personal data
 * export: groups ({@code comments}, {@code reports}, {@code subscriptions}, {@code votes}), each with a label, a
 * description and items, each item a list of {@code {"name": …, "value": …}} pairs named as
 * WordPress names them ("Comment Author", "Comment Author Email", "Comment Author IP", "Comment
 * Author User Agent", "Comment Date", "Comment Content", "Comment URL"), plus each comment's
 * revisions, which WordPress does not export.
 *
 * @since 0.2.0
 */
public final class PersonalDataJson {
  private static final JsonFactory JSON = new JsonFactory();

  private PersonalDataJson() {}

  /**
   * Writes {@code export} to {@code out} as UTF-8 JSON; {@code out} stays open.
   *
   * @param commentUrls the address of each comment, for "Comment URL", or a function giving
   *     {@code null} to leave it out
   * @throws UncheckedIOException if writing fails
   */
  public static void write(PersonalDataExport export, CommentUrls commentUrls, OutputStream out) {
    requireNonNull(export, "export must not be null");
    requireNonNull(commentUrls, "commentUrls must not be null");
    requireNonNull(out, "out must not be null");
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("email", export.email());
      json.writeStringField("exportedAt", export.exportedAt().toString());
      json.writeObjectFieldStart("groups");

      group(json, "comments", "Comments", "User\u2019s comment data.");
      for (PersonalDataExport.CommentRecord record : export.comments()) {
        Comment c = record.comment();
        json.writeStartObject();
        json.writeStringField("id", "comment-" + c.id().value());
        Map<String, @Nullable String> data = new LinkedHashMap<>();
        data.put("Comment Author", c.author().displayName());
        data.put("Comment Author Email", c.author().email());
        data.put("Comment Author URL", c.author().website());
        data.put("Comment Author IP", c.client().ip());
        data.put("Comment Author User Agent", c.client().userAgent());
        data.put("Comment Date", c.createdAt().toString());
        data.put("Comment Content", c.body().text());
        data.put("Comment URL", commentUrls.of(c));
        data.put("Comment Post", c.postId().value());
        data.put("Comment Status", c.state().name().toLowerCase(java.util.Locale.ROOT));
        pairs(json, data);
        json.writeArrayFieldStart("revisions");
        for (Revision r : record.revisions()) {
          json.writeStartObject();
          json.writeStringField("editedAt", r.at().toString());
          json.writeStringField("previousContent", r.previous().text());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      endGroup(json);

      group(json, "reports", "Reports", "Comments the user reported to the moderators.");
      for (Report r : export.reportsFiled()) {
        json.writeStartObject();
        json.writeStringField("id", "report-" + r.commentId().value());
        Map<String, @Nullable String> data = new LinkedHashMap<>();
        data.put("Reported Comment", "comment-" + r.commentId().value());
        data.put("Report Date", r.at().toString());
        data.put("Report Reason", r.reason());
        pairs(json, data);
        json.writeEndObject();
      }
      endGroup(json);

      group(json, "subscriptions", "Comment Subscriptions", "Notifications the user asked for.");
      for (Subscription s : export.subscriptions()) {
        json.writeStartObject();
        json.writeStringField("id", "subscription-" + s.id().value());
        Map<String, @Nullable String> data = new LinkedHashMap<>();
        data.put("Subscription Email", s.email());
        data.put("Subscription Post", s.postId().value());
        data.put("Subscription Scope", s.scope() == Subscription.Scope.POST ? "new comments" : "replies");
        data.put("Subscription Status", s.status().name().toLowerCase(java.util.Locale.ROOT));
        data.put("Subscription Date", s.createdAt().toString());
        pairs(json, data);
        json.writeEndObject();
      }
      endGroup(json);

      group(json, "votes", "Comment Votes", "Votes the user cast on comments.");
      for (Vote v : export.votes()) {
        json.writeStartObject();
        json.writeStringField("id", "vote-" + v.commentId().value());
        Map<String, @Nullable String> data = new LinkedHashMap<>();
        data.put("Voted Comment", "comment-" + v.commentId().value());
        data.put("Vote", v.direction() == VoteDirection.UP ? "up" : "down");
        data.put("Vote Date", v.at().toString());
        pairs(json, data);
        json.writeEndObject();
      }
      endGroup(json);

      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void group(JsonGenerator json, String key, String label, String description) throws IOException {
    json.writeObjectFieldStart(key);
    json.writeStringField("label", label);
    json.writeStringField("description", description);
    json.writeArrayFieldStart("items");
  }

  private static void endGroup(JsonGenerator json) throws IOException {
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void pairs(JsonGenerator json, Map<String, @Nullable String> data) throws IOException {
    json.writeArrayFieldStart("data");
    for (Map.Entry<String, @Nullable String> e : data.entrySet()) {
      if (e.getValue() != null && !e.getValue().isEmpty()) {
        json.writeStartObject();
        json.writeStringField("name", e.getKey());
        json.writeStringField("value", e.getValue());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }

  /**
   * The address of a comment, for the export's "Comment URL".
   *
   * @since 0.2.0
   */
  @FunctionalInterface
  public interface CommentUrls {
    /** Returns the comment's address, or {@code null} to leave it out. */
    @Nullable String of(Comment comment);
  }
}
