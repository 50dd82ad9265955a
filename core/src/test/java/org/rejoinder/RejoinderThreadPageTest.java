package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/** Paged reads go to the store's page query when the layout allows, and fail like whole reads. */
class RejoinderThreadPageTest {
  private static final PostId POST = PostId.of("paged");

  private final List<String> storeCalls = new ArrayList<>();
  private Rejoinder rejoinder;

  @BeforeEach
  void setUp() {
    CommentStore inner = new InMemoryCommentStore();
    CommentStore recording =
        (CommentStore)
            Proxy.newProxyInstance(
                CommentStore.class.getClassLoader(),
                new Class<?>[] {CommentStore.class},
                (proxy, method, args) -> {
                  storeCalls.add(method.getName());
                  try {
                    return method.invoke(inner, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    rejoinder =
        Rejoinder.builder().store(recording).moderation(ModerationPolicy.approveAll()).build();
    rejoinder.createPost(Post.of(POST, "Paged", POST_AUTHOR, Instant.parse("2024-01-01T00:00:00Z")));
    for (int i = 0; i < 5; i++) {
      Comment top = rejoinder.submit(NewComment.on(POST, guest("G" + i), Body.plain("top " + i)));
      rejoinder.submit(NewComment.replyTo(POST, top.id(), POST_AUTHOR, Body.plain("reply " + i)));
    }
    storeCalls.clear();
  }

  @Test
  void threadedLayout_readsOnlyThePageFromTheStore() {
    ThreadPage page = rejoinder.threadPage(POST, Actor.ANONYMOUS, ThreadOptions.DEFAULTS.withPerPage(2), 3);

    assertThat(storeCalls).containsExactly("findPost", "threadPage");
    assertThat(page.roots()).hasSize(1);
    assertThat(page.roots().get(0).number()).hasValue(9);
    assertThat(page.thread().responseCount()).isEqualTo(10);
  }

  @Test
  void flatLayout_readsTheWholeThread() {
    ThreadPage page = rejoinder.threadPage(
        POST, Actor.ANONYMOUS, ThreadOptions.DEFAULTS.withThreaded(false).withPerPage(4), 3);

    assertThat(storeCalls).containsExactly("findPost", "commentsOf");
    assertThat(page.roots()).extracting(n -> n.number().getAsInt()).containsExactly(9, 10);
  }

  @Test
  void defaultLayout_isTheConfiguredOne() {
    ThreadPage page = rejoinder.threadPage(POST, Actor.ANONYMOUS, 1);

    assertThat(page.roots()).hasSize(5);
    assertThat(page.pageCount()).isEqualTo(1);
  }

  @Test
  void missingPostsAndPages_failAsInAWholeRead() {
    assertThatThrownBy(() -> rejoinder.threadPage(PostId.of("missing"), Actor.ANONYMOUS, 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> rejoinder.threadPage(POST, Actor.ANONYMOUS, 0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> rejoinder.threadPage(POST, Actor.ANONYMOUS, 2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("between 1 and 1");
  }
}
