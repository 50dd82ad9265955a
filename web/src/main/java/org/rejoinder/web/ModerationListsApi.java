package org.rejoinder.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rejoinder.ModerationView;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;

/**
 * The policy's bans and keyword lists through the JSON API: {@code GET /api/moderation/bans} and
 * {@code GET /api/moderation/keywords/{moderation|disallowed}} for a moderator; {@code POST
 * /api/moderation/bans}, {@code POST /api/moderation/bans/lift} and {@code POST
 * /api/moderation/keywords/{kind}} for an administrator (CSRF-checked like every other call).
 * A change the policy has no list for ({@link ModerationView#ban}, {@link
 * ModerationView#replaceKeywords}) answers 409 with {@code reason} {@code no-ban-list} or {@code
 * no-keyword-list}; bad input answers 400 naming the {@code field}, and nothing changes.
 */
final class ModerationListsApi {
  private final WebContext web;
  private final JsonApi api;
  private final ModerationLists lists;

  ModerationListsApi(WebContext web, JsonApi api, ModerationLists lists) {
    this.web = web;
    this.api = api;
    this.lists = lists;
  }

  /** {@code GET /api/moderation/bans}: every ban, expired ones included. */
  public WebResponse bans(WebRequest request, Map<String, String> parameters) {
    ModerationView view = Moderation.view(web, web.viewer(request));
    ObjectNode root = JsonApi.JSON.createObjectNode();
    ArrayNode items = root.putArray("items");
    Instant now = web.clock().instant();
    for (Ban ban : view.bans()) {
      ban(items.addObject(), ban, now);
    }
    return JsonApi.json(200, root);
  }

  /** {@code POST /api/moderation/bans} with {@code {"kind", "value", "decision", "expiresAt"}}. */
  public WebResponse ban(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    ModerationView view = Moderation.view(web, viewer);
    JsonNode body = api.body(request, viewer);
    Decision decision = ModerationLists.decision(JsonApi.text(body, "decision"));
    String expires = JsonApi.text(body, "expiresAt");
    @Nullable Instant expiresAt;
    try {
      expiresAt = expires.isEmpty() ? null : Instant.parse(expires);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("expiresAt", InvalidInputException.Problem.MALFORMED,
          "expiresAt must be an instant such as 2030-01-31T12:00:00Z but was "
              + ModerationLists.shortened(expires));
    }
    Ban ban = ModerationLists.ban(field -> JsonApi.text(body, field), decision, expiresAt);
    lists.ban(view, ban);
    ObjectNode out = JsonApi.JSON.createObjectNode();
    ban(out, ban, web.clock().instant());
    return JsonApi.json(200, out);
  }

  /** {@code POST /api/moderation/bans/lift} with {@code {"kind", "value"}}: whether there was one. */
  public WebResponse lift(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    ModerationView view = Moderation.view(web, viewer);
    JsonNode body = api.body(request, viewer);
    boolean lifted = lists.lift(view, ModerationLists.ban(field -> JsonApi.text(body, field), Decision.SPAM, null));
    ObjectNode out = JsonApi.JSON.createObjectNode();
    out.put("lifted", lifted);
    return JsonApi.json(200, out);
  }

  /** {@code GET /api/moderation/keywords/{kind}}: the keywords in force of that kind. */
  public WebResponse keywords(WebRequest request, Map<String, String> parameters) {
    ModerationView view = Moderation.view(web, web.viewer(request));
    KeywordList.Kind kind = ModerationLists.kind(WebContext.param(parameters, "kind"));
    return keywords(kind, view.keywords(kind));
  }

  /** {@code POST /api/moderation/keywords/{kind}} with {@code {"keywords": [...]}}: the list as kept. */
  public WebResponse replaceKeywords(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    ModerationView view = Moderation.view(web, viewer);
    KeywordList.Kind kind = ModerationLists.kind(WebContext.param(parameters, "kind"));
    JsonNode given = api.body(request, viewer).get("keywords");
    if (given == null || !given.isArray()) {
      throw new InvalidInputException("keywords", InvalidInputException.Problem.REQUIRED,
          "keywords must be an array of strings");
    }
    List<String> keywords = new ArrayList<>(given.size());
    for (JsonNode keyword : given) {
      if (!keyword.isTextual()) {
        throw new InvalidInputException("keywords", InvalidInputException.Problem.MALFORMED,
            "keywords must be an array of strings");
      }
      keywords.add(keyword.textValue());
    }
    lists.replaceKeywords(view, kind, keywords);
    return keywords(kind, view.keywords(kind));
  }

  private static WebResponse keywords(KeywordList.Kind kind, List<String> keywords) {
    ObjectNode root = JsonApi.JSON.createObjectNode();
    root.put("kind", ModerationLists.name(kind));
    ArrayNode list = root.putArray("keywords");
    keywords.forEach(list::add);
    return JsonApi.json(200, root);
  }

  private static void ban(ObjectNode node, Ban ban, Instant now) {
    node.put("kind", ModerationLists.name(ban.kind()));
    node.put("value", ban.value());
    node.put("decision", ModerationLists.name(ban.decision()));
    if (ban.expiresAt() == null) {
      node.putNull("expiresAt");
    } else {
      node.put("expiresAt", ban.expiresAt().toString());
    }
    node.put("active", ban.isActiveAt(now));
  }
}
