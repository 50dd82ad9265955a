package org.rejoinder.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.Voting;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;

/**
 * A renderer that keeps comment markup writes what a renderer keeping none writes, for 200 seeded
 * random
 * threads read by random readers while comments are edited, approved, trashed, voted on and
 * pinned and the post closes and opens again.
 */
class CommentMarkupRandomTest {
  private static final List<Author> PEOPLE = List.of(Fixtures.ANN, Fixtures.BOB, Fixtures.ADA, Fixtures.PRIYA);
  private static final Clock CLOCK = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);

  static LongStream seeds() {
    return LongStream.range(0, 200).map(i -> i * 0x9E3779B97F4A7C15L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aRendererKeepingMarkup_writesWhatOneKeepingNoneWrites(long seed) {
    Random random = new Random(seed);
    // A small budget too, so that entries are evicted between renders.
    HtmlThreadRenderer keeping = HtmlThreadRenderer.builder().clock(CLOCK)
        .commentCacheChars(random.nextBoolean() ? 1_000_000 : 3_000).build();
    HtmlThreadRenderer keepingNone =
        HtmlThreadRenderer.builder().clock(CLOCK).commentCacheChars(0).build();
    Post post = Fixtures.POST;
    List<Comment> comments = generate(random);
    ThreadOptions options = ThreadOptions.defaults();

    for (int step = 0; step < 8; step++) {
      Actor reader = reader(random);
      CommentThread thread = CommentThread.assemble(post, comments, reader, options, Fixtures.T0);
      ThreadView view = ThreadView.of(thread.page(1 + random.nextInt(thread.firstPage().pageCount())));
      if (random.nextInt(3) > 0) {
        view = view.withVoting(voting(random, reader, comments));
      }
      String expected = keepingNone.render(view);
      assertThat(keeping.render(view)).as("step %s, seed %s", step, seed).isEqualTo(expected);

      List<ThreadNode> nodes = new ArrayList<>();
      thread.firstPage().roots().forEach(nodes::add);
      if (!nodes.isEmpty()) {
        ThreadNode node = nodes.get(random.nextInt(nodes.size()));
        assertThat(keeping.renderComment(node, post)).isEqualTo(keepingNone.renderComment(node, post));
      }

      comments = change(random, comments);
      if (random.nextInt(5) == 0) {
        post = post.withCommentStatus(post.acceptsCommentsAt(Fixtures.T0) ? CommentStatus.CLOSED : CommentStatus.OPEN);
      }
      if (random.nextInt(5) == 0) {
        options = random.nextBoolean()
            ? ThreadOptions.defaults().withThreaded(false).withPerPage(1 + random.nextInt(5))
            : ThreadOptions.defaults().withMaxDepth(2 + random.nextInt(4));
      }
    }
  }

  private static List<Comment> generate(Random random) {
    int n = 1 + random.nextInt(30);
    List<Comment> comments = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      Long parent = i == 1 || random.nextInt(3) == 0 ? null : 1L + random.nextInt(i - 1);
      ModerationState state = switch (random.nextInt(10)) {
        case 0 -> ModerationState.PENDING;
        case 1 -> ModerationState.SPAM;
        case 2 -> ModerationState.TRASH;
        default -> ModerationState.APPROVED;
      };
      Comment c = Fixtures.comment(i, parent, PEOPLE.get(random.nextInt(PEOPLE.size())),
          Body.markdown("Comment " + i), state);
      comments.add(withText(random, c, i, "Comment " + i));
    }
    return comments;
  }

  /** The comment with a text that may mention an earlier comment's author or link to it. */
  private static Comment withText(Random random, Comment c, long id, String text) {
    if (id == 1 || random.nextInt(3) > 0) {
      return c.toBuilder().body(Body.markdown(text)).mentions(List.of()).build();
    }
    CommentId earlier = CommentId.of(1 + random.nextInt((int) id - 1));
    return random.nextBoolean()
        ? c.toBuilder().body(Body.markdown("@Someone " + text)).mentions(List.of(Mention.name(earlier, "@Someone"))).build()
        : c.toBuilder().body(Body.markdown("[Earlier](#comment-" + earlier + ") " + text))
            .mentions(List.of(Mention.link(earlier))).build();
  }

  /** The comments after one random change, some of them rebuilt as a store reading them anew would. */
  private static List<Comment> change(Random random, List<Comment> comments) {
    List<Comment> changed = new ArrayList<>();
    for (Comment c : comments) {
      changed.add(random.nextInt(4) == 0 ? c.toBuilder().build() : c);
    }
    int i = random.nextInt(changed.size());
    Comment c = changed.get(i);
    if (c.state() == ModerationState.PURGED) {
      return changed;
    }
    Comment next = switch (random.nextInt(6)) {
      case 0 -> withText(random, c.withBody(Body.markdown("Edited " + c.version()), Fixtures.T0), c.id().value(),
          "Edited " + c.version());
      case 1 -> c.withState(ModerationState.APPROVED, Fixtures.T0);
      case 2 -> c.withState(random.nextBoolean() ? ModerationState.TRASH : ModerationState.PENDING, Fixtures.T0);
      case 3 -> c.withVotes(Votes.of(random.nextInt(5), random.nextInt(5)));
      case 4 -> c.parentId() == null ? c.withPinned(!c.pinned()) : c;
      default -> c.toBuilder().author(PEOPLE.get(random.nextInt(PEOPLE.size()))).version(c.version() + 1).build();
    };
    changed.set(i, next);
    return changed;
  }

  /** Anonymous, a reader (who may have held comments), the post's author as a moderator. */
  private static Actor reader(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Actor.ANONYMOUS;
      case 1 -> Actor.moderator(Fixtures.ADA);
      default -> Actor.reader(PEOPLE.get(random.nextInt(PEOPLE.size())));
    };
  }

  private static Voting voting(Random random, Actor reader, List<Comment> comments) {
    if (reader.key() == null || random.nextBoolean()) {
      return Voting.scoresOnly();
    }
    Map<CommentId, VoteDirection> votes = new HashMap<>();
    for (Comment c : comments) {
      if (random.nextInt(3) == 0) {
        votes.put(c.id(), random.nextBoolean() ? VoteDirection.UP : VoteDirection.DOWN);
      }
    }
    return Voting.forReader(reader, votes).withCsrfToken("_csrf", "token-" + random.nextInt(1000));
  }
}
