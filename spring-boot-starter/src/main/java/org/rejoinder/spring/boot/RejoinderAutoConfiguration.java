package org.rejoinder.spring.boot;

import jakarta.servlet.http.HttpServlet;
import java.security.SecureRandom;
import javax.sql.DataSource;
import org.rejoinder.CommentListener;
import org.rejoinder.Rejoinder;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationListStore;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.PolicyBuilder;
import org.rejoinder.render.Avatars;
import org.rejoinder.servlet.CommentsServlet;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.Identities;
import org.rejoinder.web.PageLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Rejoinder for a Spring Boot application: a {@link Rejoinder} on the application's {@link
 * DataSource} (or in memory without one), its moderation policy and thread options from the
 * {@code rejoinder.*} {@link RejoinderProperties}, the web layer ({@link CommentsWeb}) mounted at
 * {@code rejoinder.web.path} in a servlet web application, and Spring Security's principal as the
 * author when Spring Security is present. Every bean backs off when the application defines its
 * own of the same type (for the servlet, of the same name, {@code rejoinderServlet}).
 *
 * @since 0.2.0
 */
@AutoConfiguration(
    after = RejoinderMetricsAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"
    })
@ConditionalOnClass(Rejoinder.class)
@EnableConfigurationProperties(RejoinderProperties.class)
@Import({
  RejoinderAutoConfiguration.SecurityIdentities.class,
  RejoinderAutoConfiguration.GuestIdentities.class,
  RejoinderAutoConfiguration.Web.class
})
public class RejoinderAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(RejoinderAutoConfiguration.class);

  /** Creates the auto-configuration; Spring Boot does. */
  public RejoinderAutoConfiguration() {}

  /**
   * The store: the JDBC store on the application's {@link DataSource} when it has exactly one
   * (its tables created or upgraded now unless {@code rejoinder.store.migrate=false}), else
   * memory, whose comments are lost when the application stops.
   *
   * @param dataSource the application's data source, if it has one
   * @param properties the settings
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean
  public CommentStore rejoinderCommentStore(ObjectProvider<DataSource> dataSource, RejoinderProperties properties) {
    DataSource unique = dataSource.getIfUnique();
    if (unique == null) {
      LOG.warn("Rejoinder keeps comments in memory: the application has no DataSource (or several), "
          + "and they are lost at each stop");
      return new InMemoryCommentStore();
    }
    JdbcCommentStore store = JdbcCommentStore.builder(unique).build();
    if (properties.store().migrate()) {
      int applied = store.migrate();
      if (applied > 0) {
        LOG.info("Rejoinder applied {} schema migration(s) on {}", applied, store.dialect());
      }
    }
    return store;
  }

  /**
   * The moderation policy from {@code rejoinder.moderation.*}, with a ban list and keyword lists
   * that administrators change through the moderation API. They are kept in the store when it
   * keeps such lists (the JDBC store does), so that every application node on the same database
   * enforces the same ones; otherwise in memory. A keyword list given in the properties is fixed
   * by them instead: the stored list of that kind is not read, and the API cannot change it.
   *
   * @param properties the settings
   * @param store the store
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public ModerationPolicy rejoinderModerationPolicy(RejoinderProperties properties, CommentStore store) {
    RejoinderProperties.Moderation settings = properties.moderation();
    ModerationListStore lists =
        store instanceof ModerationListStore kept ? kept : ModerationListStore.inMemory();
    PolicyBuilder policy = ModerationPolicy.builder()
        .maxLinks(settings.maxLinks())
        .bans(BanList.fromStore(lists))
        .floodInterval(settings.floodInterval())
        .holdFirstComments(settings.holdFirstComments())
        .requireNameAndEmail(settings.requireNameAndEmail());
    if (settings.moderationKeywords().isEmpty()) {
      policy.moderationKeywords(KeywordList.fromStore(lists, KeywordList.Kind.MODERATION));
    } else {
      policy.moderationKeywords(settings.moderationKeywords());
    }
    if (settings.disallowedKeywords().isEmpty()) {
      policy.disallowedKeywords(KeywordList.fromStore(lists, KeywordList.Kind.DISALLOWED));
    } else {
      policy.disallowedKeywords(settings.disallowedKeywords());
    }
    return policy.build();
  }

  /**
   * The thread options from {@code rejoinder.thread.*}.
   *
   * @param properties the settings
   * @return the options
   */
  @Bean
  @ConditionalOnMissingBean
  public ThreadOptions rejoinderThreadOptions(RejoinderProperties properties) {
    return properties.thread().toOptions();
  }

  /**
   * The Rejoinder: the store, the policy (counted by {@link RejoinderMetrics} when there is a
   * meter registry), the thread options, the edit window, and every {@link CommentListener} bean.
   *
   * @param store the store
   * @param policy the moderation policy
   * @param options the thread options
   * @param properties the settings
   * @param listeners the application's listeners
   * @param metrics the meters, if any
   * @return the Rejoinder
   */
  @Bean
  @ConditionalOnMissingBean
  public Rejoinder rejoinder(CommentStore store, ModerationPolicy policy, ThreadOptions options,
      RejoinderProperties properties, ObjectProvider<CommentListener> listeners,
      ObjectProvider<RejoinderMetrics> metrics) {
    RejoinderMetrics meters = metrics.getIfAvailable();
    Rejoinder.Builder builder = Rejoinder.builder()
        .store(store)
        .moderation(meters == null ? policy : meters.meter(policy))
        .threadOptions(options)
        .editWindow(properties.editWindow());
    listeners.orderedStream().forEach(builder::listener);
    return builder.build();
  }

  /** Spring Security's signed-in principal, when Spring Security is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
  static class SecurityIdentities {
    @Bean
    @ConditionalOnMissingBean(Identities.class)
    SpringSecurityIdentities rejoinderIdentities(RejoinderProperties properties) {
      return SpringSecurityIdentities.of(properties.security());
    }
  }

  /** Guests only, without Spring Security. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass("org.springframework.security.core.context.SecurityContextHolder")
  static class GuestIdentities {
    @Bean
    @ConditionalOnMissingBean(Identities.class)
    Identities rejoinderIdentities() {
      return Identities.none();
    }
  }

  /** The web layer, and in a servlet web application the servlet that serves it. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "rejoinder.web", name = "enabled", havingValue = "true", matchIfMissing = true)
  static class Web {
    @Bean
    @ConditionalOnMissingBean
    PageLayout rejoinderPageLayout() {
      return PageLayout.standard();
    }

    @Bean
    @ConditionalOnMissingBean
    CommentsWeb rejoinderWeb(Rejoinder rejoinder, Identities identities, PageLayout layout,
        RejoinderProperties properties, Environment environment) {
      RejoinderProperties.Web settings = properties.web();
      byte[] secret = settings.secretBytes();
      if (secret.length == 0) {
        LOG.warn("rejoinder.web.secret is not set: a random key signs forms and cookies until the "
            + "application stops; set it (Base64 of 32 random bytes) to keep them valid across restarts");
        secret = new byte[CommentsWeb.MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
      }
      CommentsWeb.Builder web = CommentsWeb.builder(rejoinder, secret)
          .basePath(contextPath(environment) + settings.path())
          .identities(identities)
          .layout(layout)
          .avatars(avatars(settings))
          .reports(settings.reports())
          .maxPerPage(settings.maxPerPage());
      if (settings.signInUrl() != null && !settings.signInUrl().isEmpty()) {
        web.signInUrl(settings.signInUrl());
      }
      return web.build();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(HttpServlet.class)
    @ConditionalOnMissingBean(name = "rejoinderServlet")
    ServletRegistrationBean<CommentsServlet> rejoinderServlet(CommentsWeb web, RejoinderProperties properties,
        ObjectProvider<RejoinderMetrics> metrics) {
      RejoinderMetrics meters = metrics.getIfAvailable();
      CommentsServlet servlet = meters == null ? new CommentsServlet(web) : new MeteredCommentsServlet(web, meters);
      ServletRegistrationBean<CommentsServlet> registration =
          new ServletRegistrationBean<>(servlet, properties.web().path() + "/*");
      registration.setName("rejoinder");
      registration.setLoadOnStartup(1);
      return registration;
    }

    private static String contextPath(Environment environment) {
      String path = environment.getProperty("server.servlet.context-path", "");
      return path.equals("/") || path.isBlank() ? "" : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Avatars avatars(RejoinderProperties.Web settings) {
      return switch (settings.avatars()) {
        case GRAVATAR -> Avatars.gravatar(Avatars.GRAVATAR_URL, settings.avatarSize(), Avatars.DEFAULT_IMAGE);
        case INITIALS -> Avatars.initials(settings.avatarSize());
        case NONE -> Avatars.none();
      };
    }
  }
}
