package org.rejoinder.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.rejoinder.ErasureReport;
import org.rejoinder.PersonalDataExport;
import org.rejoinder.PersonalDataView;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.store.ErasureRecord;
import org.rejoinder.subscription.Subscription;

/**
 * A reader's request about their personal data, answered by a signed-in administrator through the
 * JSON API: {@code POST /api/moderation/personal-data/export} and {@code .../erase} with {@code
 * {"email": …}} (a POST, so that the address never lands in an access log's URL; CSRF-checked
 * like every other call), and {@code GET /api/moderation/erasures?offset=&limit=}.
 */
final class PersonalDataApi {
  private final WebContext web;
  private final JsonApi api;

  PersonalDataApi(WebContext web, JsonApi api) {
    this.web = web;
    this.api = api;
  }

  private PersonalDataView view(Viewer viewer) {
    if (viewer.signedIn() == null) {
      throw new WebException(WebException.Reason.NOT_SIGNED_IN, "Please sign in as an administrator first.");
    }
    return web.rejoinder().personalData(viewer.signedIn().actor());
  }

  private String email(Viewer viewer, WebRequest request) {
    String email = JsonApi.text(api.body(request, viewer), "email");
    if (email.isBlank()) {
      throw new InvalidInputException("email", InvalidInputException.Problem.REQUIRED, "email is required");
    }
    return email;
  }

  /** {@code POST /api/moderation/personal-data/export}: the export, as a download. */
  public WebResponse export(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    PersonalDataView view = view(viewer);
    PersonalDataExport export = view.export(email(viewer, request));
    ObjectNode root = JsonApi.JSON.createObjectNode();
    root.put("email", export.email());
    root.put("exportedAt", export.exportedAt().toString());
    ArrayNode comments = root.putArray("comments");
    for (PersonalDataExport.CommentRecord record : export.comments()) {
      Comment c = record.comment();
      ObjectNode node = comments.addObject();
      node.put("id", c.id().value());
      node.put("post", c.postId().value());
      node.put("createdAt", c.createdAt().toString());
      node.put("state", c.state().name().toLowerCase(java.util.Locale.ROOT));
      node.put("author", c.author().displayName());
      node.put("email", c.author().email());
      node.put("website", c.author().website());
      node.put("ip", c.client().ip());
      node.put("userAgent", c.client().userAgent());
      node.put("text", c.body().text());
      ArrayNode revisions = node.putArray("revisions");
      for (Revision r : record.revisions()) {
        revisions.addObject().put("editedAt", r.at().toString()).put("previousText", r.previous().text());
      }
    }
    ArrayNode reports = root.putArray("reports");
    for (Report r : export.reportsFiled()) {
      reports.addObject().put("comment", r.commentId().value()).put("at", r.at().toString())
          .put("reason", r.reason());
    }
    ArrayNode subscriptions = root.putArray("subscriptions");
    for (Subscription s : export.subscriptions()) {
      subscriptions.addObject().put("email", s.email()).put("post", s.postId().value())
          .put("scope", s.scope().name().toLowerCase(java.util.Locale.ROOT))
          .put("status", s.status().name().toLowerCase(java.util.Locale.ROOT))
          .put("createdAt", s.createdAt().toString());
    }
    ArrayNode votes = root.putArray("votes");
    for (Vote v : export.votes()) {
      votes.addObject().put("comment", v.commentId().value())
          .put("direction", v.direction().name().toLowerCase(java.util.Locale.ROOT))
          .put("at", v.at().toString());
    }
    return JsonApi.json(200, root)
        .withHeader("Content-Disposition", "attachment; filename=\"personal-data.json\"")
        .withHeader("Cache-Control", "no-store");
  }

  /** {@code POST /api/moderation/personal-data/erase}: the erasure's record. */
  public WebResponse erase(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    PersonalDataView view = view(viewer);
    ErasureReport report = view.erase(email(viewer, request));
    ObjectNode root = JsonApi.JSON.createObjectNode();
    record(root, report.record());
    return JsonApi.json(200, root);
  }

  /** {@code GET /api/moderation/erasures?offset=&limit=}: the records of erasures, newest first. */
  public WebResponse erasures(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    PersonalDataView view = view(viewer);
    int offset = request.query("offset").map(JsonApi::nonNegative).orElse(0);
    int limit = request.query("limit").map(JsonApi::positive).orElse(20);
    if (limit > web.settings().maxPerPage()) {
      throw new InvalidInputException("limit", InvalidInputException.Problem.OUT_OF_RANGE,
          "limit must be at most " + web.settings().maxPerPage() + " but was " + limit);
    }
    ObjectNode root = JsonApi.JSON.createObjectNode();
    root.put("offset", offset);
    ArrayNode items = root.putArray("items");
    for (ErasureRecord r : view.erasures(offset, limit)) {
      record(items.addObject(), r);
    }
    return JsonApi.json(200, root);
  }

  private static void record(ObjectNode node, ErasureRecord r) {
    node.put("requestId", r.requestId());
    node.put("requestedBy", r.requestedBy());
    node.put("requestedAt", r.requestedAt().toString());
    ObjectNode counts = node.putObject("erased");
    counts.put("comments", r.comments());
    counts.put("revisions", r.revisions());
    counts.put("reports", r.reports());
    counts.put("subscriptions", r.subscriptions());
    counts.put("votes", r.votes());
    counts.put("mentions", r.mentions());
  }
}
