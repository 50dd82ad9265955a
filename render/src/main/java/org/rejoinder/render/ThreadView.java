package org.rejoinder.render;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadPage;

/**
 * What one render call shows: a page of a thread (assembled for the reader, so it already holds
 * their own comments awaiting moderation), optionally the reply form under it, and optionally
 * votes: the comments' scores, and buttons for a reader who may vote.
 *
 * @param page the page of comments
 * @param form the reply form, or {@code null} for none
 * @param voting how votes show, or {@code null} for no scores and no buttons (since 0.2.0)
 * @since 0.1.0
 */
public record ThreadView(ThreadPage page, @Nullable ReplyForm form, @Nullable Voting voting) {
  /**
   * Creates a view.
   *
   * @throws IllegalArgumentException if the form is for another post than the page
   */
  public ThreadView {
    requireNonNull(page, "page must not be null");
    if (form != null && !form.post().id().equals(page.thread().post().id())) {
      throw new IllegalArgumentException(
          "The form is for post " + form.post().id() + " but the page is of post "
              + page.thread().post().id());
    }
  }

  /**
   * Creates a view without votes.
   *
   * @throws IllegalArgumentException if the form is for another post than the page
   */
  public ThreadView(ThreadPage page, @Nullable ReplyForm form) {
    this(page, form, null);
  }

  /** Returns a view of one page with no form. */
  public static ThreadView of(ThreadPage page) {
    return new ThreadView(page, null, null);
  }

  /** Returns a view of a thread's first page with no form. */
  public static ThreadView of(CommentThread thread) {
    return new ThreadView(thread.firstPage(), null, null);
  }

  /** Returns this view with a reply form under the comments. */
  public ThreadView withForm(ReplyForm newForm) {
    return new ThreadView(page, requireNonNull(newForm, "form must not be null"), voting);
  }

  /**
   * Returns this view showing votes: scores, and the buttons {@code newVoting} allows.
   *
   * @since 0.2.0
   */
  public ThreadView withVoting(Voting newVoting) {
    return new ThreadView(page, form, requireNonNull(newVoting, "voting must not be null"));
  }

  /** Returns the thread the page belongs to. */
  public CommentThread thread() {
    return page.thread();
  }

  /** Returns the reply form, if any. */
  public Optional<ReplyForm> replyForm() {
    return Optional.ofNullable(form);
  }

  /**
   * Returns how votes show, if they do.
   *
   * @since 0.2.0
   */
  public Optional<Voting> votes() {
    return Optional.ofNullable(voting);
  }
}
