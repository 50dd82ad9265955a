package org.rejoinder.interop.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.SourceId;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.Decision;

/**
 * The backup's records as JSON, each field always in the same order and absent values left out,
 * so that the same store always writes the same bytes. Every record is one object with a {@code
 * "record"} field naming its type. Reading checks every value as the model does.
 */
public final class Records {
  private Records() {}

  // Writing

  /** Writes a post record. */
  public static void post(JsonGenerator json, Post post) throws IOException {
    json.writeStartObject();
    json.writeStringField("record", "post");
    json.writeStringField("id", post.id().value());
    json.writeStringField("title", post.title());
    json.writeFieldName("author");
    author(json, post.author());
    json.writeStringField("publishedAt", post.publishedAt().toString());
    json.writeStringField("commentStatus", post.commentStatus().mode().name());
    if (post.commentStatus().days() != 0) {
      json.writeNumberField("commentStatusDays", post.commentStatus().days());
    }
    optional(json, "link", post.link());
    source(json, post.source());
    json.writeEndObject();
  }

  /** Writes a comment record, without its history. */
  public static void comment(JsonGenerator json, Comment c, int depth) throws IOException {
    json.writeStartObject();
    json.writeStringField("record", "comment");
    json.writeNumberField("id", c.id().value());
    json.writeStringField("post", c.postId().value());
    if (c.parentId() != null) {
      json.writeNumberField("parent", c.parentId().value());
    }
    json.writeNumberField("depth", depth);
    json.writeStringField("type", c.type().name());
    json.writeFieldName("author");
    author(json, c.author());
    json.writeFieldName("body");
    body(json, c.body());
    json.writeStringField("createdAt", c.createdAt().toString());
    json.writeStringField("state", c.state().name());
    json.writeNumberField("version", c.version());
    optional(json, "ip", c.client().ip());
    optional(json, "userAgent", c.client().userAgent());
    json.writeStringField("updatedAt", c.updatedAt().toString());
    if (c.editedAt() != null) {
      json.writeStringField("editedAt", c.editedAt().toString());
    }
    source(json, c.source());
    json.writeEndObject();
  }

  /** Writes an audit entry record. */
  public static void audit(JsonGenerator json, AuditEntry e) throws IOException {
    startOfCommentRecord(json, "audit", e.commentId());
    json.writeStringField("at", e.at().toString());
    json.writeFieldName("actor");
    actor(json, e.actor());
    if (e.from() != null) {
      json.writeStringField("from", e.from().name());
    }
    json.writeStringField("to", e.to().name());
    json.writeStringField("reason", e.reason());
    json.writeEndObject();
  }

  /** Writes a revision record. */
  public static void revision(JsonGenerator json, Revision r) throws IOException {
    startOfCommentRecord(json, "revision", r.commentId());
    json.writeStringField("at", r.at().toString());
    json.writeFieldName("editor");
    actor(json, r.editor());
    json.writeFieldName("previous");
    body(json, r.previous());
    json.writeEndObject();
  }

  /** Writes a report record. */
  public static void report(JsonGenerator json, Report r) throws IOException {
    startOfCommentRecord(json, "report", r.commentId());
    json.writeStringField("reporter", r.reporterKey());
    json.writeStringField("at", r.at().toString());
    json.writeStringField("reason", r.reason());
    json.writeEndObject();
  }

  /** Writes the pin record of a pinned comment. */
  public static void pin(JsonGenerator json, Comment c) throws IOException {
    startOfCommentRecord(json, "pin", c.id());
    json.writeEndObject();
  }

  /** Writes a mention record: a comment of the same post that {@code c}'s text refers to. */
  public static void mention(JsonGenerator json, Comment c, Mention m) throws IOException {
    startOfCommentRecord(json, "mention", c.id());
    json.writeNumberField("target", m.commentId().value());
    json.writeStringField("kind", m.kind().name());
    if (!m.text().isEmpty()) {
      json.writeStringField("text", m.text());
    }
    json.writeEndObject();
  }

