package org.rejoinder.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.RejoinderException;
import org.rejoinder.error.StorageException;
import org.rejoinder.model.Body;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Verdict;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;

/** What {@code rejoinder.submissions} counts: comments stored, and rejections. */
class RejoinderMetricsTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final RejoinderMetrics metrics = new RejoinderMetrics(registry);
  private static final PostId POST = PostId.of("hello");

  private static NewComment comment(String text) {
    return NewComment.on(POST, Guest.of("Ann", "ann@example.com"), Body.plain(text));
  }

  private double counted(String verdict) {
    var counter = registry.find("rejoinder.submissions").tag("verdict", verdict).counter();
    return counter == null ? 0 : counter.count();
  }

  /** A store that fails every new comment's write, as a lost database connection would. */
  private static CommentStore failingWrites(CommentStore store) {
    return (CommentStore) Proxy.newProxyInstance(CommentStore.class.getClassLoader(),
        new Class<?>[] {CommentStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("insertComment")) {
            throw new StorageException("the database is unreachable");
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void aCommentWhoseWriteFails_isNotCounted_andAStoredOneIsCountedByItsState() {
    InMemoryCommentStore memory = new InMemoryCommentStore();
    Rejoinder stored = Rejoinder.builder().store(memory)
        .moderation(metrics.meter(ModerationPolicy.approveAll())).listener(metrics).build();
    stored.createPost(Post.of(POST, "Hello", SiteUser.of("1", "Ada"), Instant.now()));
    Rejoinder failing = Rejoinder.builder().store(failingWrites(memory))
        .moderation(metrics.meter(ModerationPolicy.approveAll())).listener(metrics).build();

    assertThatThrownBy(() -> failing.submit(comment("Lost on the way."))).isInstanceOf(StorageException.class);
    assertThat(counted("approve")).isZero();

    stored.submit(comment("Kept."));
    assertThat(counted("approve")).isEqualTo(1);
  }

  @Test
  void aRejectedComment_isCountedAsRejected_thoughNothingIsStored() {
    ModerationPolicy rejectAll = submission -> Verdict.of(Decision.REJECT, "closed-for-tests", "No.");
    Rejoinder rejoinder = Rejoinder.builder().moderation(metrics.meter(rejectAll)).listener(metrics).build();
    rejoinder.createPost(Post.of(POST, "Hello", SiteUser.of("1", "Ada"), Instant.now()));

    assertThatThrownBy(() -> rejoinder.submit(comment("Turned away."))).isInstanceOf(RejoinderException.class);

    assertThat(counted("reject")).isEqualTo(1);
    assertThat(counted("approve")).isZero();
  }
}
