package org.rejoinder;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.store.CommentStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription;

/**
 * Decides who hears of a comment: the notifications a new or newly approved comment writes to
 * the outbox. Nobody hears of their own comment, of spam, or of a held comment (save the
 * moderators, who are told it is held).
 *
 * <p>An address hears once of a comment, by the most specific reason it has: a reply to its
 * comment, then its name mentioned, then a new comment on a post it follows, then (as the post's
 * author) a new comment on its post. A notification of a digest subscription is held until its
 * digest is due ({@link Subscription.Delivery#dueAfter}).
 */
final class Outbox {
  private final CommentStore store;
  private final boolean enabled;
  private final List<String> moderatorAddresses;
  private final boolean notifyPostAuthors;
  private final boolean notifyMentioned;
  private final ZoneId zone;

  Outbox(CommentStore store, boolean enabled, List<String> moderatorAddresses, boolean notifyPostAuthors,
      boolean notifyMentioned, ZoneId zone) {
    this.store = store;
    this.enabled = enabled;
    this.moderatorAddresses = List.copyOf(moderatorAddresses);
    this.notifyPostAuthors = notifyPostAuthors;
    this.notifyMentioned = notifyMentioned;
    this.zone = zone;
  }

  boolean enabled() {
    return enabled;
  }

  /** Returns the notifications of a comment just stored, or just moved, in {@code comment.state()}. */
  List<Notification> of(Post post, Comment comment, Instant at) {
    if (!enabled) {
      return List.of();
    }
    String subject = "comment-" + comment.id().value();
    @Nullable String own = normalized(comment.author().email());
    Map<String, Notification> byAddress = new LinkedHashMap<>();
    if (comment.state() == ModerationState.PENDING) {
      for (String address : moderatorAddresses) {
        add(byAddress, own, Notification.of(NotificationKind.HELD, subject, address, null,
            post.id(), comment.id(), at));
      }
      return List.copyOf(byAddress.values());
    }
    if (comment.state() != ModerationState.APPROVED) {
      return List.of();
    }
    List<Subscription> subscriptions = store.activeSubscriptions(post.id(), comment.parentId());
    for (Subscription s : subscriptions) {
      if (s.scope() == Subscription.Scope.REPLIES) {
        add(byAddress, own, held(Notification.of(NotificationKind.REPLY, subject, s.email(), s.id(),
            post.id(), comment.id(), at), s));
      }
    }
    if (notifyMentioned) {
      for (Mention mention : comment.mentions()) {
        if (mention.kind() != Mention.Kind.NAME) {
          continue; // a link to a comment (a quote's attribution) names nobody
        }
        @Nullable Comment named = store.findComment(mention.commentId())
            .filter(c -> c.state() == ModerationState.APPROVED)
            .orElse(null);
        if (named != null && named.author().email() != null) {
          add(byAddress, own, Notification.of(NotificationKind.MENTIONED, subject,
              named.author().email(), null, post.id(), comment.id(), at));
        }
      }
    }
    for (Subscription s : subscriptions) {
      if (s.scope() == Subscription.Scope.POST) {
        add(byAddress, own, held(Notification.of(NotificationKind.NEW_COMMENT, subject, s.email(),
            s.id(), post.id(), comment.id(), at), s));
      }
    }
    Author postAuthor = post.author();
    if (notifyPostAuthors && postAuthor.email() != null) {
      add(byAddress, own, Notification.of(NotificationKind.NEW_COMMENT, subject,
          postAuthor.email(), null, post.id(), comment.id(), at));
    }
    return List.copyOf(byAddress.values());
  }

  /** Returns the notification held until its subscription's digest is due, if it has one. */
  private Notification held(Notification n, Subscription s) {
    return s.delivery() == Subscription.Delivery.IMMEDIATE
        ? n : n.heldUntil(s.delivery().dueAfter(n.createdAt(), zone));
  }

  /** Returns the request to confirm a guest's subscription. */
  static Notification confirmation(Subscription subscription, Instant at) {
    return Notification.of(NotificationKind.CONFIRM_SUBSCRIPTION,
        "subscription-" + subscription.id().value(), subscription.email(), subscription.id(),
        subscription.postId(), subscription.commentId(), at);
  }

  private static void add(Map<String, Notification> byAddress, @Nullable String own, Notification n) {
    String address = normalized(n.recipient());
    if (address != null && !address.equals(own)) {
      byAddress.putIfAbsent(address, n);
    }
  }

  private static @Nullable String normalized(@Nullable String address) {
    return address == null ? null : address.trim().toLowerCase(Locale.ROOT);
  }
}
