package org.rejoinder.render.html;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Limits;
import org.rejoinder.render.Messages;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRenderer;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ReplyForm.SignInChoice;
import org.rejoinder.render.ReplyForm.SignedIn;

/**
 * The built-in "Leave a Reply" form, with WordPress's ids, classes and field names: the building
 * block {@link HtmlThreadRenderer} registers for {@link Part#REPLY_FORM}, for an application to
 * call or wrap (to add a field of its own after the built-in form, say).
 *
 * @since 0.2.0
 */
public final class HtmlFormParts {
  private HtmlFormParts() {}

  /**
   * {@code <div id="respond" class="comment-respond">}: the heading ("Leave a Reply", or "Leave a
   * Reply to Ann" with "Cancel reply"), then "Comments are closed." where the form's post no
   * longer takes comments by the renderer's {@linkplain HtmlContext#clock() clock}, or else the
   * sign-in choices for guests and the {@code form#commentform} ({@code novalidate}, as
   * WordPress's: the server's messages, next to each field, are what readers see): the form's
   * notice, the signed-in note or the notes on required fields, the labelled comment field, the
   * format choice, the name, email and website fields and the box that saves them, each with
   * what the reader typed and its message, the boxes that subscribe to replies and to the post
   * when offered (unchecked), the hidden honeypot, the submit button, the hidden
   * post and parent ids and the CSRF token.
   */
  public static PartRenderer<ReplyForm> replyForm(HtmlContext context) {
    return form -> {
      HtmlWriter html = context.writer();
      Messages messages = context.messages();
      html.start("div", "id", "respond", "class", "comment-respond").line();
      heading(context, form);
      if (!form.post().acceptsCommentsAt(context.clock().instant())) {
        html.element("p", messages.commentsClosed(), "class", "no-comments").line();
        html.end("div").line();
        return;
      }
      SignedIn account = form.signedIn();
      if (account == null && !form.signInChoices().isEmpty()) {
        signInChoices(context, form);
      }
      html.start("form", "action", form.action(), "method", "post", "id", "commentform",
          "class", "comment-form", "novalidate", "").line();
      notice(context, form);
      if (account != null) {
        signedIn(context, account);
      } else {
        notes(context, form.nameAndEmailRequired());
      }
      html.start("p", "class", "comment-form-comment");
      label(context, ReplyForm.FIELD_COMMENT, messages.commentLabel(), true);
      html.text(" ").start("textarea", "id", ReplyForm.FIELD_COMMENT,
          "name", ReplyForm.FIELD_COMMENT, "cols", "45", "rows", "8",
          "maxlength", Integer.toString(Limits.MAX_BODY_BYTES), "required", "",
          "aria-invalid", invalid(form, ReplyForm.FIELD_COMMENT),
          "aria-describedby", describedBy(form, ReplyForm.FIELD_COMMENT, null))
          .text(form.value(ReplyForm.FIELD_COMMENT).orElse("")).end("textarea");
      error(context, form, ReplyForm.FIELD_COMMENT);
      html.end("p").line();
      if (!form.formats().isEmpty()) {
        formats(context, form);
      }
      if (account == null) {
        boolean required = form.nameAndEmailRequired();
        field(context, form, "comment-form-author", ReplyForm.FIELD_NAME, messages.nameLabel(),
            "text", Limits.MAX_NAME_CHARS, "name", required, null);
        field(context, form, "comment-form-email", ReplyForm.FIELD_EMAIL, messages.emailLabel(),
            "email", Limits.MAX_EMAIL_CHARS, "email", required, "email-notes");
        field(context, form, "comment-form-url", ReplyForm.FIELD_WEBSITE,
            messages.websiteLabel(), "url", Limits.MAX_URL_CHARS, "url", false, null);
        if (form.cookieConsent()) {
          html.start("p", "class", "comment-form-cookies-consent");
          html.empty("input", "id", ReplyForm.FIELD_COOKIES_CONSENT,
              "name", ReplyForm.FIELD_COOKIES_CONSENT, "type", "checkbox", "value", "yes",
              "checked", form.value(ReplyForm.FIELD_COOKIES_CONSENT)
                  .filter("yes"::equals).map(yes -> "").orElse(null));
          html.text(" ").element("label", messages.saveMyDetails(),
              "for", ReplyForm.FIELD_COOKIES_CONSENT);
          html.end("p").line();
        }
      }
      if (form.subscriptionsOffered()) {
        checkbox(context, form, "comment-subscription-form", ReplyForm.FIELD_SUBSCRIBE_REPLIES,
            messages.notifyReplies());
        checkbox(context, form, "comment-subscription-form", ReplyForm.FIELD_SUBSCRIBE_POST,
            messages.notifyNewComments());
      }
      String honeypot = form.honeypotField();
      if (honeypot != null) {
        // Hidden from people and assistive technology alike; bots that fill every field fill it.
        html.start("p", "class", "comment-form-hp", "hidden", "");
        html.element("label", messages.honeypotLabel(), "for", honeypot);
        html.text(" ").empty("input", "id", honeypot, "name", honeypot, "type", "text",
            "value", "", "tabindex", "-1", "autocomplete", "off");
        html.end("p").line();
      }
      html.start("p", "class", "form-submit");
      html.empty("input", "name", "submit", "type", "submit", "id", "submit", "class", "submit",
          "value", messages.submit());
      html.empty("input", "type", "hidden", "name", ReplyForm.FIELD_POST_ID,
          "id", ReplyForm.FIELD_POST_ID, "value", form.post().id().value());
      html.empty("input", "type", "hidden", "name", ReplyForm.FIELD_PARENT_ID,
          "id", ReplyForm.FIELD_PARENT_ID,
          "value", form.replyTo() == null ? "0" : form.replyTo().id().toString());
      if (form.csrf() != null) {
        html.empty("input", "type", "hidden", "name", form.csrf().name(),
            "value", form.csrf().value());
      }
      html.end("p").line();
      html.end("form").line();
      html.end("div").line();
    };
  }

