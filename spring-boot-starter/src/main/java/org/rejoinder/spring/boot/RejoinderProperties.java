package org.rejoinder.spring.boot;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.web.CommentsWeb;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rejoinder's settings, the {@code rejoinder.*} properties. Each value is checked when the
 * application starts: a bad one stops it with a message naming the property and the value.
 *
 * @param store where comments are kept
 * @param moderation what the moderation policy holds, rejects or lets through
 * @param thread how threads are nested and paged
 * @param editWindow how long after posting an author may edit their comment; {@code 0} lets only
 *     moderators edit
 * @param web the web endpoints: the comment form, moderation, the JSON API
 * @param security how Spring Security's signed-in principal becomes the author
 * @since 0.2.0
 */
@ConfigurationProperties("rejoinder")
public record RejoinderProperties(
    @DefaultValue Store store,
    @DefaultValue Moderation moderation,
    @DefaultValue Threads thread,
    @DefaultValue("15m") Duration editWindow,
    @DefaultValue Web web,
    @DefaultValue Security security) {

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException if the edit window is negative
   */
  public RejoinderProperties {
    requireNonNull(store, "store must not be null");
    requireNonNull(moderation, "moderation must not be null");
    requireNonNull(thread, "thread must not be null");
    requireNonNull(editWindow, "editWindow must not be null");
    checkArgument(!editWindow.isNegative(), "rejoinder.edit-window must not be negative but was %s", editWindow);
    requireNonNull(web, "web must not be null");
    requireNonNull(security, "security must not be null");
  }

  /**
   * Where comments are kept: the application's {@code DataSource} when it has one (the JDBC
   * store), else memory.
   *
   * @param migrate whether the JDBC store creates or upgrades its tables when the application
   *     starts
   * @since 0.2.0
   */
  public record Store(@DefaultValue("true") boolean migrate) {}

  /**
   * The moderation policy's settings (WordPress's defaults).
   *
   * @param maxLinks the number of links that holds a comment for review; {@code 0} turns the check
   *     off
   * @param moderationKeywords words that hold a comment for review; when given they fix the list,
   *     otherwise it is kept in the store and changed through the moderation API
   * @param disallowedKeywords words that send a comment to the trash; when given they fix the
   *     list, otherwise it is kept in the store and changed through the moderation API
   * @param floodInterval the shortest time between two comments of one person; {@code 0} turns
   *     flood control off
   * @param holdFirstComments whether the first comment of an author without an approved comment
   *     is held
   * @param requireNameAndEmail whether guests must give a name and an email address
   * @since 0.2.0
   */
  public record Moderation(
      @DefaultValue("2") int maxLinks,
      @DefaultValue List<String> moderationKeywords,
      @DefaultValue List<String> disallowedKeywords,
      @DefaultValue("15s") Duration floodInterval,
      @DefaultValue("false") boolean holdFirstComments,
      @DefaultValue("true") boolean requireNameAndEmail) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if {@code maxLinks} or the flood interval is negative, or
     *     a keyword is blank
     */
    public Moderation {
      checkArgument(maxLinks >= 0, "rejoinder.moderation.max-links must be 0 or more but was %s", maxLinks);
      moderationKeywords = keywords("moderation-keywords", moderationKeywords);
      disallowedKeywords = keywords("disallowed-keywords", disallowedKeywords);
      requireNonNull(floodInterval, "floodInterval must not be null");
      checkArgument(!floodInterval.isNegative(),
          "rejoinder.moderation.flood-interval must not be negative but was %s", floodInterval);
    }

    private static List<String> keywords(String name, @Nullable List<String> keywords) {
      List<String> copy = keywords == null ? List.of() : List.copyOf(keywords);
      for (String keyword : copy) {
        checkArgument(!keyword.isBlank(), "rejoinder.moderation.%s must not hold a blank keyword but was %s",
            name, copy);
      }
      return copy;
    }
  }

  /**
   * How threads are shown.
   *
   * @param threaded whether replies nest under the comment they answer
   * @param maxDepth how deep replies nest, from 2 to 10
   * @param pageSize top-level comments per page, 1 or more
   * @since 0.2.0
   */
  public record Threads(
      @DefaultValue("true") boolean threaded,
      @DefaultValue("5") int maxDepth,
      @DefaultValue("50") int pageSize) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if the depth or page size is out of range
     */
    public Threads {
      checkArgument(maxDepth >= ThreadOptions.MIN_DEPTH_LIMIT && maxDepth <= ThreadOptions.MAX_DEPTH_LIMIT,
          "rejoinder.thread.max-depth must be from %s to %s but was %s",
          ThreadOptions.MIN_DEPTH_LIMIT, ThreadOptions.MAX_DEPTH_LIMIT, maxDepth);
      checkArgument(pageSize >= 1, "rejoinder.thread.page-size must be 1 or more but was %s", pageSize);
    }

    /** Returns these settings as the thread options of a {@link org.rejoinder.Rejoinder}. */
    public ThreadOptions toOptions() {
      return ThreadOptions.defaults().withThreaded(threaded).withMaxDepth(maxDepth).withPerPage(pageSize);
    }
  }

  /** How avatars show next to comments. */
  public enum AvatarStyle {
    /** Gravatar images from the author's email address. */
    GRAVATAR,
    /** The author's initials on a colour, no outside request. */
    INITIALS,
    /** No avatars. */
    NONE
  }

  /**
   * The web endpoints.
   *
   * @param enabled whether the endpoints are mounted (in a servlet web application)
   * @param path where they are mounted, such as {@code /comments}: empty or {@code /segment…}
   *     without a trailing slash; the discussion of a post is at {@code <path>/posts/<id>}
   * @param secret the key that signs CSRF tokens and cookies, Base64 of at least 32 bytes; keep it
   *     the same across restarts and servers. Without it a random key is made at each start, and
   *     forms open before a restart are refused after it
   * @param signInUrl where a reader who is not signed in is sent from the moderation page, with
   *     {@code ?return=}; empty for a 403 page
   * @param avatars how avatars show
   * @param avatarSize the avatars' size in pixels, from 16 to 512
   * @param reports whether approved comments have a Report button
   * @param maxPerPage the most top-level comments one page or API call shows, from 1 to 1000
   * @since 0.2.0
   */
  public record Web(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("/comments") String path,
      @Nullable String secret,
      @Nullable String signInUrl,
      @DefaultValue("gravatar") AvatarStyle avatars,
      @DefaultValue("48") int avatarSize,
      @DefaultValue("true") boolean reports,
      @DefaultValue("100") int maxPerPage) {

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if the path is malformed, the secret is not Base64 of at
     *     least 32 bytes, or a number is out of range
     */
    public Web {
      requireNonNull(path, "path must not be null");
      checkArgument(path.isEmpty() || path.matches("(/[A-Za-z0-9_.~-]+)+"),
          "rejoinder.web.path must be empty or /segment/… without a trailing slash but was %s", path);
      if (secret != null && !secret.isEmpty()) {
        byte[] key = decode(secret);
        checkArgument(key.length >= CommentsWeb.MIN_SECRET_BYTES,
            "rejoinder.web.secret must be Base64 of at least %s bytes but held %s bytes",
            CommentsWeb.MIN_SECRET_BYTES, key.length);
      }
      requireNonNull(avatars, "avatars must not be null");
      checkArgument(avatarSize >= 16 && avatarSize <= 512,
          "rejoinder.web.avatar-size must be from 16 to 512 but was %s", avatarSize);
      checkArgument(maxPerPage >= 1 && maxPerPage <= 1000,
          "rejoinder.web.max-per-page must be from 1 to 1000 but was %s", maxPerPage);
    }

    /** Returns the secret's bytes, or empty when none is set. */
    public byte[] secretBytes() {
      return secret == null || secret.isEmpty() ? new byte[0] : decode(secret);
    }

    private static byte[] decode(String secret) {
      try {
        return Base64.getDecoder().decode(secret.trim());
      } catch (IllegalArgumentException e) {
        // The value itself is never repeated, nor the decoder's message about it: it is a secret.
        throw new IllegalArgumentException("rejoinder.web.secret must be Base64 but was not");
      }
    }

    /** Hides the secret. */
    @Override
    public String toString() {
      return "Web[enabled=" + enabled + ", path=" + path + ", secret=" + (secret == null ? "none" : "***")
          + ", signInUrl=" + signInUrl + ", avatars=" + avatars + ", avatarSize=" + avatarSize
          + ", reports=" + reports + ", maxPerPage=" + maxPerPage + "]";
    }
  }

  /**
   * How Spring Security's signed-in principal becomes the author of comments. Its name is the
   * author's id and display name; its authorities give its role.
   *
   * @param moderatorAuthorities authorities that make a moderator
   * @param adminAuthorities authorities that make an administrator
   * @param logoutUrl where the form's "Log out" link goes
   * @since 0.2.0
   */
  public record Security(
      @DefaultValue("ROLE_MODERATOR") List<String> moderatorAuthorities,
      @DefaultValue("ROLE_ADMIN") List<String> adminAuthorities,
      @DefaultValue("/logout") String logoutUrl) {

    /** Checks the settings. */
    public Security {
      moderatorAuthorities = List.copyOf(moderatorAuthorities);
      adminAuthorities = List.copyOf(adminAuthorities);
      requireNonNull(logoutUrl, "logoutUrl must not be null");
      checkArgument(!logoutUrl.isBlank(), "rejoinder.security.logout-url must not be blank");
    }
  }
}
