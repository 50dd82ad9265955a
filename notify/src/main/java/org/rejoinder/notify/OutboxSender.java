package org.rejoinder.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.moderation.BodyText;
import org.rejoinder.store.NotificationStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;
import org.rejoinder.subscription.SubscriptionTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: reads the notifications that are due from the store, turns each into a
 * {@link Message} and hands it to the {@link Notifier}, then marks it sent; a failed one is tried
 * again after a backoff that doubles ({@link Builder#backoff}), until {@link
 * Builder#maxAttempts} attempts or a permanent failure, then given up.
 *
 * <p>Before sending, it looks again: a reply or new-comment message whose comment is no longer
 * approved, whose subscription was ended or is not confirmed, and a held-comment message whose
 * comment was moderated meanwhile, are dropped, not sent. Since the outbox is written in the
 * comment's own transaction, a crash between that commit and the sending loses nothing: the next
 * round sends it. A crash between sending and marking sends that one message again at the next
 * round, with the same {@link Notification#key() key} for the far end to recognise.
 *
 * <p>Call {@link #sendDue()} from the application's own scheduler, or {@link #start(Duration)}
 * a thread of its own and {@link #close()} it at shutdown. Run one sender per store: two would
 * send the same message twice.
 *
 * <pre>{@code
 * OutboxSender sender = OutboxSender.builder(store, notifier)
 *     .links(Links.under(URI.create("https://blog.example.com/")))
 *     .tokens(SubscriptionTokens.withSecret(secret))
 *     .build();
 * sender.start(Duration.ofSeconds(30));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class OutboxSender implements AutoCloseable {
  /** The longest excerpt of a comment in a digest: {@value} characters. */
  public static final int EXCERPT_CHARS = 300;
  /** The most comments one digest gathers: {@value}; more go in a next message. */
  public static final int MAX_DIGEST_ITEMS = 50;

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final NotificationStore store;
  private final Notifier notifier;
  private final Links links;
  private final SubscriptionTokens tokens;
  private final BodyText bodyText;
  private final Clock clock;
  private final int batchSize;
  private final int maxAttempts;
  private final Duration firstBackoff;
  private final Duration maxBackoff;
  private @Nullable ScheduledExecutorService executor;

  private OutboxSender(Builder b) {
    this.store = b.store;
    this.notifier = b.notifier;
    this.links = requireNonNull(b.links, "links must be set");
    this.tokens = requireNonNull(b.tokens, "tokens must be set");
    this.bodyText = b.bodyText;
    this.clock = b.clock;
    this.batchSize = b.batchSize;
    this.maxAttempts = b.maxAttempts;
    this.firstBackoff = b.firstBackoff;
    this.maxBackoff = b.maxBackoff;
  }

  /**
   * Returns a builder of a sender of {@code store}'s outbox through {@code notifier}; {@link
   * Builder#links} and {@link Builder#tokens} must be set.
   */
  public static Builder builder(NotificationStore store, Notifier notifier) {
    return new Builder(store, notifier);
  }

  /**
   * Sends what is due now, in batches, until nothing is due: one round. A notifier's failure is
   * recorded on its notification, never thrown.
   *
   * @return how many messages were sent
   */
  public synchronized int sendDue() {
    int sent = 0;
    // A full batch means more may be due; a batch read again unchanged (another process marks
    // the same rows) ends the round rather than spinning.
    List<Notification> previous = List.of();
    while (true) {
      Instant now = clock.instant();
      List<Notification> due = store.dueNotifications(now, batchSize);
      if (due.equals(previous)) {
        return sent;
      }
      Set<String> gathered = new HashSet<>();
      for (Notification n : due) {
        if (gathered.contains(n.key())) {
          continue; // sent (or dropped) in a digest of this batch
        }
        Subscription digest = digestSubscription(n);
        if (digest != null) {
          if (deliverDigest(digest, n, now, gathered)) {
            sent++;
          }
        } else if (deliver(n, now)) {
          sent++;
        }
      }
      if (due.size() < batchSize) {
        return sent;
      }
      previous = due;
    }
  }

  private boolean deliver(Notification n, Instant now) {
    Optional<Message> message = messageOf(n);
    if (message.isEmpty()) {
      store.markSent(n.key(), now);
      LOG.debug("Dropped {}: no longer to be told", n);
      return false;
    }
    try {
      notifier.send(message.get());
      store.markSent(n.key(), clock.instant());
      return true;
    } catch (DeliveryException | RuntimeException e) {
      int attempts = n.attempts() + 1;
      boolean permanent = e instanceof DeliveryException d && d.isPermanent();
      Instant retryAt = permanent || attempts >= maxAttempts ? null : now.plus(backoff(attempts));
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      store.markFailed(n.key(), attempts, retryAt, error);
      LOG.warn("Could not send {} (attempt {}){}", n, attempts, retryAt == null ? ", giving up" : "", e);
      return false;
    }
  }

  /**
   * Returns the subscription of a notification if it asks for a digest: an hourly or daily one;
   * else null.
   */
  private @Nullable Subscription digestSubscription(Notification n) {
    SubscriptionId id = n.subscriptionId();
    if (id == null || n.kind().equals(NotificationKind.CONFIRM_SUBSCRIPTION)) {
      return null;
    }
    return store.findSubscription(id)
        .filter(s -> s.delivery() != Subscription.Delivery.IMMEDIATE)
        .orElse(null);
  }

  /**
   * Sends the digest {@code first} belongs to: the subscription's unsent notifications held
   * until the same instant (at most {@value #MAX_DIGEST_ITEMS}), as one message, then marks
   * them all sent in one step. A digest of one notification is sent as that notification's
   * own message. The digest's key is derived from the keys of the notifications it gathers, so a
   * crash between sending and marking sends the same digest, with the same key, once more.
   */
  private boolean deliverDigest(Subscription subscription, Notification first, Instant now, Set<String> gathered) {
    List<Notification> group = store.digestNotifications(subscription.id(), first.nextAttemptAt(), MAX_DIGEST_ITEMS);
    if (group.size() <= 1) {
      gathered.add(first.key());
      return deliver(group.isEmpty() ? first : group.get(0), now);
    }
    List<String> keys = new ArrayList<>();
    List<Message.Item> items = new ArrayList<>();
    int attempts = 0;
    for (Notification n : group) {
      keys.add(n.key());
      attempts = Math.max(attempts, n.attempts());
      Message m = messageOf(n).orElse(null);
      String author = m == null ? null : m.authorName();
      URI link = m == null ? null : m.link();
      if (m != null && author != null && link != null) {
        items.add(new Message.Item(m.kind(), author, excerpt(m.text()), link));
      }
    }
    gathered.addAll(keys);
    Optional<Post> post = store.findPost(first.postId());
    if (items.isEmpty() || post.isEmpty()) {
      store.markSent(keys, now);
      LOG.debug("Dropped a digest of {} notifications: no longer to be told", keys.size());
      return false;
    }
    Notification digest = new Notification(digestKey(keys, subscription.email()),
        NotificationKind.DIGEST, subscription.email(), subscription.id(), first.postId(), null,
        group.get(0).createdAt(), attempts, first.nextAttemptAt(), null);
    Message message = new Message(digest, post.get().title(), null, "", items.get(0).link(),
        links.unsubscribe(tokens.unsubscribeToken(subscription.id())), null, items);
    try {
      notifier.send(message);
      store.markSent(keys, clock.instant());
      return true;
    } catch (DeliveryException | RuntimeException e) {
      int tried = attempts + 1;
      boolean permanent = e instanceof DeliveryException d && d.isPermanent();
      Instant retryAt = permanent || tried >= maxAttempts ? null : now.plus(backoff(tried));
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      for (String key : keys) {
        store.markFailed(key, tried, retryAt, error);
      }
      LOG.warn("Could not send {} (attempt {}){}", message, tried, retryAt == null ? ", giving up" : "", e);
      return false;
    }
  }

  /**
   * Returns the idempotency key of a digest gathering notifications with these keys: that of
   * {@link NotificationKind#DIGEST} about a hash of the keys, sorted, to the recipient.
   */
  static String digestKey(List<String> keys, String recipient) {
    List<String> sorted = new ArrayList<>(keys);
    Collections.sort(sorted);
    String subject = Hashing.sha256()
        .hashString(String.join("\n", sorted), StandardCharsets.UTF_8).toString().substring(0, 32);
    return Notification.keyOf(NotificationKind.DIGEST, subject, recipient);
  }

  /** Returns the beginning of a text, at most {@value #EXCERPT_CHARS} characters, cut between words. */
  static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= EXCERPT_CHARS) {
      return flat;
    }
    int end = EXCERPT_CHARS - 1;
    if (Character.isLowSurrogate(flat.charAt(end))) {
      end--;
    }
    int space = flat.lastIndexOf(' ', end);
    if (space > EXCERPT_CHARS / 2) {
      end = space;
    }
    return flat.substring(0, end).strip() + "\u2026";
  }

  /** Returns the wait after the given number of failed attempts: first, 2 × first, … up to max. */
  Duration backoff(int attempts) {
    Duration wait = firstBackoff;
    for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  /** Returns the message of a notification, or empty if it is no longer to be sent. */
  private Optional<Message> messageOf(Notification n) {
    Optional<Post> post = store.findPost(n.postId());
    if (post.isEmpty()) {
      return Optional.empty();
    }
    @Nullable Subscription subscription =
        n.subscriptionId() == null ? null : store.findSubscription(n.subscriptionId()).orElse(null);
    if (n.subscriptionId() != null && subscription == null) {
      return Optional.empty(); // ended meanwhile
    }
    if (n.kind().equals(NotificationKind.CONFIRM_SUBSCRIPTION)) {
      if (subscription == null || subscription.isActive()) {
        return Optional.empty();
      }
      URI confirm = links.confirm(tokens.confirmationToken(subscription.id(), n.createdAt()));
      URI unsubscribe = links.unsubscribe(tokens.unsubscribeToken(subscription.id()));
      CommentId about = subscription.commentId();
      URI link = about == null ? null : links.comment(post.get(), about);
      return Optional.of(new Message(n, post.get().title(), null, "", link, unsubscribe, confirm));
    }
    if (subscription != null && !subscription.isActive()) {
      return Optional.empty();
    }
    CommentId commentId = n.commentId();
    Comment comment = commentId == null ? null : store.findComment(commentId).orElse(null);
    if (comment != null) {
      ModerationState wanted = n.kind().equals(NotificationKind.HELD)
          ? ModerationState.PENDING : ModerationState.APPROVED;
      if (comment.state() != wanted) {
        return Optional.empty();
      }
    } else if (commentId != null) {
      return Optional.empty();
    }
    URI unsubscribe = subscription == null ? null : links.unsubscribe(tokens.unsubscribeToken(subscription.id()));
    return Optional.of(new Message(n, post.get().title(),
        comment == null ? null : comment.author().displayName(),
        comment == null ? "" : bodyText.visibleText(comment.body()),
        comment == null ? null : links.comment(post.get(), comment.id()),
        unsubscribe, null));
  }

  /**
   * Starts a thread of its own that runs {@link #sendDue()} every {@code interval}, the first
   * time at once.
   *
   * @throws IllegalStateException if it was started already
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public synchronized void start(Duration interval) {
    requireNonNull(interval, "interval must not be null");
    checkArgument(!interval.isNegative() && !interval.isZero(), "interval must be positive but was %s", interval);
    checkState(executor == null, "the sender was started already");
    ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rejoinder-outbox-sender");
      t.setDaemon(true);
      return t;
    });
    started.scheduleWithFixedDelay(this::sendSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    executor = started;
  }

  private void sendSafely() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      LOG.warn("A round of sending failed; the next round tries again", e);
    }
  }

  /** Stops the thread {@link #start} started, after the round under way; harmless if not started. */
  @Override
  public void close() {
    ScheduledExecutorService running;
    synchronized (this) {
      running = executor;
      executor = null;
    }
    if (running != null) {
      running.shutdown();
      try {
        running.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return "OutboxSender[batch " + batchSize + ", max attempts " + maxAttempts + ", backoff "
        + firstBackoff + " to " + maxBackoff + "]";
  }

  /**
   * Builds an {@link OutboxSender}. A setting given twice replaces the earlier value.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    /** The default {@link #batchSize(int)}: {@value}. */
    public static final int DEFAULT_BATCH_SIZE = 100;
    /** The default {@link #maxAttempts(int)}: {@value}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    private final NotificationStore store;
    private final Notifier notifier;
    private @Nullable Links links;
    private @Nullable SubscriptionTokens tokens;
    private BodyText bodyText = BodyText.asTyped();
    private Clock clock = Clock.systemUTC();
    private int batchSize = DEFAULT_BATCH_SIZE;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration firstBackoff = Duration.ofMinutes(1);
    private Duration maxBackoff = Duration.ofHours(6);

    private Builder(NotificationStore store, Notifier notifier) {
      this.store = requireNonNull(store, "store must not be null");
      this.notifier = requireNonNull(notifier, "notifier must not be null");
    }

    /** Sets the links messages carry. Required. */
    public Builder links(Links links) {
      this.links = requireNonNull(links, "links must not be null");
      return this;
    }

    /** Sets what signs the confirmation and unsubscribe tokens; the web layer checks them with the same. Required. */
    public Builder tokens(SubscriptionTokens tokens) {
      this.tokens = requireNonNull(tokens, "tokens must not be null");
      return this;
    }

    /**
     * Sets how a comment's text is shown in messages. Default: {@link BodyText#asTyped()};
     * give {@code rejoinder.bodyText()} for the text readers see (the render module's,
     * sanitized, without markup).
     */
    public Builder bodyText(BodyText bodyText) {
      this.bodyText = requireNonNull(bodyText, "bodyText must not be null");
      return this;
    }

    /** Sets the clock that says what is due. Default: {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Sets how many notifications are read at a time. Default: {@value #DEFAULT_BATCH_SIZE}.
     *
     * @throws IllegalArgumentException if below 1 or above 10,000
     */
    public Builder batchSize(int size) {
      checkArgument(size >= 1 && size <= 10_000, "batchSize must be 1 to 10000 but was %s", size);
      this.batchSize = size;
      return this;
    }

    /**
     * Sets how many attempts a notification gets before it is given up. Default: {@value
     * #DEFAULT_MAX_ATTEMPTS}.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxAttempts(int attempts) {
      checkArgument(attempts >= 1, "maxAttempts must be at least 1 but was %s", attempts);
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Sets the wait after the first failed attempt, doubled after each further one up to {@code
     * max}. Default: 1 minute, up to 6 hours.
     *
     * @throws IllegalArgumentException if {@code first} is not positive or {@code max} is less
     */
    public Builder backoff(Duration first, Duration max) {
      requireNonNull(first, "first must not be null");
      requireNonNull(max, "max must not be null");
      checkArgument(!first.isNegative() && !first.isZero(), "first must be positive but was %s", first);
      checkArgument(max.compareTo(first) >= 0, "max must be at least first (%s) but was %s", first, max);
      this.firstBackoff = first;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Returns the sender.
     *
     * @throws NullPointerException if {@link #links} or {@link #tokens} was not set
     */
    public OutboxSender build() {
      return new OutboxSender(this);
    }
  }
}
