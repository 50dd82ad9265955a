package org.rejoinder.render;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
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
 * to, which comment it replies to, who is signed in, how else one may sign in, and the
 * application's CSRF token. Rendering only: the application handles the POST, reading the fields
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
 * @since 0.1.0
 */
public record ReplyForm(
    Post post,
    String action,
    @Nullable ReplyTarget replyTo,
    @Nullable SignedIn signedIn,
    List<SignInChoice> signInChoices,
    @Nullable CsrfField csrf,
    boolean nameAndEmailRequired) {

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
  }

  /** Returns a form for a top-level comment on {@code post}, posting to {@code action}. */
  public static ReplyForm of(Post post, String action) {
    return new ReplyForm(post, action, null, null, List.of(), null, true);
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
    return new ReplyForm(post, action, target, signedIn, signInChoices, csrf, nameAndEmailRequired);
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
        signInChoices, csrf, nameAndEmailRequired);
  }

  /**
   * Returns this form with one more identity provider a guest may sign in with.
   *
   * @throws IllegalArgumentException if the URL is not allowed
   */
  public ReplyForm withSignIn(IdentityProvider provider, String signInUrl) {
    List<SignInChoice> choices = new ArrayList<>(signInChoices);
    choices.add(new SignInChoice(provider, signInUrl));
    return new ReplyForm(post, action, replyTo, signedIn, choices, csrf, nameAndEmailRequired);
  }

  /**
   * Returns this form with a hidden CSRF token field.
   *
   * @throws IllegalArgumentException if the field name is not a plain form field name
   */
  public ReplyForm withCsrfToken(String fieldName, String token) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices,
        new CsrfField(fieldName, token), nameAndEmailRequired);
  }

  /** Returns this form with guests' name and email required or optional. */
  public ReplyForm withNameAndEmailRequired(boolean required) {
    return new ReplyForm(post, action, replyTo, signedIn, signInChoices, csrf, required);
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
      requireNonNull(name, "name must not be null");
      requireNonNull(value, "value must not be null");
      if (!FIELD_NAME_SHAPE.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "name must be a plain form field name ([A-Za-z_][A-Za-z0-9_.:-]*) but was " + name);
      }
    }

    /** Hides the token. */
    @Override
    public String toString() {
      return "CsrfField[" + name + "]";
    }
  }
}
