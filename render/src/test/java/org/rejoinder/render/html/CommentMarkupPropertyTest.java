package org.rejoinder.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.Part;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.Voting;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;

/**
 * A renderer that keeps comment markup writes, byte for byte, what a renderer keeping none
 * writes: for random threads (with pingbacks, pins, links and mentions between comments) read by
 * random readers (anonymous, the author of a held comment, a moderator) with or without votes, on
 * open and closed posts, threaded to random depths or flat and paged, while comments are edited,
 * approved, held, trashed, purged, voted on, pinned, read anew from a store or added between
 * renders; each configuration's renderers reused across all renders, some with a budget small
 * enough to evict.
 */
class CommentMarkupPropertyTest {
  private static final List<Author> PEOPLE =
      List.of(Fixtures.ANN, Fixtures.BOB, Fixtures.ADA, Fixtures.PRIYA);
  private static final Clock CLOCK = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);

  /** The configurations compared, each built once with keeping and once without. */
  private static final List<UnaryOperator<HtmlThreadRenderer.Builder>> CONFIGURATIONS = List.of(
      // The built-in parts: each comment's whole markup is kept in pieces.
      builder -> builder,
      // A cacheable part of the application's, an application's wrapper of the comment that
      // runs at every call, and pingbacks hidden.
      builder -> builder.showPings(false)
          .cacheablePart(Part.AUTHOR, (context, next) -> node -> {
            next.render(node);
            if (node.comment().orElseThrow().author() instanceof SiteUser) {
              context.writer().element("span", "✓", "class", "verified");
            }
          })
          .part(Part.COMMENT, (context, next) -> node -> {
            context.writer().raw("<!-- " + context.position(Part.COMMENT, node) + " -->");
            next.render(node);
          }),
      // A part of the application's that is not cacheable: each cacheable part is kept alone.
      builder -> builder.part(Part.META, (context, next) -> node -> {
        next.render(node);
        context.writer().element("small", context.voting().isPresent() ? "votes" : "no votes");
      }));

  static LongStream seeds() {
    return LongStream.range(0, 150).map(i -> 0x5EED0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aRendererKeepingMarkup_writesByteForByteWhatOneKeepingNoneWrites(long seed) {
    Random random = new Random(seed);
    List<HtmlThreadRenderer> keeping = new ArrayList<>();
    List<HtmlThreadRenderer> keepingNone = new ArrayList<>();
    for (UnaryOperator<HtmlThreadRenderer.Builder> configuration : CONFIGURATIONS) {
      // A small budget too, so that entries are evicted between renders.
      keeping.add(configuration.apply(HtmlThreadRenderer.builder().clock(CLOCK))
          .commentCacheChars(random.nextBoolean() ? 1_000_000 : 3_000).build());
      keepingNone.add(configuration.apply(HtmlThreadRenderer.builder().clock(CLOCK))
          .commentCacheChars(0).build());
    }
    Post post = Fixtures.POST;
    List<Comment> comments = generate(random);
    ThreadOptions options = ThreadOptions.defaults();

    for (int step = 0; step < 10; step++) {
      Actor reader = reader(random, comments);
      CommentThread thread = CommentThread.assemble(post, comments, reader, options, Fixtures.T0);
      ThreadView view =
          ThreadView.of(thread.page(1 + random.nextInt(thread.firstPage().pageCount())));
      if (random.nextInt(3) > 0) {
        view = view.withVoting(voting(random, reader, comments));
      }
      List<ThreadNode> nodes = new ArrayList<>();
      collect(thread.firstPage().roots(), nodes);
      for (int i = 0; i < keeping.size(); i++) {
        String expected = keepingNone.get(i).render(view);
        assertThat(keeping.get(i).render(view))
            .as("configuration %s, step %s, reader %s", i, step, reader)
            .isEqualTo(expected);
        // Once more, as the page asked for again: all of it kept, in the order written before.
        assertThat(keeping.get(i).render(view))
            .as("configuration %s, step %s, reader %s, again", i, step, reader)
            .isEqualTo(expected);
        if (!nodes.isEmpty()) {
          ThreadNode node = nodes.get(random.nextInt(nodes.size()));
          assertThat(keeping.get(i).renderComment(node, post))
              .as("configuration %s, step %s, comment %s alone", i, step, node.id())
              .isEqualTo(keepingNone.get(i).renderComment(node, post));
        }
      }

      for (int changes = random.nextInt(4); changes >= 0; changes--) {
        comments = change(random, comments);
      }
      if (random.nextInt(4) == 0) {
        post = post.withCommentStatus(
            post.acceptsCommentsAt(Fixtures.T0) ? CommentStatus.CLOSED : CommentStatus.OPEN);
      }
      if (random.nextInt(4) == 0) {
        options = switch (random.nextInt(3)) {
          case 0 -> ThreadOptions.defaults().withThreaded(false).withPerPage(1 + random.nextInt(5));
          case 1 -> ThreadOptions.defaults().withMaxDepth(2 + random.nextInt(4));
          default -> ThreadOptions.defaults().withPerPage(1 + random.nextInt(8));
        };
      }
    }
  }

  /** Every node of the trees, iteratively. */
  private static void collect(List<ThreadNode> roots, List<ThreadNode> into) {
    List<ThreadNode> pending = new ArrayList<>(roots);
    while (!pending.isEmpty()) {
      ThreadNode node = pending.remove(pending.size() - 1);
      into.add(node);
      pending.addAll(node.children());
    }
  }

  private static List<Comment> generate(Random random) {
    int n = 1 + random.nextInt(30);
    List<Comment> comments = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      comments.add(newComment(random, i));
    }
    return comments;
  }

  private static Comment newComment(Random random, long id) {
    Long parent = id == 1 || random.nextInt(3) == 0 ? null : 1L + random.nextInt((int) id - 1);
    ModerationState state = switch (random.nextInt(10)) {
      case 0 -> ModerationState.PENDING;
      case 1 -> ModerationState.SPAM;
      case 2 -> ModerationState.TRASH;
      default -> ModerationState.APPROVED;
    };
    Comment c = Fixtures.comment(id, parent, PEOPLE.get(random.nextInt(PEOPLE.size())),
        Body.markdown("Comment " + id), state);
    if (parent == null && random.nextInt(8) == 0) {
      c = c.toBuilder().type(random.nextBoolean() ? CommentType.PINGBACK : CommentType.TRACKBACK)
          .build();
    }
    if (parent == null && random.nextInt(8) == 0) {
      c = c.withPinned(true);
    }
    return withText(random, c, id, "Comment " + id);
  }

  /** The comment with a text that may mention an earlier comment's author or link to it. */
  private static Comment withText(Random random, Comment c, long id, String text) {
    if (id == 1 || random.nextInt(3) > 0) {
      return c.toBuilder().body(Body.markdown(text)).mentions(List.of()).build();
    }
    CommentId earlier = CommentId.of(1 + random.nextInt((int) id - 1));
    return random.nextBoolean()
        ? c.toBuilder().body(Body.markdown("@Someone " + text))
            .mentions(List.of(Mention.name(earlier, "@Someone"))).build()
        : c.toBuilder().body(Body.markdown("[Earlier](#comment-" + earlier + ") " + text))
            .mentions(List.of(Mention.link(earlier))).build();
  }

  /**
   * The comments after one random change, some of them rebuilt as a store reading them anew
   * would.
   */
  private static List<Comment> change(Random random, List<Comment> comments) {
    List<Comment> changed = new ArrayList<>();
    for (Comment c : comments) {
      changed.add(random.nextInt(4) == 0 ? c.toBuilder().build() : c);
    }
    if (random.nextInt(8) == 0) {
      changed.add(newComment(random, changed.size() + 1));
      return changed;
    }
    int i = random.nextInt(changed.size());
    Comment c = changed.get(i);
    if (c.state() == ModerationState.PURGED) {
      return changed;
    }
    Comment next = switch (random.nextInt(10)) {
      case 0 -> withText(random, c.withBody(Body.markdown("Edited " + c.version()), Fixtures.T0),
          c.id().value(), "Edited " + c.version());
      case 1 -> c.withState(ModerationState.APPROVED, Fixtures.T0);
      case 2 -> c.withState(ModerationState.PENDING, Fixtures.T0);
      case 3 -> c.withState(random.nextBoolean() ? ModerationState.TRASH : ModerationState.SPAM,
          Fixtures.T0);
      case 4 -> c.withVotes(Votes.of(random.nextInt(5), random.nextInt(5)));
      case 5 -> c.parentId() == null ? c.withPinned(!c.pinned()) : c;
      case 6 -> c.toTombstone(Fixtures.T0);
      // Another text at the same version, as a store that does not count versions would give.
      case 7 -> c.toBuilder().body(Body.markdown("Same version " + random.nextInt(3))).build();
      default -> c.toBuilder().author(PEOPLE.get(random.nextInt(PEOPLE.size())))
          .version(c.version() + 1).build();
    };
    changed.set(i, next);
    return changed;
  }

  /**
   * Anonymous, a moderator, the author of a held comment (who sees it with the notice), or
   * another reader.
   */
  private static Actor reader(Random random, List<Comment> comments) {
    switch (random.nextInt(4)) {
      case 0:
        return Actor.ANONYMOUS;
      case 1:
        return Actor.moderator(Fixtures.ADA);
      case 2:
        List<Comment> held = comments.stream()
            .filter(c -> c.state() == ModerationState.PENDING).toList();
        if (!held.isEmpty()) {
          return Actor.reader(held.get(random.nextInt(held.size())).author());
        }
        return Actor.ANONYMOUS;
      default:
        return Actor.reader(PEOPLE.get(random.nextInt(PEOPLE.size())));
    }
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