  /** Writes a vote record. */
  public static void vote(JsonGenerator json, Vote v) throws IOException {
    startOfCommentRecord(json, "vote", v.commentId());
    json.writeStringField("voter", v.voterKey());
    json.writeStringField("direction", v.direction().name());
    json.writeStringField("at", v.at().toString());
    json.writeEndObject();
  }

  /** Starts a record about one comment: its type, then the comment's id. */
  private static void startOfCommentRecord(JsonGenerator json, String record, CommentId comment)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("record", record);
    json.writeNumberField("comment", comment.value());
  }

  /** Writes a ban record. */
  public static void ban(JsonGenerator json, Ban ban) throws IOException {
    json.writeStartObject();
    json.writeStringField("record", "ban");
    json.writeStringField("kind", ban.kind().name());
    json.writeStringField("value", ban.value());
    json.writeStringField("decision", ban.decision().name());
    if (ban.expiresAt() != null) {
      json.writeStringField("expiresAt", ban.expiresAt().toString());
    }
    json.writeEndObject();
  }

  private static void author(JsonGenerator json, Author author) throws IOException {
    json.writeStartObject();
    if (author instanceof SiteUser user) {
      json.writeStringField("kind", "user");
      json.writeStringField("id", user.userId());
    } else if (author instanceof ExternalIdentity identity) {
      json.writeStringField("kind", "external");
      json.writeStringField("provider", identity.provider().id());
      json.writeStringField("providerName", identity.provider().displayName());
      json.writeStringField("id", identity.subject());
    } else {
      json.writeStringField("kind", "guest");
    }
    json.writeStringField("name", author.displayName());
    optional(json, "email", author.email());
    optional(json, "website", author.website());
    json.writeEndObject();
  }

  private static void actor(JsonGenerator json, Actor actor) throws IOException {
    json.writeStartObject();
    optional(json, "key", actor.key());
    json.writeStringField("role", actor.role().name());
    json.writeEndObject();
  }

  private static void body(JsonGenerator json, Body body) throws IOException {
    json.writeStartObject();
    json.writeStringField("format", body.format().name());
    json.writeStringField("text", body.text());
    json.writeEndObject();
  }

  private static void source(JsonGenerator json, @Nullable SourceId source) throws IOException {
    if (source != null) {
      json.writeFieldName("source");
      json.writeStartObject();
      json.writeStringField("system", source.system());
      json.writeStringField("id", source.id());
      json.writeEndObject();
    }
  }

  private static void optional(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  // Reading: each throws IllegalArgumentException (or the model's InvalidInputException) for a bad value.

  /** Reads a post record. */
  public static Post post(JsonNode n) {
    return Post.builder()
        .id(PostId.of(text(n, "id")))
        .title(text(n, "title"))
        .author(author(field(n, "author")))
        .publishedAt(Instant.parse(text(n, "publishedAt")))
        .commentStatus(new CommentStatus(CommentStatus.Mode.valueOf(text(n, "commentStatus")),
            n.path("commentStatusDays").asInt(0)))
        .link(optional(n, "link"))
        .source(source(n))
        .build();
  }

  /** Reads a comment record. */
  public static Comment comment(JsonNode n) {
    JsonNode parent = n.get("parent");
    String edited = optional(n, "editedAt");
    return Comment.builder()
        .id(CommentId.of(number(n, "id")))
        .postId(PostId.of(text(n, "post")))
        .parentId(parent == null ? null : CommentId.of(parent.asLong()))
        .type(CommentType.valueOf(text(n, "type")))
        .author(author(field(n, "author")))
        .body(body(field(n, "body")))
        .createdAt(Instant.parse(text(n, "createdAt")))
        .state(ModerationState.valueOf(text(n, "state")))
        .version(number(n, "version"))
        .client(ClientInfo.of(optional(n, "ip"), optional(n, "userAgent")))
        .updatedAt(Instant.parse(text(n, "updatedAt")))
        .editedAt(edited == null ? null : Instant.parse(edited))
        .source(source(n))
        .build();
  }

  /** Reads the depth of a comment record. */
  public static int depth(JsonNode n) {
    return (int) number(n, "depth");
  }

  /** Reads an audit entry record. */
  public static AuditEntry audit(JsonNode n) {
    String from = optional(n, "from");
    return new AuditEntry(CommentId.of(number(n, "comment")), Instant.parse(text(n, "at")),
        actor(field(n, "actor")), from == null ? null : ModerationState.valueOf(from),
        ModerationState.valueOf(text(n, "to")), text(n, "reason"));
  }

  /** Reads a revision record. */
  public static Revision revision(JsonNode n) {
    return new Revision(CommentId.of(number(n, "comment")), Instant.parse(text(n, "at")),
        actor(field(n, "editor")), body(field(n, "previous")));
  }

  /** Reads a report record. */
  public static Report report(JsonNode n) {
    return new Report(CommentId.of(number(n, "comment")), text(n, "reporter"),
        Instant.parse(text(n, "at")), text(n, "reason"));
  }

  /** Reads the id of the comment a pin, mention or vote record belongs to. */
  public static CommentId commentOf(JsonNode n) {
    return CommentId.of(number(n, "comment"));
  }

  /** Reads a mention record's mention. */
  public static Mention mention(JsonNode n) {
    String text = optional(n, "text");
    return new Mention(CommentId.of(number(n, "target")), text == null ? "" : text,
        Mention.Kind.valueOf(text(n, "kind")));
  }

  /** Reads a vote record. */
  public static Vote vote(JsonNode n) {
    return new Vote(CommentId.of(number(n, "comment")), text(n, "voter"),
        VoteDirection.valueOf(text(n, "direction")), Instant.parse(text(n, "at")));
  }

  /** Reads a ban record. */
  public static Ban ban(JsonNode n) {
    String expires = optional(n, "expiresAt");
    return new Ban(Ban.Kind.valueOf(text(n, "kind")), text(n, "value"),
        Decision.valueOf(text(n, "decision")), expires == null ? null : Instant.parse(expires));
  }

  private static Author author(JsonNode n) {
    String name = text(n, "name");
    String email = optional(n, "email");
    String website = optional(n, "website");
    return switch (text(n, "kind")) {
      case "user" -> SiteUser.of(text(n, "id"), name).withEmail(email).withWebsite(website);
      case "external" -> ExternalIdentity.of(
              new IdentityProvider(text(n, "provider"), text(n, "providerName")), text(n, "id"), name)
          .withProfileUrl(website).withEmail(email);
      case "guest" -> new Guest(name, email, website);
      default -> throw new IllegalArgumentException("unknown author kind " + text(n, "kind"));
    };
  }

  private static Actor actor(JsonNode n) {
    return new Actor(optional(n, "key"), Role.valueOf(text(n, "role")));
  }

  private static Body body(JsonNode n) {
    return new Body(text(n, "text"), BodyFormat.valueOf(text(n, "format")));
  }

  private static @Nullable SourceId source(JsonNode n) {
    JsonNode source = n.get("source");
    return source == null ? null : SourceId.of(text(source, "system"), text(source, "id"));
  }

  private static JsonNode field(JsonNode n, String name) {
    JsonNode value = n.get(name);
    if (value == null || !value.isObject()) {
      throw new IllegalArgumentException("\"" + name + "\" must be an object");
    }
    return value;
  }

  /** Returns a required text field. */
  public static String text(JsonNode n, String name) {
    JsonNode value = n.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }
    return value.asText();
  }

  private static @Nullable String optional(JsonNode n, String name) {
    JsonNode value = n.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }
    return value.asText();
  }

  /** Returns a required integer field. */
  public static long number(JsonNode n, String name) {
    JsonNode value = n.get(name);
    if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("\"" + name + "\" must be a whole number");
    }
    return value.asLong();
  }
}
