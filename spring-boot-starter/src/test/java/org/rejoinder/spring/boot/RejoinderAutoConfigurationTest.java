package org.rejoinder.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.ModerationView;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.FloodRule;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.servlet.CommentsServlet;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.Identities;
import org.rejoinder.web.SignedInReader;
import org.rejoinder.web.WebRequest;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** What an application gets from the starter, what it can replace, and what it is told when a setting is wrong. */
class RejoinderAutoConfigurationTest {
  private static final String SECRET = "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=";  // 32 bytes

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(RejoinderMetricsAutoConfiguration.class,
          RejoinderAutoConfiguration.class, RejoinderHealthAutoConfiguration.class))
      .withPropertyValues("rejoinder.web.secret=" + SECRET);

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static DataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  private static Post post(Rejoinder rejoinder, String id) {
    return rejoinder.createPost(Post.of(PostId.of(id), "About " + id, SiteUser.of("1", "Ada"), Instant.now()));
  }

  private static Comment comment(Rejoinder rejoinder, String post, String name, String text) {
    return rejoinder.submit(NewComment.on(PostId.of(post), Guest.of(name, name.toLowerCase(java.util.Locale.ROOT)
        + "@example.com"), Body.plain(text)));
  }

  @Test
  void withoutADataSource_commentsAreKeptInMemory_andEveryBeanIsThere() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(Rejoinder.class).hasSingleBean(ModerationPolicy.class)
          .hasSingleBean(ThreadOptions.class).hasSingleBean(CommentsWeb.class)
          .hasSingleBean(SpringSecurityIdentities.class).hasSingleBean(HealthIndicator.class)
          .doesNotHaveBean(RejoinderMetrics.class).doesNotHaveBean(ServletRegistrationBean.class);
      assertThat(context.getBean(CommentStore.class)).isInstanceOf(InMemoryCommentStore.class);
      assertThat(context.getBean(CommentsWeb.class).basePath()).isEqualTo("/comments");
    });
  }

  @Test
  void withADataSource_theJdbcStoreKeepsComments_inTablesMigratedAtStartUp() {
    runner.withBean(DataSource.class, () -> h2("migrated"))
        .run(context -> {
      assertThat(context.getBean(CommentStore.class)).isInstanceOf(JdbcCommentStore.class);
      Rejoinder rejoinder = context.getBean(Rejoinder.class);
      post(rejoinder, "hello");
      Comment stored = comment(rejoinder, "hello", "Ann", "Kept in the database.");
      assertThat(context.getBean(JdbcCommentStore.class).findComment(stored.id())).isPresent();
      assertThat(context.getBean(JdbcCommentStore.class).migrate()).isZero();
    });
  }

  @Test
  void migrateFalse_leavesTheSchemaAlone() {
    runner.withBean(DataSource.class, () -> h2("unmigrated"))
        .withPropertyValues("rejoinder.store.migrate=false")
        .run(context -> assertThat(context.getBean(JdbcCommentStore.class).migrate()).isPositive());
  }

  @Test
  void moderationAndThreadProperties_areBound_andTheRejoinderFollowsThem() {
    runner.withPropertyValues("rejoinder.moderation.moderation-keywords=casino,pills",
            "rejoinder.moderation.flood-interval=0", "rejoinder.moderation.max-links=0",
            "rejoinder.thread.max-depth=3", "rejoinder.thread.page-size=20", "rejoinder.edit-window=0",
            "rejoinder.web.path=/talk", "rejoinder.web.avatars=none", "rejoinder.web.max-per-page=30")
        .run(context -> {
          RejoinderProperties properties = context.getBean(RejoinderProperties.class);
          assertThat(properties.moderation().moderationKeywords()).containsExactly("casino", "pills");
          assertThat(properties.web().avatars()).isEqualTo(RejoinderProperties.AvatarStyle.NONE);
          Rejoinder rejoinder = context.getBean(Rejoinder.class);
          assertThat(rejoinder.threadOptions().maxDepth()).isEqualTo(3);
          assertThat(rejoinder.threadOptions().perPage()).isEqualTo(20);
          assertThat(rejoinder.policy().rules()).noneMatch(FloodRule.class::isInstance);
          assertThat(context.getBean(CommentsWeb.class).basePath()).isEqualTo("/talk");
          post(rejoinder, "hello");
          assertThat(comment(rejoinder, "hello", "Ann", "Cheap pills").state()).isEqualTo(ModerationState.PENDING);
          assertThat(comment(rejoinder, "hello", "Bo", "A fine post, https://a.example https://b.example")
              .state()).isEqualTo(ModerationState.APPROVED);
        });
  }

  @Test
  void twoNodesOnOneDatabase_enforceTheSameBansAndKeywords_changedThroughEitherOne() {
    DataSource shared = h2("two-nodes");
    runner.withBean(DataSource.class, () -> shared).run(first -> runner.withBean(DataSource.class, () -> shared)
        .run(second -> {
          Rejoinder one = first.getBean(Rejoinder.class);
          Rejoinder other = second.getBean(Rejoinder.class);
          post(one, "hello");
          ModerationView admin = one.moderation(Actor.admin(SiteUser.of("1", "Ada")));
          admin.ban(Ban.email("mallory@example.com"));
          admin.replaceKeywords(KeywordList.Kind.MODERATION, List.of("casino"));

          assertThat(comment(other, "hello", "Mallory", "Hello there").state()).isEqualTo(ModerationState.SPAM);
          assertThat(comment(other, "hello", "Bo", "A casino nearby").state()).isEqualTo(ModerationState.PENDING);
          assertThat(other.moderation(Actor.admin(SiteUser.of("1", "Ada"))).bans())
              .containsExactly(Ban.email("mallory@example.com"));
        }));
  }

  @Test
  void aKeywordListGivenInTheProperties_isFixed_whileTheOtherKindIsKeptInTheStore() {
    runner.withBean(DataSource.class, () -> h2("fixed-keywords"))
        .withPropertyValues("rejoinder.moderation.moderation-keywords=casino", "rejoinder.moderation.flood-interval=0")
        .run(context -> {
          Rejoinder rejoinder = context.getBean(Rejoinder.class);
          ModerationView admin = rejoinder.moderation(Actor.admin(SiteUser.of("1", "Ada")));
          assertThatThrownBy(() -> admin.replaceKeywords(KeywordList.Kind.MODERATION, List.of("pills")))
              .isInstanceOf(IllegalStateException.class);
          admin.replaceKeywords(KeywordList.Kind.DISALLOWED, List.of("pills"));

          post(rejoinder, "hello");
          assertThat(comment(rejoinder, "hello", "Ann", "A casino nearby").state()).isEqualTo(ModerationState.PENDING);
          assertThat(comment(rejoinder, "hello", "Bo", "Cheap pills").state()).isEqualTo(ModerationState.TRASH);
          assertThat(context.getBean(JdbcCommentStore.class).keywords(KeywordList.Kind.DISALLOWED)).containsExactly("pills");
        });
  }

  @Test
  void withoutADataSource_bansAndKeywordsLiveInMemory_andStillApply() {
    runner.run(context -> {
      Rejoinder rejoinder = context.getBean(Rejoinder.class);
      post(rejoinder, "hello");
      rejoinder.moderation(Actor.admin(SiteUser.of("1", "Ada"))).ban(Ban.email("mallory@example.com"));
      assertThat(comment(rejoinder, "hello", "Mallory", "Hello there").state()).isEqualTo(ModerationState.SPAM);
    });
  }

  @Test
  void theDefaults_areWordPresss() {
    runner.run(context -> {
      RejoinderProperties properties = context.getBean(RejoinderProperties.class);
      assertThat(properties.moderation().maxLinks()).isEqualTo(2);
      assertThat(properties.moderation().floodInterval()).isEqualTo(Duration.ofSeconds(15));
      assertThat(properties.thread().maxDepth()).isEqualTo(ThreadOptions.DEFAULT_MAX_DEPTH);
      assertThat(properties.editWindow()).isEqualTo(Duration.ofMinutes(Rejoinder.Builder.DEFAULT_EDIT_WINDOW_MINUTES));
      assertThat(context.getBean(Rejoinder.class).policy().rules())
          .contains(new FloodRule(Duration.ofSeconds(15)));
    });
  }

  @Test
  void aBadValue_stopsTheApplication_withAMessageNamingThePropertyAndTheValue() {
    List.of(
        List.of("rejoinder.thread.max-depth=11", "rejoinder.thread.max-depth must be from 2 to 10 but was 11"),
        List.of("rejoinder.thread.page-size=0", "rejoinder.thread.page-size must be 1 or more but was 0"),
        List.of("rejoinder.moderation.max-links=-1", "rejoinder.moderation.max-links must be 0 or more but was -1"),
        List.of("rejoinder.moderation.flood-interval=-5s", "rejoinder.moderation.flood-interval must not be negative but was PT-5S"),
        List.of("rejoinder.edit-window=-1m", "rejoinder.edit-window must not be negative but was PT-1M"),
        List.of("rejoinder.web.path=/comments/", "rejoinder.web.path must be empty or /segment/… without a trailing slash but was /comments/"),
        List.of("rejoinder.web.secret=c2hvcnQ=", "rejoinder.web.secret must be Base64 of at least 32 bytes but held 5 bytes"),
        List.of("rejoinder.web.secret=not base64!", "rejoinder.web.secret must be Base64 but was not"),
        List.of("rejoinder.web.avatar-size=4", "rejoinder.web.avatar-size must be from 16 to 512 but was 4"))
        .forEach(bad -> runner.withPropertyValues(bad.get(0)).run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().hasMessage(bad.get(1));
        }));
  }

  @Test
  void theApplicationsOwnBeans_replaceTheStarters() {
    InMemoryCommentStore store = new InMemoryCommentStore();
    ModerationPolicy policy = ModerationPolicy.approveAll();
    Identities identities = request -> Optional.empty();
    runner.withBean(DataSource.class, () -> h2("ignored"))
        .withBean(CommentStore.class, () -> store)
        .withBean(ModerationPolicy.class, () -> policy)
        .withBean(ThreadOptions.class, () -> ThreadOptions.defaults().withMaxDepth(2))
        .withBean(Identities.class, () -> identities)
        .run(context -> {
          assertThat(context.getBean(CommentStore.class)).isSameAs(store);
          assertThat(context).doesNotHaveBean(JdbcCommentStore.class).doesNotHaveBean(SpringSecurityIdentities.class);
          assertThat(context.getBean(Rejoinder.class).policy()).isSameAs(policy);
          assertThat(context.getBean(Rejoinder.class).threadOptions().maxDepth()).isEqualTo(2);
          assertThat(context.getBean(Identities.class)).isSameAs(identities);
        });
    Rejoinder own = Rejoinder.builder().build();
    runner.withBean(Rejoinder.class, () -> own)
        .run(context -> assertThat(context.getBean(Rejoinder.class)).isSameAs(own));
  }

  @Test
  void withoutSpringSecurity_everyReaderIsAGuest() {
    runner.withClassLoader(new FilteredClassLoader(SecurityContextHolder.class)).run(context -> {
      assertThat(context).doesNotHaveBean(SpringSecurityIdentities.class).hasSingleBean(Identities.class);
      assertThat(context.getBean(Identities.class).signedIn(WebRequest.builder("GET", "/").build())).isEmpty();
    });
  }

  @Test
  void theSignedInPrincipal_isTheAuthor_andItsAuthoritiesItsRole() {
    runner.withPropertyValues("rejoinder.security.moderator-authorities=ROLE_EDITOR,ROLE_MODERATOR",
        "rejoinder.security.logout-url=/sign-out").run(context -> {
          Identities identities = context.getBean(Identities.class);
          WebRequest request = WebRequest.builder("GET", "/comments/posts/hello").build();
          assertThat(identities.signedIn(request)).isEmpty();

          SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key",
              "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
          assertThat(identities.signedIn(request)).isEmpty();

          SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
              .authenticated("erin", null, AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_EDITOR")));
          SignedInReader erin = identities.signedIn(request).orElseThrow();
          assertThat(erin.author()).isEqualTo(SiteUser.of("erin", "erin"));
          assertThat(erin.role()).isEqualTo(Role.MODERATOR);
          assertThat(erin.logOutUrl()).isEqualTo("/sign-out");

          SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
              .authenticated("root", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR")));
          assertThat(identities.signedIn(request).orElseThrow().role()).isEqualTo(Role.ADMIN);

          SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
              .authenticated("fay", null, AuthorityUtils.createAuthorityList("ROLE_USER")));
          assertThat(identities.signedIn(request).orElseThrow().role()).isEqualTo(Role.READER);
        });
  }

  @Test
  void inAServletApplication_theEndpointsAreMountedAtThePath_underTheContextPath() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RejoinderAutoConfiguration.class))
        .withPropertyValues("rejoinder.web.path=/talk", "server.servlet.context-path=/blog")
        .run(context -> {
          ServletRegistrationBean<?> registration = context.getBean("rejoinderServlet", ServletRegistrationBean.class);
          assertThat(registration.getUrlMappings()).containsExactly("/talk/*");
          assertThat(registration.getServlet()).isInstanceOf(CommentsServlet.class);
          assertThat(context.getBean(CommentsWeb.class).basePath()).isEqualTo("/blog/talk");
        });
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RejoinderAutoConfiguration.class))
        .withPropertyValues("rejoinder.web.enabled=false")
        .run(context -> assertThat(context).hasSingleBean(Rejoinder.class)
            .doesNotHaveBean(CommentsWeb.class).doesNotHaveBean("rejoinderServlet"));
  }

  @Test
  void withAMeterRegistry_submissionsByVerdict_andModerationActions_areCounted() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("rejoinder.moderation.moderation-keywords=casino", "rejoinder.moderation.flood-interval=0")
        .run(context -> {
          Rejoinder rejoinder = context.getBean(Rejoinder.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          post(rejoinder, "hello");
          comment(rejoinder, "hello", "Ann", "Lovely.");
          Comment held = comment(rejoinder, "hello", "Bo", "Casino!");
          rejoinder.moderation(new Actor("user:1", Role.MODERATOR)).approve(held.id());

          assertThat(registry.get("rejoinder.submissions").tag("verdict", "approve").counter().count()).isEqualTo(1);
          assertThat(registry.get("rejoinder.submissions").tag("verdict", "hold").counter().count()).isEqualTo(1);
          assertThat(registry.get("rejoinder.moderation.actions").tag("from", "pending").tag("to", "approved")
              .counter().count()).isEqualTo(1);
        });
  }

  @Test
  void theHealthIndicator_isUpWhenTheStoreAnswers_andDownWhenItCannot() {
    DataSource dataSource = h2("health");
    runner.withBean(DataSource.class, () -> dataSource).run(context -> {
      HealthIndicator health = context.getBean("rejoinderHealthIndicator", HealthIndicator.class);
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("DROP ALL OBJECTS");
      }
      Health down = health.health();
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails()).containsEntry("store", "JdbcCommentStore").containsKey("outcome");
    });
    runner.withPropertyValues("management.health.rejoinder.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(HealthIndicator.class));
  }
}
