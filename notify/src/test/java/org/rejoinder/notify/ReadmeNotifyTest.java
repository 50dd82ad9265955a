package org.rejoinder.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionTokens;
import org.rejoinder.testing.Docs;

/** The README's snippet wiring the outbox and email, run as written against GreenMail. */
class ReadmeNotifyTest {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void notifySnippet_runsAsWritten() throws Exception {
    byte[] secret = new byte[32];
    int smtpPort = MAIL.getSmtp().getPort();
    String printed = Docs.printedBy(() -> {
      // README notify begins
      InMemoryCommentStore store = new InMemoryCommentStore();  // or a JdbcCommentStore
      Rejoinder rejoinder = Rejoinder.builder().store(store)
          .outbox(true)                                     // write notifications with comments
          .build();
      SubscriptionTokens tokens = SubscriptionTokens.withSecret(secret);  // 32+ random bytes
      OutboxSender sender = OutboxSender.builder(store,
              SmtpNotifier.builder("localhost", smtpPort, "blog@example.com").build())
          .links(Links.under(URI.create("https://blog.example.com/")))
          .tokens(tokens)
          .bodyText(rejoinder.bodyText())                   // the text readers see
          .build();

      Post post = rejoinder.createPost(
          Post.of(PostId.of("mail"), "Mail", SiteUser.of("1", "Ada"), Instant.now()));
      Guest ann = Guest.of("Ann", "ann@example.com");
      Comment first = rejoinder.submit(NewComment.on(post.id(), ann, Body.plain("Tell me.")),
          Actor.reader(ann), Set.of(Subscription.Scope.REPLIES));  // "Notify me of replies"
      // Ann confirms with the link she was sent: the web layer does
      // rejoinder.confirmSubscription(tokens.confirmed(token, Instant.now()));
      sender.sendDue();  // one round; sender.start(Duration.ofSeconds(30)) runs them in a thread
      // README notify ends
      System.out.println(first.state());
    });
    assertThat(printed.lines()).containsExactly("APPROVED");
    assertThat(MAIL.getReceivedMessages()).hasSize(1);
    assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("Confirm your subscription");
  }

  @Test
  void digestSnippet_runsAsWritten() {
    InMemoryCommentStore store = new InMemoryCommentStore();
    Rejoinder rejoinder = Rejoinder.builder().store(store).outbox(true).build();
    Post post = rejoinder.createPost(
        Post.of(PostId.of("digest"), "Digest", SiteUser.of("1", "Ada"), Instant.now()));
    // README digest begins
    Subscription daily = rejoinder.subscribe(post.id(), "eve@example.com", Subscription.Delivery.DAILY);
    // with a comment: rejoinder.submit(comment, actor, scopes, Subscription.Delivery.HOURLY)
    rejoinder.changeDelivery(daily.id(), Subscription.Delivery.HOURLY);  // a later change of mind
    // README digest ends
    assertThat(rejoinder.subscription(daily.id()).delivery()).isEqualTo(Subscription.Delivery.HOURLY);
  }

  @Test
  void templatesSnippet_rewordsMentionsAndDigests_andKeepsTheRest() throws Exception {
    int smtpPort = MAIL.getSmtp().getPort();
    // README templates begins
    MailTemplates standard = MailTemplates.standard();
    MailTemplates ours = new MailTemplates() {
      @Override public String subject(Message m) {
        if (m.kind().equals(NotificationKind.MENTIONED)) {
          return m.authorName() + " wrote to you on \u201c" + m.postTitle() + "\u201d";
        }
        if (m.kind().equals(NotificationKind.DIGEST)) {
          return "Today on \u201c" + m.postTitle() + "\u201d: " + m.items().size() + " comments";
        }
        return standard.subject(m);
      }
      @Override public String text(Message m) { return standard.text(m); }
      @Override public String html(Message m) { return standard.html(m); }
    };
    SmtpNotifier mail = SmtpNotifier.builder("localhost", smtpPort, "blog@example.com")
        .templates(ours).build();
    // README templates ends
    Notification n = Notification.of(NotificationKind.MENTIONED, "comment-1", "ann@example.com", null,
        PostId.of("p"), CommentId.of(1), Instant.parse("2024-05-01T12:00:00Z"));
    mail.send(new Message(n, "Hello", "Bob", "@Ann yes", URI.create("https://example.com/p#comment-1"), null, null));
    Notification reply = Notification.of(NotificationKind.REPLY, "comment-1", "ann@example.com", null,
        PostId.of("p"), CommentId.of(1), Instant.parse("2024-05-01T12:00:00Z"));
    mail.send(new Message(reply, "Hello", "Bob", "yes", URI.create("https://example.com/p#comment-1"), null, null));
    assertThat(MAIL.getReceivedMessages()).extracting(m -> m.getSubject())
        .containsExactly("Bob wrote to you on \u201cHello\u201d", "New reply to your comment on \u201cHello\u201d");
  }

  @Test
  void readme_showsTheDigestAndTemplatesSnippetsThatRun() {
    Docs.assertShows(Path.of("README.md"), "## Digests", ReadmeNotifyTest.class, "digest");
    Docs.assertShows(Path.of("README.md"), "## Email", ReadmeNotifyTest.class, "templates");
  }

  @Test
  void readme_showsTheNotifySnippetThatRuns() {
    Docs.assertShows(Path.of("README.md"), "## Wiring", ReadmeNotifyTest.class, "notify");
  }
}
