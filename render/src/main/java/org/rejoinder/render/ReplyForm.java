package org.rejoinder.render;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.render.internal.Urls;
import org.rejoinder.thread.ThreadNode;

/**
 * The "Leave a Reply" form as one request should see it: which post it answers, where it posts
 * to, which comment it replies to, who is signed in, how else one may sign in, the
 * application's CSRF token, and, after a refused submission, what the reader typed with a
 * message next to each field that was wrong. Rendering only: the application handles the POST, reading the fields
 * named by the {@code FIELD_} constants (WordPress's names).
 *
 * <pre>{@code
 * ReplyForm form = ReplyForm.of(post, "/comments")
 *     .replyingTo(thread.node(parentId).orElseThrow())
 *     .withSignIn(IdentityProvider.GITHUB, "/login/github")
 *     .withCsrfToken("_csrf", token);
 * }</pre>
 *
 * @param post the post the comment is for
 * @param action where the form posts: an absolute http(s) URL or one relative to the page
 * @param replyTo the comment answered, or {@code null} for a top-level comment
 * @param signedIn the reader's signed-in account, or {@code null} for a guest
 * @param signInChoices identity providers a guest may sign in with, in the order shown
 * @param csrf the application's CSRF token field, or {@code null}
 * @param nameAndEmailRequired whether a guest must give a name and an email address (default
 *     {@code true}, as in WordPress); marks the fields as required
 * @param values what the reader typed, by field name ({@code FIELD_} constants), shown again in
 *     the fields: after a refused submission, or from remembered details
 * @param errors a message per field name, shown next to the field, which is marked {@code
 *     aria-invalid} and described by the message
 * @param notice a message for the whole form, shown at its top, or {@code null}
 * @param cookieConsent whether guests are offered WordPress's "Save my name, email, and website
 *     in this browser for the next time I comment." box ({@link #FIELD_COOKIES_CONSENT})
 * @param honeypotField the name of a field hidden from people that bots fill, or {@code null}
 * @param formats the body formats a reader may choose from ({@link #FIELD_FORMAT}), the first
 *     chosen unless {@code values} says otherwise; empty for no choice
 * @param subscriptionsOffered whether readers are offered "Notify me of replies to my comment"
 *     ({@link #FIELD_SUBSCRIBE_REPLIES}) and "Notify me of new comments on this post" ({@link
 *     #FIELD_SUBSCRIBE_POST}), unchecked unless {@code values} says {@code yes}
 * @since 0.1.0
 */
