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
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.InMemoryCommentStore;
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
  void readme_showsTheNotifySnippetThatRuns() {
    Docs.assertShows(Path.of("README.md"), "## Wiring", ReadmeNotifyTest.class, "notify");
  }
}
