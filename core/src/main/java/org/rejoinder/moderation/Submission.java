package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;

/**
 * A comment about to be stored, or an edit about to replace a comment's text, with everything a
 * moderation rule may look at: the post, the parent, the author, the body as typed and as readers
 * will see it ({@link #visibleText()}), the client, who is acting, when, and the comments stored
 * so far.
 *
 * <p>{@code Rejoinder} makes one for every submission and edit; make your own with {@link
 * #builder()} to test a rule. Immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Submission {
  private final Post post;
  private final @Nullable Comment parent;
  private final Author author;
  private final Body body;
  private final ClientInfo client;
  private final Actor actor;
  private final Instant at;
  private final @Nullable Comment original;
  private final CommentHistory history;
  private final BodyText bodyText;
  private final Supplier<String> visibleText;

  private Submission(Builder b) {
    this.post = requireNonNull(b.post, "post must not be null");
    this.parent = b.parent;
    this.author = requireNonNull(b.author, "author must not be null");
    this.body = requireNonNull(b.body, "body must not be null");
    this.client = b.client;
    this.actor = b.actor != null ? b.actor : Actor.reader(author);
    this.at = requireNonNull(b.at, "at must not be null");
    this.original = b.original;
    this.history = b.history;
    this.bodyText = b.bodyText;
    BodyText reader = bodyText;
    Body typed = body;
    this.visibleText =
        Suppliers.memoize(
            () -> requireNonNull(reader.visibleText(typed), "BodyText.visibleText returned null"));
  }

  /**
   * Returns a builder. The post, author, body and time are required; the rest has defaults.
   *
   * @since 0.2.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every value of this submission, to make a changed copy.
   *
   * @since 0.2.0
   */
  public Builder toBuilder() {
    return new Builder()
        .post(post)
        .parent(parent)
        .author(author)
        .body(body)
        .client(client)
        .actor(actor)
        .at(at)
        .original(original)
        .history(history)
        .bodyText(bodyText);
  }

  /** Returns the post it is for. */
  public Post post() {
    return post;
  }

  /** Returns the comment it replies to, or {@code null} for a top-level comment. */
  public @Nullable Comment parent() {
    return parent;
  }

  /** Returns who wrote it. */
  public Author author() {
    return author;
  }

  /** Returns what they wrote, as typed (for an edit, the new text). */
  public Body body() {
    return body;
  }

  /**
   * Returns the text readers will see of the body once it is rendered: without markup, character
   * references decoded, and nothing the renderer's sanitizer removes (see {@link BodyText}).
   * Computed once, when first asked for. Rules that look for words look here as well as in
   * {@link #body()}: a keyword split by markup or hidden behind a character reference shows here.
   * Empty if a reader would see nothing.
   *
   * @since 0.2.0
   */
  public String visibleText() {
    return visibleText.get();
  }

  /**
   * Returns how the visible text is worked out: the renderer's {@link BodyText}, or {@link
   * BodyText#asTyped()} without one.
   *
   * @since 0.2.0
   */
  public BodyText bodyText() {
    return bodyText;
  }

  /** Returns where it came from. */
  public ClientInfo client() {
    return client;
  }

  /** Returns who is posting or editing it; their role decides whether rules apply. */
  public Actor actor() {
    return actor;
  }

  /** Returns when it is posted or edited. */
  public Instant at() {
    return at;
  }

  /** Returns, for an edit, the comment as stored before it; {@code null} for a new comment. */
  public @Nullable Comment original() {
    return original;
  }

  /** Returns the comments stored so far. */
  public CommentHistory history() {
    return history;
  }

  /** Returns whether this is an edit of a stored comment rather than a new comment. */
  public boolean isEdit() {
    return original != null;
  }

  /**
   * Returns whether the submitter is trusted, as WordPress trusts them: a moderator or
   * administrator, or the post's own author writing as themselves. A trusted submission is
   * approved without the rules that judge content ({@link ModerationRule#judgesTrusted()}).
   */
  public boolean isTrusted() {
    return actor.role().canModerate()
        || (post.isAuthor(author) && author.key().equals(actor.key()));
  }

  /** Shows the post, the author's name and the actor, never an email address or the text. */
  @Override
  public String toString() {
    return "Submission[post=" + post.id() + ", parent=" + (parent == null ? "none" : parent.id())
        + ", author=" + author + ", actor=" + Redaction.key(actor.key()) + " " + actor.role()
        + ", " + body.format() + " body of " + body.text().length() + " chars"
        + (isEdit() ? ", edit" : "") + "]";
  }

  /**
   * Builds a {@link Submission}. A setting given twice replaces the earlier value.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private @Nullable Post post;
    private @Nullable Comment parent;
    private @Nullable Author author;
    private @Nullable Body body;
    private ClientInfo client = ClientInfo.NONE;
    private @Nullable Actor actor;
    private @Nullable Instant at;
    private @Nullable Comment original;
    private CommentHistory history = CommentHistory.EMPTY;
    private BodyText bodyText = BodyText.asTyped();

    private Builder() {}

    /** Sets the post. Required. */
    public Builder post(Post post) {
      this.post = requireNonNull(post, "post must not be null");
      return this;
    }

    /** Sets the comment replied to, {@code null} for a top-level comment. Default: {@code null}. */
    public Builder parent(@Nullable Comment parent) {
      this.parent = parent;
      return this;
    }

    /** Sets the author. Required. */
    public Builder author(Author author) {
      this.author = requireNonNull(author, "author must not be null");
      return this;
    }

    /** Sets the body as typed. Required. */
    public Builder body(Body body) {
      this.body = requireNonNull(body, "body must not be null");
      return this;
    }

    /** Sets where it came from. Default: {@link ClientInfo#NONE}. */
    public Builder client(ClientInfo client) {
      this.client = requireNonNull(client, "client must not be null");
      return this;
    }

    /** Sets who is acting. Default: the author, as a reader ({@link Actor#reader(Author)}). */
    public Builder actor(Actor actor) {
      this.actor = requireNonNull(actor, "actor must not be null");
      return this;
    }

    /** Sets when it is posted or edited. Required. */
    public Builder at(Instant at) {
      this.at = requireNonNull(at, "at must not be null");
      return this;
    }

    /** Sets, for an edit, the comment as stored before it. Default: {@code null}, a new comment. */
    public Builder original(@Nullable Comment original) {
      this.original = original;
      return this;
    }

    /** Sets the comments stored so far. Default: {@link CommentHistory#EMPTY}. */
    public Builder history(CommentHistory history) {
      this.history = requireNonNull(history, "history must not be null");
      return this;
    }

    /** Sets how the visible text is worked out. Default: {@link BodyText#asTyped()}. */
    public Builder bodyText(BodyText bodyText) {
      this.bodyText = requireNonNull(bodyText, "bodyText must not be null");
      return this;
    }

    /**
     * Returns the submission.
     *
     * @throws NullPointerException if the post, author, body or time is missing
     */
    public Submission build() {
      return new Submission(this);
    }
  }
}