  /** A box, unchecked unless the reader ticked it before, with its label after it. */
  private static void checkbox(HtmlContext context, ReplyForm form, String paragraphClass,
      String name, String label) {
    HtmlWriter html = context.writer();
    html.start("p", "class", paragraphClass);
    html.empty("input", "id", name, "name", name, "type", "checkbox", "value", "yes",
        "checked", form.value(name).filter("yes"::equals).map(yes -> "").orElse(null));
    html.text(" ").element("label", label, "for", name);
    html.end("p").line();
  }

  /** "Leave a Reply" or "Leave a Reply to Ann", with the "Cancel reply" link when replying. */
  private static void heading(HtmlContext context, ReplyForm form) {
    Messages messages = context.messages();
    HtmlWriter html = context.writer();
    html.start("h3", "id", "reply-title", "class", "comment-reply-title");
    if (form.replyTo() == null) {
      html.text(messages.leaveReply());
    } else {
      html.text(messages.leaveReplyTo(form.replyTo().authorName()));
      html.text(" ").start("small")
          .element("a", messages.cancelReply(), "rel", "nofollow",
              "id", "cancel-comment-reply-link", "href", context.links().cancelReply(form.post()))
          .end("small");
    }
    html.end("h3").line();
  }

  /** "You are commenting using your X account. (Log out / Change)". */
  private static void signedIn(HtmlContext context, SignedIn account) {
    Messages messages = context.messages();
    HtmlWriter html = context.writer();
    html.start("p", "class", "logged-in-as");
    html.text(account.provider()
        .map(provider -> messages.commentingUsing(provider.displayName()))
        .orElseGet(() -> messages.loggedInAs(account.author().displayName())));
    html.text(" (").element("a", messages.logOut(), "href", account.logOutUrl());
    if (account.changeUrl() != null) {
      html.text(" / ").element("a", messages.change(), "href", account.changeUrl());
    }
    html.text(")").end("p").line();
  }

