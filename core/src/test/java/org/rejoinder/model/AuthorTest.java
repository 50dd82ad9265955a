package org.rejoinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rejoinder.error.InvalidInputException.Problem;
import org.rejoinder.error.InvalidInputException;

class AuthorTest {

  @Test
  void guest_trimsNameAndKeepsOptionalFieldsNullWhenBlank() {
    Guest guest = new Guest("  Ann Smith ", " ", "");

    assertThat(guest.displayName()).isEqualTo("Ann Smith");
    assertThat(guest.email()).isNull();
    assertThat(guest.website()).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void guest_blankName_isRequired(String name) {
    assertThatThrownBy(() -> Guest.of(name, "ann@example.com"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("author.name");
              assertThat(e.problem()).isEqualTo(Problem.REQUIRED);
            });
  }

  @Test
  void guest_nameAtLimit_isAccepted_andOneMoreIsTooLong() {
    assertThat(Guest.of("a".repeat(Limits.MAX_NAME_CHARS), null).displayName()).hasSize(245);

    assertThatThrownBy(() -> Guest.of("a".repeat(Limits.MAX_NAME_CHARS + 1), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ann", "ann@", "@example.com", "ann@example", "ann example@x.com", "a@b..com"})
  void guest_malformedEmail_isRejected(String email) {
    assertThatThrownBy(() -> Guest.of("Ann", email))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("author.email");
              assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
            });
  }

  @Test
  void guest_emailLongerThanLimit_isTooLong() {
    String email = "a".repeat(Limits.MAX_EMAIL_CHARS - "@example.com".length() + 1) + "@example.com";

    assertThatThrownBy(() -> Guest.of("Ann", email))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.com/",
        "example.com",
        "http://",
        "https:///path",
        "http://exa mple.com/"
      })
  void guest_websiteThatIsNotHttp_isRejected(String url) {
    assertThatThrownBy(() -> Guest.of("Ann", "ann@example.com", url))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("author.website");
              assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
            });
  }

  @Test
  void guest_httpAndHttpsWebsites_areAccepted() {
    assertThat(Guest.of("Ann", null, "https://ann.example.com/blog?x=1").website())
        .isEqualTo("https://ann.example.com/blog?x=1");
    assertThat(Guest.of("Ann", null, "HTTP://ann.example.com").website())
        .isEqualTo("HTTP://ann.example.com");
  }

  @Test
  void guest_nameWithControlCharacter_isMalformed() {
    assertThatThrownBy(() -> Guest.of("Ann\u0000", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
  }

  @Test
  void keys_identifyThePersonAcrossKinds_withoutCaseOrLocaleSurprises() {
    // Under a Turkish default locale "I".toLowerCase() would give a dotless ı; keys use Locale.ROOT.
    assertThat(Guest.of("Ann", "INFO@Example.COM").key()).isEqualTo("email:info@example.com");
    assertThat(Guest.of("IVAN", null).key()).isEqualTo("guest:ivan");
    assertThat(SiteUser.of("42", "Ada").key()).isEqualTo("user:42");
    assertThat(ExternalIdentity.of(IdentityProvider.WORDPRESS_COM, "9001", "Wp User").key())
        .isEqualTo("wordpress.com:9001");
  }

  @Test
  void toString_neverShowsEmail() {
    Guest guest = Guest.of("Ann", "ann@example.com", "https://ann.example.com");

    assertThat(guest.toString()).contains("Ann").doesNotContain("ann@example.com");
    assertThat(SiteUser.of("7", "Bob").withEmail("bob@example.com").toString())
        .doesNotContain("bob@example.com");
  }

  @Test
  void withers_addWhatAnAccountHas_validatingItAsTheConstructorDoes() {
    SiteUser ada = SiteUser.of("42", "Ada").withEmail(" ada@example.com ").withWebsite("https://ada.dev");

    assertThat(ada).isEqualTo(new SiteUser("42", "Ada", "ada@example.com", "https://ada.dev"));
    assertThat(ada.withEmail("").email()).isNull();
    assertThat(ada.withWebsite(null).website()).isNull();
    assertThatThrownBy(() -> ada.withWebsite("javascript:alert(1)"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("author.website"));
    assertThatThrownBy(() -> SiteUser.of("42", "Ada").withEmail("not an address"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("author.email"));

    ExternalIdentity priya =
        ExternalIdentity.of(IdentityProvider.WORDPRESS_COM, "88213", "Priya")
            .withProfileUrl("https://priya.wordpress.com")
            .withEmail("priya@example.com");
    assertThat(priya)
        .isEqualTo(new ExternalIdentity(IdentityProvider.WORDPRESS_COM, "88213", "Priya",
            "https://priya.wordpress.com", "priya@example.com"));
    assertThat(priya.key()).isEqualTo("wordpress.com:88213");
    assertThat(Guest.of("Ann", null).withWebsite("https://ann.example.com").website())
        .isEqualTo("https://ann.example.com");
  }

  @Test
  void theBuiltInProviders_haveTheDocumentedIds() {
    assertThat(List.of(IdentityProvider.WORDPRESS_COM, IdentityProvider.TWITTER,
            IdentityProvider.FACEBOOK, IdentityProvider.GITHUB, IdentityProvider.GOOGLE))
        .extracting(IdentityProvider::id)
        .containsExactly("wordpress.com", "twitter", "facebook", "github", "google");
  }

  @Test
  void externalIdentity_profileUrlIsItsWebsite() {
    ExternalIdentity id =
        ExternalIdentity.of(IdentityProvider.TWITTER, "12345", "@someone")
            .withProfileUrl("https://twitter.com/someone");

    assertThat(id.website()).isEqualTo("https://twitter.com/someone");
    assertThat(id.provider().displayName()).isEqualTo("Twitter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"user", "email", "guest", "Upper", "-lead", "has space", ""})
  void identityProvider_reservedOrMalformedId_isRejected(String id) {
    assertThatThrownBy(() -> new IdentityProvider(id, "Name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provider.id");
  }

  @Test
  void siteUser_blankUserId_isRequired() {
    assertThatThrownBy(() -> SiteUser.of(" ", "Ada"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("author.userId"));
  }

  @Test
  void actor_keyLongerThanAnyAuthorKey_isRejected_andBlankMeansAnonymous() {
    assertThatThrownBy(() -> new Actor("user:" + "x".repeat(Limits.MAX_KEY_CHARS), Role.ADMIN))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("actor.key");
              assertThat(e.problem()).isEqualTo(Problem.TOO_LONG);
            });
    assertThat(new Actor("  ", Role.READER).key()).isNull();
  }
}
