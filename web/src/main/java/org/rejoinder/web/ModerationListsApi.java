package org.rejoinder.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rejoinder.ModerationView;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanRule;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.KeywordRule;
import org.rejoinder.moderation.ModerationRule;

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

  ModerationListsApi(WebContext web, JsonApi api) {
    this.web = web;
    this.api = api;
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
    String decision = JsonApi.text(body, "decision");
    Decision chosen = switch (decision.isEmpty() ? "spam" : decision) {
      case "spam" -> Decision.SPAM;
      case "reject" -> Decision.REJECT;
      default -> throw new InvalidInputException("decision", InvalidInputException.Problem.MALFORMED,
          "decision must be spam or reject but was " + shortened(decision));
    };
    String expires = JsonApi.text(body, "expiresAt");
    @Nullable Instant expiresAt;
    try {
      expiresAt = expires.isEmpty() ? null : Instant.parse(expires);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("expiresAt", InvalidInputException.Problem.MALFORMED,
          "expiresAt must be an instant such as 2030-01-31T12:00:00Z but was " + shortened(expires));
    }
    Ban ban = ban(body, chosen, expiresAt);
    try {
      view.ban(ban);
    } catch (IllegalStateException e) {
      if (hasBanList()) {
        throw e;
      }
      throw noBanList();
    }
    ObjectNode out = JsonApi.JSON.createObjectNode();
    ban(out, ban, web.clock().instant());
    return JsonApi.json(200, out);
  }

  /** {@code POST /api/moderation/bans/lift} with {@code {"kind", "value"}}: whether there was one. */
  public WebResponse lift(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    ModerationView view = Moderation.view(web, viewer);
    JsonNode body = api.body(request, viewer);
    boolean lifted = view.liftBan(ban(body, Decision.SPAM, null));
    if (!lifted && !hasBanList()) {
      throw noBanList();
    }
    ObjectNode out = JsonApi.JSON.createObjectNode();
    out.put("lifted", lifted);
    return JsonApi.json(200, out);
  }

  /** {@code GET /api/moderation/keywords/{kind}}: the keywords in force of that kind. */
  public WebResponse keywords(WebRequest request, Map<String, String> parameters) {
    ModerationView view = Moderation.view(web, web.viewer(request));
    KeywordList.Kind kind = kind(parameters);
    return keywords(kind, view.keywords(kind));
  }

  /** {@code POST /api/moderation/keywords/{kind}} with {@code {"keywords": [...]}}: the list as kept. */
  public WebResponse replaceKeywords(WebRequest request, Map<String, String> parameters) {
    Viewer viewer = web.viewer(request);
    ModerationView view = Moderation.view(web, viewer);
    KeywordList.Kind kind = kind(parameters);
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
    try {
      view.replaceKeywords(kind, keywords);
    } catch (IllegalStateException e) {
      if (hasKeywordList(kind)) {
        throw e;
      }
      throw new WebException(WebException.Reason.NO_KEYWORD_LIST,
          "The " + name(kind) + " keywords are fixed by the application and cannot be changed here.");
    }
    return keywords(kind, view.keywords(kind));
  }

  private static WebResponse keywords(KeywordList.Kind kind, List<String> keywords) {
    ObjectNode root = JsonApi.JSON.createObjectNode();
    root.put("kind", name(kind));
    ArrayNode list = root.putArray("keywords");
    keywords.forEach(list::add);
    return JsonApi.json(200, root);
  }

  private static Ban ban(JsonNode body, Decision decision, @Nullable Instant expiresAt) {
    String kind = JsonApi.text(body, "kind");
    Ban.Kind chosen = switch (kind) {
      case "author" -> Ban.Kind.AUTHOR;
      case "email" -> Ban.Kind.EMAIL;
      case "ip" -> Ban.Kind.IP;
      case "" -> throw new InvalidInputException("kind", InvalidInputException.Problem.REQUIRED,
          "kind is required: author, email or ip");
      default -> throw new InvalidInputException("kind", InvalidInputException.Problem.MALFORMED,
          "kind must be author, email or ip but was " + shortened(kind));
    };
    String value = JsonApi.text(body, "value");
    if (value.isBlank()) {
      throw new InvalidInputException("value", InvalidInputException.Problem.REQUIRED, "value is required");
    }
    try {
      return new Ban(chosen, value, decision, expiresAt);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("value", InvalidInputException.Problem.MALFORMED,
          "value is not a valid " + kind + (chosen == Ban.Kind.IP ? " address or range" : ""));
    }
  }

  private static void ban(ObjectNode node, Ban ban, Instant now) {
    node.put("kind", ban.kind().name().toLowerCase(Locale.ROOT));
    node.put("value", ban.value());
    node.put("decision", ban.decision().name().toLowerCase(Locale.ROOT));
    if (ban.expiresAt() == null) {
      node.putNull("expiresAt");
    } else {
      node.put("expiresAt", ban.expiresAt().toString());
    }
    node.put("active", ban.isActiveAt(now));
  }

  private static KeywordList.Kind kind(Map<String, String> parameters) {
    String kind = WebContext.param(parameters, "kind");
    return switch (kind) {
      case "moderation" -> KeywordList.Kind.MODERATION;
      case "disallowed" -> KeywordList.Kind.DISALLOWED;
      default -> throw new WebException(WebException.Reason.NO_ROUTE,
          "No such keyword list: " + shortened(kind) + " (moderation or disallowed)");
    };
  }

  private static String name(KeywordList.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private boolean hasBanList() {
    for (ModerationRule rule : web.rejoinder().policy().rules()) {
      if (rule instanceof BanRule) {
        return true;
      }
    }
    return false;
  }

  private boolean hasKeywordList(KeywordList.Kind kind) {
    for (ModerationRule rule : web.rejoinder().policy().rules()) {
      if (rule instanceof KeywordRule keywords && keywords.kind() == kind && keywords.list().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static WebException noBanList() {
    return new WebException(WebException.Reason.NO_BAN_LIST,
        "The moderation policy keeps no ban list, so bans cannot be changed here.");
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
