package org.rejoinder.render;

import java.time.ZonedDateTime;
import java.util.Locale;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.render.internal.EnglishDates;
import org.rejoinder.thread.CommentOrder;

/**
 * The words a rendered thread shows, in English by default. For another language, implement the
 * methods to change and keep the others:
 *
 * <pre>{@code
 * Messages german = new Messages() {
 *   public String languageTag() { return "de"; }
 *   public String responses(int count, String title) {
 *     return (count == 1 ? "Eine Antwort" : count + " Antworten") + " auf „" + title + "“";
 *   }
 *   public String reply() { return "Antworten"; }
 * };
 * }</pre>
 *
 * <p>Messages return plain text; renderers escape it.
 *
 * @since 0.1.0
 */
public interface Messages {

  /** Returns the English messages. */
  static Messages english() {
    return EnglishMessages.INSTANCE;
  }

  /** The BCP 47 language of these messages, for the page's {@code lang}: {@code "en"}. */
  default String languageTag() {
    return "en";
  }

  /**
   * The thread's heading: "No responses to “Title”", "One response to “Title”", "35 responses to
   * “Title”" (counts above 999 with a comma: "1,204 responses").
   */
  default String responses(int count, String title) {
    String quoted = "“" + title + "”";
    if (count == 0) {
      return "No responses to " + quoted;
    }
    if (count == 1) {
      return "One response to " + quoted;
    }
    return String.format(Locale.ROOT, "%,d responses to %s", count, quoted);
  }

  /** A comment's time as readers see it: "April 2, 2024 at 9:44 am". */
  default String dateTime(ZonedDateTime time) {
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    int minute = time.getMinute();
    return EnglishDates.format(time) + " at " + hour + (minute < 10 ? ":0" : ":") + minute
        + (time.getHour() < 12 ? " am" : " pm");
  }

  /** The Reply link: "Reply". */
  default String reply() {
    return "Reply";
  }

  /** The Reply link's accessible label: "Reply to Ann". */
  default String replyTo(String authorName) {
    return "Reply to " + authorName;
  }

  /**
   * Whom a reply answers, where it is not shown under that comment (in a flat thread, or below
   * the maximum depth): "in reply to Ann".
   */
  default String inReplyTo(String authorName) {
    return "in reply to " + authorName;
  }

  /** The marker on the post author's comments: "Post author". */
  default String postAuthor() {
    return "Post author";
  }

  /**
   * What starts a pingback's or trackback's line: "Pingback:" or "Trackback:".
   *
   * @since 0.2.0
   */
  default String pingPrefix(org.rejoinder.model.CommentType type) {
    return type == org.rejoinder.model.CommentType.TRACKBACK ? "Trackback:" : "Pingback:";
  }

  /** A deleted comment's placeholder: "This comment was deleted.". */
  default String deleted() {
    return "This comment was deleted.";
  }

  /** The note on the reader's own pending comment: "Your comment is awaiting moderation.". */
  default String awaitingModeration() {
    return "Your comment is awaiting moderation.";
  }

  /** The pagination's accessible label: "Comments navigation". */
  default String commentsNavigation() {
    return "Comments navigation";
  }

  /** The link to older comments: "Older comments". */
  default String olderComments() {
    return "Older comments";
  }

  /** The link to newer comments: "Newer comments". */
  default String newerComments() {
    return "Newer comments";
  }

  /** Where a page is: "Page 2 of 5". */
  default String pageOf(int page, int pages) {
    return "Page " + page + " of " + pages;
  }

  /** The form's heading: "Leave a Reply". */
  default String leaveReply() {
    return "Leave a Reply";
  }

  /** The form's heading when replying to a comment: "Leave a Reply to Ann". */
  default String leaveReplyTo(String authorName) {
    return "Leave a Reply to " + authorName;
  }

  /** The link back to a top-level reply: "Cancel reply". */
  default String cancelReply() {
    return "Cancel reply";
  }

  /** The comment field's label: "Comment". */
  default String commentLabel() {
    return "Comment";
  }

  /** The name field's label: "Name". */
  default String nameLabel() {
    return "Name";
  }

  /** The email field's label: "Email". */
  default String emailLabel() {
    return "Email";
  }

  /** The website field's label: "Website". */
  default String websiteLabel() {
    return "Website";
  }

