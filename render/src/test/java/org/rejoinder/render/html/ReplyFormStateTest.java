package org.rejoinder.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ReplyForm.Notice;

/** A form shown again after a refused submission keeps what was typed and says what was wrong. */
class ReplyFormStateTest {
  private final HtmlThreadRenderer renderer = HtmlThreadRenderer.builder().build();
  private final ReplyForm form = ReplyForm.of(Fixtures.POST, "/comments");

  private Document render(ReplyForm shown) {
    return Jsoup.parseBodyFragment(renderer.renderForm(shown));
  }

  @Test
  void typedValues_areShownAgain_escaped() {
    Document html = render(form.withValues(Map.of(
        ReplyForm.FIELD_COMMENT, "</textarea><script>alert(1)</script>",
        ReplyForm.FIELD_NAME, "\"><b>Ann",
        ReplyForm.FIELD_EMAIL, "ann@example.com",
        ReplyForm.FIELD_WEBSITE, "https://ann.example")));

    assertThat(html.getElementById("comment").text()).isEqualTo("</textarea><script>alert(1)</script>");
    assertThat(html.getElementById("author").attr("value")).isEqualTo("\"><b>Ann");
    assertThat(html.getElementById("email").attr("value")).isEqualTo("ann@example.com");
    assertThat(html.getElementById("url").attr("value")).isEqualTo("https://ann.example");
    assertThat(html.select("script, b")).isEmpty();
  }

  @Test
  void aFieldWithAnError_isMarkedInvalid_andDescribedByItsMessage() {
    Document html = render(form.withErrors(Map.of(
        ReplyForm.FIELD_NAME, "Please enter your name.",
        ReplyForm.FIELD_EMAIL, "Please enter a valid email address.")));

    Element name = html.getElementById("author");
    assertThat(name.attr("aria-invalid")).isEqualTo("true");
    assertThat(html.getElementById(name.attr("aria-describedby")).text())
        .isEqualTo("Please enter your name.");
    Element email = html.getElementById("email");
    assertThat(email.attr("aria-describedby").split(" ")).containsExactly("email-error", "email-notes");
    assertThat(html.getElementById("email-error").text()).isEqualTo("Please enter a valid email address.");
    assertThat(html.getElementById("comment").hasAttr("aria-invalid")).isFalse();
    assertThat(html.getElementById("url").hasAttr("aria-describedby")).isFalse();
  }

  @Test
  void aNotice_isAStatusOrAnAlert() {
    assertThat(render(form.withNotice(Notice.status("Your comment is awaiting moderation.")))
        .select("#comment-form-notice[role=status]").text())
        .isEqualTo("Your comment is awaiting moderation.");
    assertThat(render(form.withNotice(Notice.error("You are posting comments too quickly.")))
        .select("#comment-form-notice[role=alert]").text())
        .isEqualTo("You are posting comments too quickly.");
    assertThat(render(form).getElementById("comment-form-notice")).isNull();
  }

  @Test
  void theConsentBox_isOfferedToGuestsOnly_checkedWhenTheyCheckedIt() {
    ReplyForm offering = form.withCookieConsent(true);

    Element box = render(offering).getElementById(ReplyForm.FIELD_COOKIES_CONSENT);
    assertThat(box.attr("type")).isEqualTo("checkbox");
    assertThat(box.hasAttr("checked")).isFalse();
    assertThat(render(offering).select("label[for=wp-comment-cookies-consent]").text())
        .isEqualTo("Save my name, email, and website in this browser for the next time I comment.");
    assertThat(render(offering.withValues(Map.of(ReplyForm.FIELD_COOKIES_CONSENT, "yes")))
        .getElementById(ReplyForm.FIELD_COOKIES_CONSENT).hasAttr("checked")).isTrue();
    assertThat(render(offering.signedInAs(Fixtures.PRIYA, "/logout", null))
        .getElementById(ReplyForm.FIELD_COOKIES_CONSENT)).isNull();
    assertThat(render(form).getElementById(ReplyForm.FIELD_COOKIES_CONSENT)).isNull();
  }

  @Test
  void theHoneypot_isHiddenFromPeople_andCannotTakeAFormFieldsName() {
    Element field = render(form.withHoneypot("website2")).getElementById("website2");

    assertThat(field.parent().hasAttr("hidden")).isTrue();
    assertThat(field.attr("tabindex")).isEqualTo("-1");
    assertThat(field.attr("value")).isEmpty();
    assertThatThrownBy(() -> form.withHoneypot(ReplyForm.FIELD_EMAIL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("honeypotField");
    assertThatThrownBy(() -> form.withHoneypot("a b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("honeypotField");
  }

  @Test
  void formats_areOfferedInOrder_theFirstOrTheTypedOneChosen() {
    ReplyForm offering = form.withFormats(List.of(BodyFormat.MARKDOWN, BodyFormat.PLAIN));

    assertThat(render(offering).select("#comment_format option").eachAttr("value"))
        .containsExactly("markdown", "plain");
    assertThat(render(offering).select("#comment_format option[selected]").attr("value"))
        .isEqualTo("markdown");
    assertThat(render(offering.withValues(Map.of(ReplyForm.FIELD_FORMAT, "plain")))
        .select("#comment_format option[selected]").attr("value")).isEqualTo("plain");
    assertThat(render(form).getElementById(ReplyForm.FIELD_FORMAT)).isNull();
  }
}
