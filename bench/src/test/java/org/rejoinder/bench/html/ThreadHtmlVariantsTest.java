package org.rejoinder.bench.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.bench.html.ThreadHtmlVariants.Variant;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.SiteUser;

class ThreadHtmlVariantsTest {
  // Escaped alike by every engine. (JTE writes a quote in an attribute as &#34; and leaves '>'
  // as it is, where Rejoinder and Thymeleaf write &quot; and &gt;: equally valid, not the same
  // bytes, so the generated names have neither.)
  private static final Guest ANN =
      Guest.of("Ann O'Hara & <Co", "ann@example.com", "https://ann.example.com/?a=1&b=2");
  private static final SiteUser BEA = SiteUser.of("7", "Bea");
  private static final Author EDITOR = SyntheticDiscussion.POST.author();

  private static ThreadHtmlVariants variants;
  private static Map<Variant, String> html;

  /**
   * Every shape a page can show: a deleted comment kept for its replies, the reader's own held
   * comment, a chain deeper than the maximum depth (a deleted comment at that depth with a reply), the post's author, a site user, a guest with
   * a website and characters to escape in their name, bodies with links and quotes.
   */
  @BeforeAll
  static void renderEveryVariant() {
    List<Comment> comments = new ArrayList<>();
    add(comments, null, ANN, "Is *threading* worth it? See https://example.com/a", ModerationState.APPROVED);
    add(comments, 1L, EDITOR, "> Is threading worth it?\n\nYes, [mostly](https://example.com/b).", ModerationState.APPROVED);
    add(comments, null, BEA, "Spam that got replies", ModerationState.SPAM);
    add(comments, 3L, ANN, "A reply under a deleted comment.", ModerationState.APPROVED);
    add(comments, null, ANN, "Held, shown to Ann only.", ModerationState.PENDING);
    long parent = 1;
    long depth4 = 0;
    for (int i = 0; i < 7; i++) {
      parent = add(comments, parent, i % 2 == 0 ? BEA : ANN, "Deeper " + i, ModerationState.APPROVED);
      depth4 = i == 2 ? parent : depth4;
    }
    long deletedAtTheCap = add(comments, depth4, BEA, "Spam at the maximum depth", ModerationState.SPAM);
    add(comments, deletedAtTheCap, ANN, "Below a deleted comment, past the cap.", ModerationState.APPROVED);
    comments.addAll(renumber(SyntheticDiscussion.generate(30, SyntheticDiscussion.Shape.RANDOM, 30, 7), comments.size()));
    variants = new ThreadHtmlVariants(comments, Actor.reader(ANN));
    html = variants.renderAll();
  }

  @Test
  void everyVariantWritesTheBytesRejoinderWrites() {
    variants.checkIdentical(); // on a difference, says where
    String rejoinder = html.get(Variant.REJOINDER_CACHE_OFF);
    assertThat(html).hasSize(Variant.values().length);
    html.forEach((variant, out) -> assertThat(out.equals(rejoinder)).as(variant.name()).isTrue());
  }

  @Test
  void theComparedHtmlShowsEveryShapeOfComment() {
    String out = html.get(Variant.REJOINDER_CACHE_OFF);
    assertThat(out.split("<li ", -1)).hasSize(variants.size() + 1);
    assertThat(out)
        .contains("This comment was deleted.")
        .contains("Your comment is awaiting moderation.")
        .contains("bypostauthor", "byuser", "depth-5", "thread-odd thread-alt", "odd alt")
        .contains("Ann O&#39;Hara &amp; &lt;Co")
        .contains("<blockquote>", "rel=\"nofollow ugc\"")
        .contains("src=\"https://www.gravatar.com/avatar/");
  }

  private static long add(List<Comment> comments, @Nullable Long parent, Author author, String text,
      ModerationState state) {
    long id = comments.size() + 1L;
    comments.add(Comment.create(CommentId.of(id), SyntheticDiscussion.POST.id(),
        parent == null ? null : CommentId.of(parent), author, Body.markdown(text),
        Instant.parse("2024-03-01T10:00:00Z").plusSeconds(id * 61), state, ClientInfo.NONE));
    return id;
  }

  /** Moves generated comments after the hand-made ones, ids and parents shifted. */
  private static List<Comment> renumber(List<Comment> generated, int offset) {
    List<Comment> shifted = new ArrayList<>();
    for (Comment c : generated) {
      shifted.add(Comment.create(CommentId.of(c.id().value() + offset), c.postId(),
          c.parentId() == null ? null : CommentId.of(c.parentId().value() + offset), c.author(),
          c.body(), c.createdAt().plusSeconds(86_400), c.state(), c.client()));
    }
    return shifted;
  }
}
