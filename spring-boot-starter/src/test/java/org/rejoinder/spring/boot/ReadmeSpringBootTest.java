package org.rejoinder.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.testing.Docs;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bean that README.md's "Replacing a bean" shows takes the starter's place. */
class ReadmeSpringBootTest {

  // README replacing begins
  @Configuration
  static class OwnPolicy {
    @Bean
    ModerationPolicy moderationPolicy() {
      return ModerationPolicy.builder()
          .holdFirstComments(true)
          .disallowedKeywords("viagra")
          .build();
    }
  }
  // README replacing ends

  @Test
  void theApplicationsPolicy_replacesTheStarters_andTheRejoinderUsesIt() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RejoinderAutoConfiguration.class))
        .withUserConfiguration(OwnPolicy.class)
        .withPropertyValues("rejoinder.moderation.hold-first-comments=false")
        .run(context -> {
          assertThat(context).hasSingleBean(ModerationPolicy.class);
          Rejoinder rejoinder = context.getBean(Rejoinder.class);
          rejoinder.createPost(Post.of(PostId.of("p"), "P", SiteUser.of("1", "Ada"), Instant.now()));
          assertThat(rejoinder.submit(NewComment.on(PostId.of("p"), Guest.of("Ann", "ann@example.com"),
              Body.plain("My first comment."))).state()).isEqualTo(ModerationState.PENDING);
        });
    Docs.assertShows(Path.of("README.md"), "### Replacing a bean", ReadmeSpringBootTest.class, "replacing");
  }
}