  /** The identity providers a guest may sign in with. */
  private static void signInChoices(HtmlContext context, ReplyForm form) {
    HtmlWriter html = context.writer();
    html.start("div", "class", "comment-sign-in").line();
    html.element("p", context.messages().signInChoices()).line();
    html.start("ul").line();
    for (SignInChoice choice : form.signInChoices()) {
      html.start("li").element("a",
          context.messages().signInWith(choice.provider().displayName()),
          "class", "sign-in sign-in-" + choice.provider().id().replace('.', '-'),
          "href", choice.url()).end("li").line();
    }
    html.end("ul").line().end("div").line();
  }

  /** "Your email address will not be published. Required fields are marked *". */
  private static void notes(HtmlContext context, boolean required) {
    Messages messages = context.messages();
    HtmlWriter html = context.writer();
    html.start("p", "class", "comment-notes");
    html.element("span", messages.emailNotPublished(), "id", "email-notes");
    html.text(" ").start("span", "class", "required-field-message")
        .text(messages.requiredFieldsAreMarked() + " ")
        .element("span", "*", "class", "required", "aria-hidden", "true")
        .end("span");
    html.end("p").line();
  }

  private static void label(HtmlContext context, String field, String text, boolean required) {
    HtmlWriter html = context.writer();
    html.start("label", "for", field).text(text);
    if (required) {
      html.text(" ").element("span", "*", "class", "required", "aria-hidden", "true");
    }
    html.end("label");
  }

  private static void field(HtmlContext context, ReplyForm form, String paragraphClass,
      String name, String label, String type, int maxLength, String autocomplete,
      boolean required, @Nullable String describedBy) {
    HtmlWriter html = context.writer();
    html.start("p", "class", paragraphClass);
    label(context, name, label, required);
    html.text(" ").empty("input", "id", name, "name", name, "type", type,
        "value", form.value(name).orElse(null), "size", "30",
        "maxlength", Integer.toString(maxLength), "autocomplete", autocomplete,
        "aria-invalid", invalid(form, name),
        "aria-describedby", describedBy(form, name, describedBy),
        "required", required ? "" : null);
    error(context, form, name);
    html.end("p").line();
  }

  /** The message at the top of the form: a status, or an alert for a refusal. */
  private static void notice(HtmlContext context, ReplyForm form) {
    ReplyForm.Notice notice = form.notice();
    if (notice == null) {
      return;
    }
    boolean error = notice.kind() == ReplyForm.Notice.Kind.ERROR;
    context.writer().element("p", notice.message(), "id", "comment-form-notice",
        "class", error ? "comment-form-notice comment-form-notice-error" : "comment-form-notice",
        "role", error ? "alert" : "status").line();
  }

  /** The choice of body format. */
  private static void formats(HtmlContext context, ReplyForm form) {
    HtmlWriter html = context.writer();
    String chosen = form.value(ReplyForm.FIELD_FORMAT)
        .orElse(form.formats().get(0).name().toLowerCase(Locale.ROOT));
    html.start("p", "class", "comment-form-format");
    label(context, ReplyForm.FIELD_FORMAT, context.messages().formatLabel(), false);
    html.text(" ").start("select", "id", ReplyForm.FIELD_FORMAT, "name", ReplyForm.FIELD_FORMAT);
    for (BodyFormat format : form.formats()) {
      String value = format.name().toLowerCase(Locale.ROOT);
      html.element("option", context.messages().formatName(format), "value", value,
          "selected", value.equals(chosen) ? "" : null);
    }
    html.end("select").end("p").line();
  }

  /** The message next to a field, if it has one. */
  private static void error(HtmlContext context, ReplyForm form, String field) {
    form.error(field).ifPresent(message -> context.writer().text(" ")
        .element("span", message, "id", field + "-error", "class", "comment-form-error"));
  }

  private static @Nullable String invalid(ReplyForm form, String field) {
    return form.errors().containsKey(field) ? "true" : null;
  }

  private static @Nullable String describedBy(ReplyForm form, String field,
      @Nullable String others) {
    if (!form.errors().containsKey(field)) {
      return others;
    }
    return others == null ? field + "-error" : field + "-error " + others;
  }
}
