package org.rejoinder.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.rejoinder.examples.DemoServer;
import org.rejoinder.examples.SampleDiscussion;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationListStore;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.moderation.Verdict;
import org.rejoinder.store.CommentQuery;

/**
 * The demo server as tests start it: on a free port, with a database of its own in a fresh
 * directory. Every test client comes from 127.0.0.1, so flood control goes by author alone (the
 * standard rule also goes by IP address, which would make every reader of a test one person).
 */
final class TestServer {
  private TestServer() {}

  /** Starts a demo server whose flood control waits {@code flood} between one author's comments. */
  static DemoServer start(Duration flood) {
    try {
      Path directory = Files.createTempDirectory("rejoinder-demo-test");
      Function<ModerationListStore, ModerationPolicy> policy = lists -> ModerationPolicy.builder()
          .bans(BanList.fromStore(lists))
          .moderationKeywords(KeywordList.fromStore(lists, KeywordList.Kind.MODERATION))
          .disallowedKeywords("keep an eye on your blog")
          .disallowedDecision(Decision.SPAM)
          .floodInterval(Duration.ZERO)
          .rule(submission -> {
            CommentQuery recent = CommentQuery.all().withAuthorKey(submission.author().key())
                .withCreatedFrom(submission.at().minus(flood).plusMillis(1));
            return !submission.isEdit() && submission.history().count(recent) > 0
                ? Verdict.of(Decision.REJECT, Reasons.FLOOD, "You are posting comments too quickly. Slow down.")
                : Verdict.APPROVED;
          })
          .build();
      return DemoServer.start(new DemoServer.Settings(0, directory.resolve("db"), policy, 32));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of the sample post's page. */
  static String postPath() {
    return "posts/" + SampleDiscussion.POST_ID.value();
  }
}
