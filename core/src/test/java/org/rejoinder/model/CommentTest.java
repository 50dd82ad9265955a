package org.rejoinder.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentTest {
  private static final Instant T0 = Instant.parse("2024-03-01T10:00:00.123456Z");
  private static final Guest ANN = Guest.of("Ann", "ann@example.com");

  private static Comment.Builder minimal() {
    return Comment.builder()
        .id(CommentId.of(7))
        .postId(PostId.of("p"))
        .author(ANN)
        .body(Body.plain("Hello"))
        .createdAt(T0)
        .state(ModerationState.APPROVED);
  }

  @Test
  void theBuilder_givesANewCommentsDefaults_likeCreate() {
    Comment built = minimal().build();

    assertThat(built.version()).isEqualTo(1);
    assertThat(built.client()).isEqualTo(ClientInfo.NONE);
    assertThat(built.updatedAt()).isEqualTo(built.createdAt());
    assertThat(built.editedAt()).isNull();
    assertThat(built.parentId()).isNull();
    assertThat(built)
        .isEqualTo(
            Comment.create(CommentId.of(7), PostId.of("p"), null, ANN, Body.plain("Hello"), T0,
                ModerationState.APPROVED, ClientInfo.NONE));
  }

  @Test
  void toBuilder_copiesEveryValue_andASettingGivenTwiceReplacesTheFirst() {
    Comment full =
        minimal()
            .parentId(CommentId.of(3))
            .version(4)
            .client(ClientInfo.of("192.0.2.1", "Agent"))
            .updatedAt(T0.plusSeconds(60))
            .editedAt(T0.plusSeconds(30))
            .build();

    assertThat(full.toBuilder().build()).isEqualTo(full);
    assertThat(full.toBuilder().state(ModerationState.SPAM).state(ModerationState.TRASH).build().state())
        .isEqualTo(ModerationState.TRASH);
    assertThat(full.toBuilder().parentId(null).build().isReply()).isFalse();
  }

  @Test
  void theBuilder_namesAMissingValue() {
    assertThatThrownBy(() -> Comment.builder().postId(PostId.of("p")).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("must not be null");
    assertThatThrownBy(() -> minimal().build().toBuilder().author(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("author must not be null");
  }

  @Test
  void aCommentThatRepliesToItself_orHasNoVersion_isAProgrammingError() {
    assertThatThrownBy(() -> minimal().parentId(CommentId.of(7)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reply to itself");
    assertThatThrownBy(() -> minimal().version(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must be at least 1 but was 0");
  }

  @Test
  void aPurgedComment_keepsNothingOfItsAuthorOrText() {
    Comment tombstone = minimal().build().toTombstone(T0.plusSeconds(5));

    assertThat(tombstone.author()).isEqualTo(Comment.ERASED_AUTHOR);
    assertThat(tombstone.body()).isEqualTo(Comment.ERASED_BODY);
    assertThat(tombstone.version()).isEqualTo(2);
    assertThatThrownBy(() -> minimal().state(ModerationState.PURGED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purged");
  }

  @Test
  void timesAreKeptToTheMillisecond() {
    Comment c = minimal().editedAt(T0).build();

    assertThat(c.createdAt()).isEqualTo(Instant.parse("2024-03-01T10:00:00.123Z"));
    assertThat(c.editedAt()).isEqualTo(Instant.parse("2024-03-01T10:00:00.123Z"));
  }

  @Test
  void aCommentIsAnOrdinaryComment_fromNowhere_untilTheBuilderSaysOtherwise() {
    Comment plain = minimal().build();
    assertThat(plain.type()).isEqualTo(CommentType.COMMENT);
    assertThat(plain.isPing()).isFalse();
    assertThat(plain.source()).isNull();

    Comment ping = minimal().type(CommentType.PINGBACK).source(SourceId.of("wordpress", "123")).build();
    assertThat(ping.isPing()).isTrue();
    assertThat(ping.source()).hasToString("wordpress:123");
    assertThat(ping.toBuilder().build()).isEqualTo(ping);
    assertThat(ping.withState(ModerationState.SPAM, T0).type()).isEqualTo(CommentType.PINGBACK);
  }

  @Test
  void aTombstone_keepsItsTypeAndSource_forRedirects() {
    Comment trackback = minimal().type(CommentType.TRACKBACK).source(SourceId.of("wordpress", "9"))
        .state(ModerationState.TRASH).build();

    Comment tombstone = trackback.toTombstone(T0.plusSeconds(1));

    assertThat(tombstone.type()).isEqualTo(CommentType.TRACKBACK);
    assertThat(tombstone.source()).isEqualTo(SourceId.of("wordpress", "9"));
  }

  @Test
  void aSourceId_isRequiredAndBounded_likeAnyIdATypedFileHolds() {
    assertThatThrownBy(() -> SourceId.of(" ", "1"))
        .isInstanceOf(org.rejoinder.error.InvalidInputException.class)
        .hasMessageContaining("source.system");
    assertThatThrownBy(() -> SourceId.of("disqus", "x".repeat(Limits.MAX_ID_CHARS + 1)))
        .isInstanceOf(org.rejoinder.error.InvalidInputException.class)
        .hasMessageContaining("source.id");
    assertThat(SourceId.of(" disqus ", " 42 ")).isEqualTo(SourceId.of("disqus", "42"));
  }
}
