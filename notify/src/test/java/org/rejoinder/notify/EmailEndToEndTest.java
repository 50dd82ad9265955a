package org.rejoinder.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.subscription.Subscription.Delivery;
import org.rejoinder.subscription.Subscription.Scope;
import org.rejoinder.subscription.SubscriptionTokens;
import org.rejoinder.testing.MutableClock;
import org.sqlite.SQLiteDataSource;

/** Email through a real SMTP server (GreenMail): what a subscribed guest receives, and only that. */
class EmailEndToEndTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final PostId POST = PostId.of("hello");
  private static final Guest ANN = Guest.of("Ann", "ann@example.com");
  private static final Guest BOB = Guest.of("Bob", "bob@example.org");
  private static final SubscriptionTokens TOKENS = SubscriptionTokens.withSecret(new byte[32]);
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_.%-]+)");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");

  private Rejoinder rejoinder(CommentStore store) {
    return Rejoinder.builder().store(store).clock(clock).outbox(true).build();
  }

  private OutboxSender sender(CommentStore store) {
    SmtpNotifier mail = SmtpNotifier.builder("127.0.0.1", MAIL.getSmtp().getPort(), "blog@example.net")
        .timeout(Duration.ofSeconds(5)).build();
    return OutboxSender.builder(store, mail).clock(clock)
        .links(Links.under(URI.create("https://blog.example.net/"))).tokens(TOKENS).build();
  }

  private static String tokenIn(String text) {
    Matcher m = TOKEN.matcher(text);
    assertThat(m.find()).as("a link with a token in " + text).isTrue();
    return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
  }

  private Comment say(Rejoinder rejoinder, NewComment comment, Guest who, Set<Scope> subscribe) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(comment, Actor.reader(who), subscribe);
  }

  @Test
  void aReplyToASubscribedGuestsComment_arrivesOnce_withAWorkingOneClickUnsubscribeLink() throws Exception {
    CommentStore store = new InMemoryCommentStore();
    Rejoinder rejoinder = rejoinder(store);
    OutboxSender sender = sender(store);
    rejoinder.createPost(Post.of(POST, "Hello <world>", SiteUser.of("1", "Ed"), clock.instant()));

    Comment ann = say(rejoinder, NewComment.on(POST, ANN, Body.plain("First!")), ANN, Set.of(Scope.REPLIES));
    assertThat(sender.sendDue()).isEqualTo(1);
    MimeMessage confirmation = MAIL.getReceivedMessages()[0];
    assertThat(confirmation.getSubject()).isEqualTo("Confirm your subscription to \u201cHello <world>\u201d");
    String confirmToken = tokenIn(GreenMailUtil.getBody(confirmation).replace("=\r\n", "").replace("=3D", "="));
    rejoinder.confirmSubscription(TOKENS.confirmed(confirmToken, clock.instant()));

    say(rejoinder, NewComment.replyTo(POST, ann.id(), BOB, Body.plain("Welcome, Ann. Mail me: bob@example.org")), BOB, Set.of());
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    MimeMessage[] received = MAIL.getReceivedMessagesForDomain("example.com");
    assertThat(received).hasSize(2);
    MimeMessage reply = received[1];
    assertThat(reply.getAllRecipients()).extracting(Object::toString).containsExactly("ann@example.com");
    assertThat(reply.getSubject()).isEqualTo("New reply to your comment on \u201cHello <world>\u201d");
    String unsubscribe = reply.getHeader("List-Unsubscribe", null);
    assertThat(unsubscribe).startsWith("<https://blog.example.net/subscriptions/unsubscribe?token=");
    assertThat(reply.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    String raw = GreenMailUtil.getWholeMessage(reply);
    assertThat(raw).contains("Bob replied").contains("#comment-" + (ann.id().value() + 1));
    assertThat(raw).doesNotContain("bob@example.org>").doesNotContain("192.0.2");

    rejoinder.unsubscribe(TOKENS.unsubscribed(tokenIn(unsubscribe)));
    say(rejoinder, NewComment.replyTo(POST, ann.id(), BOB, Body.plain("Still there?")), BOB, Set.of());
    assertThat(sender.sendDue()).isZero();
    assertThat(MAIL.getReceivedMessages()).hasSize(2);
  }

  @Test
  void aCrashBetweenTheCommitAndTheSending_stillDeliversExactlyOnce(@TempDir Path dir) throws Exception {
    SQLiteDataSource data = new SQLiteDataSource();
    data.setUrl("jdbc:sqlite:" + dir.resolve("comments.db")
        + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=30000");
    JdbcCommentStore before = JdbcCommentStore.builder(data).build();
    before.migrate();
    Rejoinder running = rejoinder(before);
    running.createPost(Post.of(POST, "Hello", SiteUser.of("1", "Ed"), clock.instant()));
    SiteUser dee = SiteUser.of("7", "Dee").withEmail("dee@example.com");
    Comment c = sayAs(running, NewComment.on(POST, dee, Body.plain("Hi")), dee, Set.of(Scope.REPLIES));
    say(running, NewComment.replyTo(POST, c.id(), BOB, Body.plain("Hello Dee")), BOB, Set.of());
    // The process dies here: the reply is committed, nothing was sent.

    assertThat(Files.exists(dir.resolve("comments.db"))).isTrue();
    JdbcCommentStore after = JdbcCommentStore.builder(data).build();
    OutboxSender restarted = sender(after);
    assertThat(restarted.sendDue()).isEqualTo(1);
    assertThat(restarted.sendDue()).isZero();
    assertThat(sender(JdbcCommentStore.builder(data).build()).sendDue()).isZero();
    assertThat(MAIL.getReceivedMessages()).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("New reply to your comment on \u201cHello\u201d"));
  }

  private Comment sayAs(Rejoinder rejoinder, NewComment comment, SiteUser who, Set<Scope> subscribe) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(comment, Actor.reader(who), subscribe);
  }

  @Test
  void aGuestNamedInAComment_hearsOfItOnceApproved_andOnceOnly_asTheReplyWhenItAlsoIsOne() throws Exception {
    CommentStore store = new InMemoryCommentStore();
    Rejoinder rejoinder = rejoinder(store);
    OutboxSender sender = sender(store);
    rejoinder.createPost(Post.of(POST, "Hello", SiteUser.of("1", "Ed"), clock.instant()));
    Comment ann = say(rejoinder, NewComment.on(POST, ANN, Body.plain("First!")), ANN, Set.of(Scope.REPLIES));
    sender.sendDue();
    String confirmToken = tokenIn(GreenMailUtil.getBody(MAIL.getReceivedMessages()[0])
        .replace("=\r\n", "").replace("=3D", "="));
    rejoinder.confirmSubscription(TOKENS.confirmed(confirmToken, clock.instant()));

    Comment bob = say(rejoinder, NewComment.on(POST, BOB, Body.plain("@Ann is right. Mail me: bob@example.org")), BOB, Set.of());
    assertThat(sender.sendDue()).isEqualTo(1);
    MimeMessage mentioned = MAIL.getReceivedMessages()[1];
    assertThat(mentioned.getAllRecipients()).extracting(Object::toString).containsExactly("ann@example.com");
    assertThat(mentioned.getSubject()).isEqualTo("Bob mentioned you on \u201cHello\u201d");
    assertThat(mentioned.getHeader("List-Unsubscribe", null)).isNull();
    String raw = GreenMailUtil.getWholeMessage(mentioned);
    assertThat(raw).contains("Bob mentioned you in a comment").contains("#comment-" + bob.id().value());
    assertThat(raw).doesNotContain("bob@example.org>");

    say(rejoinder, NewComment.replyTo(POST, ann.id(), BOB, Body.plain("@Ann, and another thing")), BOB, Set.of());
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(MAIL.getReceivedMessages()).hasSize(3);
    assertThat(MAIL.getReceivedMessages()[2].getSubject()).isEqualTo("New reply to your comment on \u201cHello\u201d");
  }

  @Test
  void twoRepliesWithinTheHour_toAnHourlySubscriber_arriveAsOneMailAfterTheHour_noneBefore() throws Exception {
    CommentStore store = new InMemoryCommentStore();
    Rejoinder rejoinder = rejoinder(store);
    OutboxSender sender = sender(store);
    rejoinder.createPost(Post.of(POST, "Hello <world>", SiteUser.of("1", "Ed"), clock.instant()));
    SiteUser dee = SiteUser.of("7", "Dee").withEmail("dee@example.com");
    clock.advance(Duration.ofMinutes(1));
    Comment c = rejoinder.submit(NewComment.on(POST, dee, Body.plain("Hi")), Actor.reader(dee),
        Set.of(Scope.REPLIES), Delivery.HOURLY);

    Comment first = say(rejoinder, NewComment.replyTo(POST, c.id(), BOB, Body.plain("Hello <b>Dee</b>")), BOB, Set.of());
    Comment second = say(rejoinder, NewComment.replyTo(POST, c.id(), BOB, Body.plain("Are you there?")), BOB, Set.of());
    clock.set(java.time.Instant.parse("2024-05-01T12:59:59Z"));
    assertThat(sender.sendDue()).isZero();
    assertThat(MAIL.getReceivedMessages()).isEmpty();

    clock.set(java.time.Instant.parse("2024-05-01T13:00:00Z"));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    MimeMessage digest = MAIL.getReceivedMessages()[0];
    assertThat(MAIL.getReceivedMessages()).hasSize(1);
    assertThat(digest.getAllRecipients()).extracting(Object::toString).containsExactly("dee@example.com");
    assertThat(digest.getSubject()).isEqualTo("2 new comments on \u201cHello <world>\u201d");
    assertThat(digest.getHeader("List-Unsubscribe", null))
        .startsWith("<https://blog.example.net/subscriptions/unsubscribe?token=");
    assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    String raw = GreenMailUtil.getWholeMessage(digest).replace("=\r\n", "").replace("=3D", "=");
    assertThat(raw).contains("#comment-" + first.id().value()).contains("#comment-" + second.id().value())
        .contains("Are you there?").contains("Hello &lt;b&gt;Dee&lt;/b&gt;")
        .doesNotContain("bob@example.org");
  }
}
