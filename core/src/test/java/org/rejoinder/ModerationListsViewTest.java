package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.POST_AUTHOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationPolicy;

/** Bans and keyword lists changed through the moderation view, by an administrator. */
class ModerationListsViewTest {
  private static final Actor ADMIN = Actor.admin(POST_AUTHOR);

  @Test
  void anAdministrator_bansAndLifts_onThePolicysBanList() {
    BanList bans = new BanList();
    Rejoinder rejoinder = Rejoinder.builder().moderation(ModerationPolicy.builder().bans(bans).build()).build();
    ModerationView admin = rejoinder.moderation(ADMIN);

    admin.ban(Ban.ip("192.0.2.0/24").rejecting());
    admin.ban(Ban.ip("192.0.2.0/24"));

    assertThat(bans.bans()).containsExactly(Ban.ip("192.0.2.0/24"));
    assertThat(rejoinder.moderation(Actor.moderator(POST_AUTHOR)).bans()).containsExactly(Ban.ip("192.0.2.0/24"));
    assertThat(admin.liftBan(Ban.ip("192.0.2.0/24"))).isTrue();
    assertThat(admin.liftBan(Ban.ip("192.0.2.0/24"))).isFalse();
    assertThat(bans.bans()).isEmpty();
  }

  @Test
  void aModerator_mayReadTheLists_butNotChangeThem() {
    BanList bans = BanList.of(Ban.email("sam@example.com"));
    KeywordList held = KeywordList.of(List.of("casino"));
    Rejoinder rejoinder = Rejoinder.builder()
        .moderation(ModerationPolicy.builder().bans(bans).moderationKeywords(held).build()).build();
    ModerationView moderator = rejoinder.moderation(Actor.moderator(POST_AUTHOR));

    assertThatThrownBy(() -> moderator.ban(Ban.ip("192.0.2.1")))
        .isInstanceOfSatisfying(PermissionDeniedException.class,
            e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.NOT_ADMIN));
    assertThatThrownBy(() -> moderator.liftBan(Ban.email("sam@example.com")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> moderator.replaceKeywords(KeywordList.Kind.MODERATION, List.of()))
        .isInstanceOf(PermissionDeniedException.class);

    assertThat(moderator.bans()).containsExactly(Ban.email("sam@example.com"));
    assertThat(moderator.keywords(KeywordList.Kind.MODERATION)).containsExactly("casino");
  }

  @Test
  void keywordLists_areReplacedWhole_andBadKeywordsChangeNothing() {
    KeywordList disallowed = KeywordList.of(List.of("viagra"));
    Rejoinder rejoinder = Rejoinder.builder().moderation(ModerationPolicy.builder()
        .disallowedKeywords(disallowed).disallowedDecision(Decision.SPAM).build()).build();
    ModerationView admin = rejoinder.moderation(ADMIN);

    assertThatThrownBy(() -> admin.replaceKeywords(KeywordList.Kind.DISALLOWED, List.of("essays", "")))
        .isInstanceOf(InvalidInputException.class);
    assertThat(admin.keywords(KeywordList.Kind.DISALLOWED)).containsExactly("viagra");

    admin.replaceKeywords(KeywordList.Kind.DISALLOWED, List.of("essays"));

    assertThat(disallowed.keywords()).containsExactly("essays");
    assertThat(admin.keywords(KeywordList.Kind.MODERATION)).isEmpty();
  }

  @Test
  void aPolicyWithoutChangeableLists_isAnIllegalState_forTheirChanges() {
    Rejoinder rejoinder = Rejoinder.builder()
        .moderation(ModerationPolicy.builder().moderationKeywords("casino").build()).build();
    ModerationView admin = rejoinder.moderation(ADMIN);

    assertThatThrownBy(() -> admin.ban(Ban.ip("192.0.2.1")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no bans");
    assertThatThrownBy(() -> admin.replaceKeywords(KeywordList.Kind.MODERATION, List.of("poker")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MODERATION");
    assertThat(admin.keywords(KeywordList.Kind.MODERATION)).containsExactly("casino");
    assertThat(admin.liftBan(Ban.ip("192.0.2.1"))).isFalse();
  }
}