public record ReplyForm(
    Post post,
    String action,
    @Nullable ReplyTarget replyTo,
    @Nullable SignedIn signedIn,
    List<SignInChoice> signInChoices,
    @Nullable CsrfField csrf,
    boolean nameAndEmailRequired,
    Map<String, String> values,
    Map<String, String> errors,
    @Nullable Notice notice,
    boolean cookieConsent,
    @Nullable String honeypotField,
    List<BodyFormat> formats,
    boolean subscriptionsOffered) {

  /**
   * The "Notify me of replies to my comment" box: {@value}, {@code yes} when ticked.
   *
   * @since 0.2.0
   */
  public static final String FIELD_SUBSCRIBE_REPLIES = "subscribe_replies";
  /**
   * The "Notify me of new comments on this post" box: {@value}, {@code yes} when ticked.
   *
   * @since 0.2.0
   */
  public static final String FIELD_SUBSCRIBE_POST = "subscribe_comments";

  /** The comment text field: {@value}. */
  public static final String FIELD_COMMENT = "comment";
  /** A guest's name field: {@value}. */
  public static final String FIELD_NAME = "author";
  /** A guest's email field: {@value}. */
  public static final String FIELD_EMAIL = "email";
  /** A guest's website field: {@value}. */
  public static final String FIELD_WEBSITE = "url";
  /** The hidden post id field: {@value}. */
  public static final String FIELD_POST_ID = "comment_post_ID";
  /** The hidden parent comment id field, {@code 0} for a top-level comment: {@value}. */
  public static final String FIELD_PARENT_ID = "comment_parent";
  /**
   * The box a guest checks to have their name, email and website remembered, with the value
   * {@code yes}: {@value}.
   *
   * @since 0.2.0
   */
  public static final String FIELD_COOKIES_CONSENT = "wp-comment-cookies-consent";
  /**
   * The body format chosen, {@code plain}, {@code markdown} or {@code html} (the {@link
   * BodyFormat} in lower case): {@value}.
   *
   * @since 0.2.0
   */
  public static final String FIELD_FORMAT = "comment_format";

  private static final Pattern FIELD_NAME_SHAPE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]{0,99}");

  /**
   * Creates a form.
   *
   * @throws IllegalArgumentException if the action is not an http(s) or relative URL
   */
  public ReplyForm {
    requireNonNull(post, "post must not be null");
    action = pageUrl("action", action);
    signInChoices = List.copyOf(requireNonNull(signInChoices, "signInChoices must not be null"));
    values = Map.copyOf(requireNonNull(values, "values must not be null"));
    errors = Map.copyOf(requireNonNull(errors, "errors must not be null"));
    if (honeypotField != null) {
      checkFieldName("honeypotField", honeypotField);
    }
    formats = List.copyOf(new LinkedHashSet<>(requireNonNull(formats, "formats must not be null")));
  }

  /** Returns a form for a top-level comment on {@code post}, posting to {@code action}. */
  public static ReplyForm of(Post post, String action) {
    return new ReplyForm(post, action, null, null, List.of(), null, true, Map.of(), Map.of(),
        null, false, null, List.of(), false);
  }

  /**
   * Returns this form set to answer the comment of {@code node}: "Leave a Reply to Ann", with a
   * "Cancel reply" link and the parent id filled in. The node usually comes from a request's
   * reply-to id ({@code ?replytocom=12}), so a comment that cannot take a reply is the reader's
   * doing, not the application's: the reader's own comment awaiting moderation, or a placeholder
   * of a comment that is not shown, would have its reply refused by {@code submit}.
   *
   * @throws InvalidParentException with {@link InvalidParentException.Reason#NOT_APPROVED} if
   *     the node's comment is not approved (awaiting moderation, or a placeholder)
   */
  public ReplyForm replyingTo(ThreadNode node) {
    requireNonNull(node, "node must not be null");
    Comment comment = node.comment().orElse(null);
    if (comment == null || node.kind() != ThreadNode.Kind.COMMENT
        || comment.state() != ModerationState.APPROVED) {
      throw new InvalidParentException(node.id(), InvalidParentException.Reason.NOT_APPROVED);
    }
    return withReplyTo(new ReplyTarget(node.id(), comment.author().displayName()));
  }

  /** Returns this form answering {@code target}, or a top-level form for {@code null}. */
  public ReplyForm withReplyTo(@Nullable ReplyTarget target) {
    return new ReplyForm(post, action, target, signedIn, signInChoices, csrf, nameAndEmailRequired,
        values, errors, notice, cookieConsent, honeypotField, formats, subscriptionsOffered);
  }

  /**
   * Returns this form for a signed-in reader: no name, email or website fields, but "You are
   * commenting using your X account (Log out / Change)".
   *
   * @param author the reader's account, a site user or an external identity
   * @param logOutUrl where "Log out" goes
   * @param changeUrl where "Change" goes (switching accounts), or {@code null} for no such link
   * @throws IllegalArgumentException if the author is a guest or a URL is not allowed
   */
  public ReplyForm signedInAs(Author author, String logOutUrl, @Nullable String changeUrl) {
    return new ReplyForm(post, action, replyTo, new SignedIn(author, logOutUrl, changeUrl),
        signInChoices, csrf, nameAndEmailRequired, values, errors, notice, cookieConsent,
        honeypotField, formats, subscriptionsOffered);
  }

  /**
   * Returns this form with one more identity provider a guest may sign in with.
   *
   * @throws IllegalArgumentException if the URL is not allowed
   */
  public ReplyForm withSignIn(IdentityProvider provider, String signInUrl) {
    List<SignInChoice> choices = new ArrayList<>(signInChoices);
    choices.add(new SignInChoice(provider, signInUrl));
    return new ReplyForm(post, action, replyTo, signedIn, choices, csrf, nameAndEmailRequired,
        values, errors, notice, cookieConsent, honeypotField, formats, subscriptionsOffered);
  }

  /**
   * Returns this form with a hidden CSRF token field.
   *
   * @throws IllegalArgumentException if the field name is not a plain form field name
   */
  public ReplyForm withCsrfToken(String fieldName, String token) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices,
        new CsrfField(fieldName, token), nameAndEmailRequired, values, errors, notice,
        cookieConsent, honeypotField, formats, subscriptionsOffered);
  }

  /** Returns this form with guests' name and email required or optional. */
  public ReplyForm withNameAndEmailRequired(boolean required) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf, required,
        values, errors, notice, cookieConsent, honeypotField, formats, subscriptionsOffered);
  }

  /**
   * Returns this form showing what the reader typed, by field name ({@link #FIELD_COMMENT},
   * {@link #FIELD_NAME}, {@link #FIELD_EMAIL}, {@link #FIELD_WEBSITE}, {@link #FIELD_FORMAT},
   * {@link #FIELD_COOKIES_CONSENT} with {@code yes}): after a refused submission, so that nothing
   * typed is lost, or from the details a guest asked to be remembered. Values are escaped when
   * written. Default: none.
   *
   * @since 0.2.0
   */
  public ReplyForm withValues(Map<String, String> newValues) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf,
        nameAndEmailRequired, newValues, errors, notice, cookieConsent, honeypotField, formats,
        subscriptionsOffered);
  }

  /**
   * Returns this form with a message next to each field named in {@code newErrors}: the field is
   * marked {@code aria-invalid="true"} and {@code aria-describedby} its message. Default: none.
   *
   * @since 0.2.0
   */
  public ReplyForm withErrors(Map<String, String> newErrors) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf,
        nameAndEmailRequired, values, newErrors, notice, cookieConsent, honeypotField, formats,
        subscriptionsOffered);
  }

  /**
   * Returns this form with a message at its top, such as "Your comment is awaiting moderation."
   * or why a submission was refused; {@code null} for none (the default).
   *
   * @since 0.2.0
   */
  public ReplyForm withNotice(@Nullable Notice newNotice) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf,
        nameAndEmailRequired, values, errors, newNotice, cookieConsent, honeypotField, formats,
        subscriptionsOffered);
  }

  /**
   * Returns this form offering, or not, the boxes that subscribe to replies ({@link
   * #FIELD_SUBSCRIBE_REPLIES}) and to the post's new comments ({@link #FIELD_SUBSCRIBE_POST}),
   * unchecked by default. Default: not offered.
   *
   * @since 0.2.0
   */
  public ReplyForm withSubscriptionsOffered(boolean offered) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf,
        nameAndEmailRequired, values, errors, notice, cookieConsent, honeypotField, formats,
        offered);
  }

  /**
   * Returns this form offering guests, or not, the box that saves their name, email and website
   * in their browser ({@link #FIELD_COOKIES_CONSENT}). Default: not offered.
   *
   * @since 0.2.0
   */
  public ReplyForm withCookieConsent(boolean offered) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf,
        nameAndEmailRequired, values, errors, notice, offered, honeypotField, formats,
        subscriptionsOffered);
  }

  /**
   * Returns this form with a honeypot: a text field hidden from people (and from assistive
   * technology) that bots filling every field fill. Default: none.
   *
   * @throws IllegalArgumentException if the name is not a plain form field name or is one of
   *     the form's own fields
   * @since 0.2.0
   */
  public ReplyForm withHoneypot(String fieldName) {
    checkFieldName("honeypotField", fieldName);
    if (List.of(FIELD_COMMENT, FIELD_NAME, FIELD_EMAIL, FIELD_WEBSITE, FIELD_POST_ID,
        FIELD_PARENT_ID, FIELD_COOKIES_CONSENT, FIELD_FORMAT, FIELD_SUBSCRIBE_REPLIES,
        FIELD_SUBSCRIBE_POST).contains(fieldName)) {
      throw new IllegalArgumentException(
          "honeypotField must not be one of the form's own fields but was " + fieldName);
    }
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf,
        nameAndEmailRequired, values, errors, notice, cookieConsent, fieldName, formats,
        subscriptionsOffered);
  }

  /**
   * Returns this form letting the reader choose the body's format among {@code choices}, in that
   * order, the first chosen by default ({@link #FIELD_FORMAT}); empty for no choice (the
   * default), when the application decides the format.
   *
   * @since 0.2.0
   */
  public ReplyForm withFormats(List<BodyFormat> choices) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf,
        nameAndEmailRequired, values, errors, notice, cookieConsent, honeypotField, choices,
        subscriptionsOffered);
  }

  /**
   * Returns what the reader typed in a field, or empty.
   *
   * @since 0.2.0
   */
  public Optional<String> value(String field) {
    return Optional.ofNullable(values.get(field));
  }

  /**
   * Returns the message shown next to a field, or empty.
   *
   * @since 0.2.0
   */
  public Optional<String> error(String field) {
    return Optional.ofNullable(errors.get(field));
  }

  /** Returns the comment answered, if any. */
  public Optional<ReplyTarget> replyTarget() {
    return Optional.ofNullable(replyTo);
  }

  /** Returns the signed-in account, if any. */
  public Optional<SignedIn> signedInAccount() {
    return Optional.ofNullable(signedIn);
  }

  /** Returns the CSRF token field, if any. */
  public Optional<CsrfField> csrfField() {
    return Optional.ofNullable(csrf);
  }

  private static void checkFieldName(String what, String name) {
    requireNonNull(name, what + " must not be null");
    if (!FIELD_NAME_SHAPE.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " must be a plain form field name ([A-Za-z_][A-Za-z0-9_.:-]*) but was " + name);
    }
  }

  private static String pageUrl(String what, @Nullable String url) {
    requireNonNull(url, what + " must not be null");
    if (!Urls.isPageLink(url)) {
      throw new IllegalArgumentException(
          what + " must be an http(s) URL or relative to the page but was " + url);
    }
    return url;
  }

  /**
   * The comment a form answers.
   *
   * @param id the comment's id, sent as the parent id
   * @param authorName its author's name, shown in "Leave a Reply to …"
   * @since 0.1.0
   */
  public record ReplyTarget(CommentId id, String authorName) {
    /** Creates a target. */
    public ReplyTarget {
      requireNonNull(id, "id must not be null");
      requireNonNull(authorName, "authorName must not be null");
    }
  }

  /**
   * A signed-in reader's account.
   *
   * @param author a site user or an external identity
   * @param logOutUrl where "Log out" goes
   * @param changeUrl where "Change" goes, or {@code null}
   * @since 0.1.0
   */
  public record SignedIn(Author author, String logOutUrl, @Nullable String changeUrl) {
    /**
     * Creates a signed-in account.
     *
     * @throws IllegalArgumentException if the author is a guest or a URL is not allowed
     */
    public SignedIn {
      requireNonNull(author, "author must not be null");
      if (author instanceof Guest) {
        throw new IllegalArgumentException(
            "author must be a site user or an external identity but was a guest");
      }
      logOutUrl = pageUrl("logOutUrl", logOutUrl);
      changeUrl = changeUrl == null ? null : pageUrl("changeUrl", changeUrl);
    }

    /** Returns the provider of an external identity, or empty for a user of the site. */
    public Optional<IdentityProvider> provider() {
      return author instanceof ExternalIdentity identity
          ? Optional.of(identity.provider())
          : Optional.empty();
    }
  }

  /**
   * A message for the whole form: {@link Kind#STATUS} for news ("Your comment is awaiting
   * moderation.", announced politely), {@link Kind#ERROR} for a refusal (announced at once).
   *
   * @param kind what the message is
   * @param message the text, escaped when written
   * @since 0.2.0
   */
  public record Notice(Kind kind, String message) {
    /** What a notice is. */
    public enum Kind {
      /** News about what happened, {@code role="status"}. */
      STATUS,
      /** Why what was sent was refused, {@code role="alert"}. */
      ERROR
    }

    /** Creates a notice. */
    public Notice {
      requireNonNull(kind, "kind must not be null");
      requireNonNull(message, "message must not be null");
    }

    /** Returns a {@link Kind#STATUS} notice. */
    public static Notice status(String message) {
      return new Notice(Kind.STATUS, message);
    }

    /** Returns an {@link Kind#ERROR} notice. */
    public static Notice error(String message) {
      return new Notice(Kind.ERROR, message);
    }
  }

  /**
   * An identity provider a guest may sign in with.
   *
   * @param provider the provider
   * @param url where its sign-in link goes
   * @since 0.1.0
   */
  public record SignInChoice(IdentityProvider provider, String url) {
    /**
     * Creates a choice.
     *
     * @throws IllegalArgumentException if the URL is not allowed
     */
    public SignInChoice {
      requireNonNull(provider, "provider must not be null");
      url = pageUrl("signInUrl", url);
    }
  }

  /**
   * The application's CSRF token, sent in a hidden field.
   *
   * @param name the field name, such as {@code _csrf}
   * @param value the token
   * @since 0.1.0
   */
  public record CsrfField(String name, String value) {
    /**
     * Creates a field.
     *
     * @throws IllegalArgumentException if the name is not a plain form field name
     */
    public CsrfField {
      checkFieldName("name", name);
      requireNonNull(value, "value must not be null");
    }

    /** Hides the token. */
    @Override
    public String toString() {
      return "CsrfField[" + name + "]";
    }
  }
}
