package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rejoinder.model.Guest;
import org.rejoinder.model.SiteUser;

class AvatarsTest {
  @Test
  void gravatar_hashesTheTrimmedLowerCasedAddress_whateverTheDefaultLocale() {
    // The tests run under a Turkish locale, where "I".toLowerCase() is a dotless ı.
    Guest iris = Guest.of("Iris", "  IRIS@Example.COM ");

    assertThat(Avatars.gravatar().imageUrl(iris)).contains("https://www.gravatar.com/avatar/"
        + "a3161266d3f78ce3c995e7aa7253df7467b9f1960cd6777038cb1f5d6597a4ae?s=96&d=mp&r=g");
    assertThat(Avatars.gravatar("https://avatars.example/x", 20, "https://example.com/a b.png")
        .imageUrl(iris)).contains("https://avatars.example/x/"
        + "a3161266d3f78ce3c995e7aa7253df7467b9f1960cd6777038cb1f5d6597a4ae?s=40&d=https%3A%2F%2Fexample.com%2Fa+b.png&r=g");
  }

  @Test
  void authorsWithoutAnEmail_orInitialsOnly_getNoImage() {
    assertThat(Avatars.gravatar().imageUrl(SiteUser.of("1", "Ada"))).isEmpty();
    assertThat(Avatars.initials(32).imageUrl(Guest.of("Ann", "ann@example.com"))).isEmpty();
    assertThat(Avatars.none().isEnabled()).isFalse();
  }

  @Test
  void initials_takeTheFirstLettersOfTheFirstAndLastWords() {
    assertThat(Avatars.initialsOf("Andrew Marsh")).isEqualTo("AM");
    assertThat(Avatars.initialsOf("Mary Ann de la Cruz")).isEqualTo("MC");
    assertThat(Avatars.initialsOf("@dkowalski")).isEqualTo("D");
    assertThat(Avatars.initialsOf("ingrid ilsen")).isEqualTo("II");
    assertThat(Avatars.initialsOf("Łukasz Żak")).isEqualTo("ŁŻ");
    assertThat(Avatars.initialsOf("!!!")).isEqualTo("?");
  }

  @Test
  void gravatar_refusesABaseUrlOtherThanHttp_andSizesOutOfRange() {
    assertThatThrownBy(() -> Avatars.gravatar("javascript:x/", 48, "mp"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Avatars.initials(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