  /** The note that the email is private: "Your email address will not be published.". */
  default String emailNotPublished() {
    return "Your email address will not be published.";
  }

  /** The note before the required marker: "Required fields are marked". */
  default String requiredFieldsAreMarked() {
    return "Required fields are marked";
  }

  /** The accessible name of the required marker: "required". */
  default String required() {
    return "required";
  }

  /** The submit button: "Post Comment". */
  default String submit() {
    return "Post Comment";
  }

  /**
   * The signed-in note for an account of an identity provider: "You are commenting using your
   * WordPress.com account.".
   */
  default String commentingUsing(String providerName) {
    return "You are commenting using your " + providerName + " account.";
  }

  /** The signed-in note for a user of the site: "Logged in as Ada.". */
  default String loggedInAs(String name) {
    return "Logged in as " + name + ".";
  }

  /** The sign-out link: "Log out". */
  default String logOut() {
    return "Log out";
  }

  /** The link to switch accounts: "Change". */
  default String change() {
    return "Change";
  }

  /** The heading of the sign-in choices: "Or sign in to comment:". */
  default String signInChoices() {
    return "Or sign in to comment:";
  }

  /** One sign-in choice: "Sign in with GitHub". */
  default String signInWith(String providerName) {
    return "Sign in with " + providerName;
  }

  /** Shown instead of the form when the post no longer takes comments: "Comments are closed.". */
  default String commentsClosed() {
    return "Comments are closed.";
  }

  /**
   * A comment's score, ups minus downs: "3 points", "1 point", "0 points", "−2 points" (with a
   * minus sign), counts above 999 with a comma.
   *
   * @since 0.2.0
   */
  default String score(int score) {
    String number = String.format(Locale.ROOT, "%,d", Math.abs(score));
    return (score < 0 ? "−" : "") + number + (Math.abs(score) == 1 ? " point" : " points");
  }

  /**
   * The up button's accessible label: "Vote up".
   *
   * @since 0.2.0
   */
  default String voteUp() {
    return "Vote up";
  }

  /**
   * The down button's accessible label: "Vote down".
   *
   * @since 0.2.0
   */
  default String voteDown() {
    return "Vote down";
  }

  /**
   * The label of a pinned thread's top-level comment: "Pinned".
   *
   * @since 0.2.0
   */
  default String pinned() {
    return "Pinned";
  }

  /**
   * The sort selector's label: "Sort by".
   *
   * @since 0.2.0
   */
  default String sortBy() {
    return "Sort by";
  }

  /**
   * The name of an order in the sort selector: "Oldest", "Newest", "Best", "Top",
   * "Controversial", "Hot" for the built-in ones, and the order's own name for the others.
   *
   * @since 0.2.0
   */
  default String sortName(CommentOrder order) {
    return switch (order.name()) {
      case "oldest-first" -> "Oldest";
      case "newest-first" -> "Newest";
      case "best" -> "Best";
      case "top" -> "Top";
      case "controversial" -> "Controversial";
      case "hot" -> "Hot";
      default -> order.name();
    };
  }

  /**
   * The label of the box that keeps a guest's details: "Save my name, email, and website in this
   * browser for the next time I comment.".
   *
   * @since 0.2.0
   */
  default String saveMyDetails() {
    return "Save my name, email, and website in this browser for the next time I comment.";
  }

  /**
   * The label of the honeypot field, which people do not see: "Leave this field empty".
   *
   * @since 0.2.0
   */
  default String honeypotLabel() {
    return "Leave this field empty";
  }

  /**
   * The label of the body format choice: "Format".
   *
   * @since 0.2.0
   */
  default String formatLabel() {
    return "Format";
  }

  /**
   * The name of a body format: "Plain text", "Markdown", "HTML".
   *
   * @since 0.2.0
   */
  default String formatName(BodyFormat format) {
    return switch (format) {
      case PLAIN -> "Plain text";
      case MARKDOWN -> "Markdown";
      case HTML -> "HTML";
    };
  }

  /**
   * The box that subscribes to replies: "Notify me of replies to my comment".
   *
   * @since 0.2.0
   */
  default String notifyReplies() {
    return "Notify me of replies to my comment";
  }

  /**
   * The box that subscribes to a post: "Notify me of new comments on this post".
   *
   * @since 0.2.0
   */
  default String notifyNewComments() {
    return "Notify me of new comments on this post";
  }
}
