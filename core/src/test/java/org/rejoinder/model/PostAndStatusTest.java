package org.rejoinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;

class PostAndStatusTest {
  private static final Instant PUBLISHED = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void closesAfterDays_isOpenUntilExactlyThatManyDaysAfterPublishing() {
    CommentStatus status = CommentStatus.closesAfterDays(14);

    assertThat(status.isOpen(PUBLISHED, PUBLISHED.plus(Duration.ofDays(14)).minusMillis(1))).isTrue();
    assertThat(status.isOpen(PUBLISHED, PUBLISHED.plus(Duration.ofDays(14)))).isFalse();
  }

  @Test
  void openAndClosed_ignoreTime() {
    Instant later = PUBLISHED.plus(Duration.ofDays(10_000));
    assertThat(CommentStatus.OPEN.isOpen(PUBLISHED, later)).isTrue();
    assertThat(CommentStatus.CLOSED.isOpen(PUBLISHED, PUBLISHED)).isFalse();
  }

  @Test
  void closesAfterDays_needsAPositiveNumber() {
    assertThatThrownBy(() -> CommentStatus.closesAfterDays(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CommentStatus(CommentStatus.Mode.OPEN, 3))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void post_blankTitle_isRequired() {
    assertThatThrownBy(() -> Post.of(PostId.of("p"), "  ", SiteUser.of("1", "Ed"), PUBLISHED))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
  }

  @Test
  void post_isAuthor_comparesIdentityKeys() {
    Post post = Post.of(PostId.of("p"), "T", SiteUser.of("1", "Ed").withEmail("ed@example.com"), PUBLISHED);

    assertThat(post.isAuthor(SiteUser.of("1", "Edward"))).isTrue();
    assertThat(post.isAuthor(Guest.of("Ed", "ed@example.com"))).isFalse();
  }

  @Test
  void postId_blankOrWithControlCharacters_isRejected() {
    assertThatThrownBy(() -> PostId.of(" ")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PostId.of("a\nb")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void commentId_parse_acceptsFormValuesAndRejectsOthers() {
    assertThat(CommentId.parse(" 42 ")).isEqualTo(CommentId.of(42));
    assertThatThrownBy(() -> CommentId.parse("4x2")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CommentId.parse("0")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CommentId.parse(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void clientInfo_normalisesAddresses_andHidesThemInToString() {
    ClientInfo client = ClientInfo.of("2001:DB8:0:0:0:0:0:1", "Mozilla/5.0");

    assertThat(client.ip()).isEqualTo("2001:db8::1");
    assertThat(client.toString()).doesNotContain("2001").doesNotContain("Mozilla");
    assertThatThrownBy(() -> ClientInfo.of("999.1.1.1", null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void clientInfo_longUserAgentIsCut_withoutSplittingACharacter() {
    String agent = "a".repeat(Limits.MAX_USER_AGENT_CHARS - 1) + "😀tail";

    assertThat(ClientInfo.of(null, agent).userAgent()).hasSize(Limits.MAX_USER_AGENT_CHARS - 1);
  }

  @Test
  void postBuilder_namesEveryValue_keepsALinkAndSource_andASettingGivenTwiceReplaces() {
    SiteUser ada = SiteUser.of("1", "Ada");
    Post post = Post.builder().id(PostId.of("hello")).title("Hello").author(ada).publishedAt(PUBLISHED)
        .link("https://example.com/hello/").source(SourceId.of("wordpress", "42"))
        .commentStatus(CommentStatus.OPEN).commentStatus(CommentStatus.CLOSED).build();

    assertThat(post.commentStatus()).isEqualTo(CommentStatus.CLOSED);
    assertThat(post.link()).isEqualTo("https://example.com/hello/");
    assertThat(post.source()).isEqualTo(SourceId.of("wordpress", "42"));
    assertThat(post.toBuilder().build()).isEqualTo(post);
    assertThat(post.withCommentStatus(CommentStatus.OPEN).link()).isEqualTo(post.link());
    assertThat(Post.of(PostId.of("p"), "P", ada, PUBLISHED).link()).isNull();
    assertThat(Post.builder().id(PostId.of("p")).title("P").author(ada).publishedAt(PUBLISHED).build())
        .isEqualTo(Post.of(PostId.of("p"), "P", ada, PUBLISHED));
  }

  @Test
  void postLink_mustBeAnHttpUrl() {
    assertThatThrownBy(() -> Post.builder().id(PostId.of("p")).title("P")
            .author(SiteUser.of("1", "Ada")).publishedAt(PUBLISHED).link("javascript:alert(1)").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("link");
  }
}
