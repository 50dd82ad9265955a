package org.rejoinder.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartPosition;
import org.rejoinder.render.ThreadView;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

/** Parts as an application extends them: decorated, replaced, added, and rendered alone. */
class HtmlPartsTest {
  private static final Part<ThreadNode> BADGE = Part.of("BADGE", ThreadNode.class);

  private final CommentThread thread = Fixtures.thread(List.of(
      Fixtures.comment(1, null, Fixtures.ANN, "question"),
      Fixtures.comment(2, 1L, Fixtures.ADA, "answer"),
      Fixtures.comment(3, 2L, Fixtures.BOB, "reply to the answer"),
      Fixtures.comment(4, null, Fixtures.BOB, "another"),
      Fixtures.comment(5, null, Fixtures.ANN, "a third")));
  private final String builtIn = HtmlThreadRenderer.builder().build().render(ThreadView.of(thread));

  @Test
  void aDecoratorReceivesTheBuiltInRenderer_andWrapsIt() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(Part.AUTHOR, (context, next) -> node -> {
          context.writer().start("div", "class", "who");
          next.render(node);
          context.writer().end("div");
        })
        .build();

    Document html = Jsoup.parseBodyFragment(renderer.render(ThreadView.of(thread)));

    assertThat(html.select("div.who > div.comment-author b.fn").eachText())
        .containsExactly("Ann", "Ada", "Bob", "Bob", "Ann");
  }

  @Test
  void aDecoratorOfTheComment_keepsWordPressClasses_byteForByte() {
    AtomicInteger comments = new AtomicInteger();
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(Part.COMMENT, (context, next) -> node -> {
          comments.incrementAndGet();
          next.render(node);
        })
        .build();

    assertThat(renderer.render(ThreadView.of(thread))).isEqualTo(builtIn);
    assertThat(comments).hasValue(5);
  }

  @Test
  void aCommentRenderedTheApplicationsWay_stillGetsWordPressClasses() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(Part.COMMENT, (context, next) -> node -> {
          context.writer().start("li", "id", "c" + node.id(),
              "class", String.join(" ", context.commentClasses(node)));
          context.render(Part.BODY, node);
          context.renderReplies(node);
          context.writer().end("li");
        })
        .build();

    Document ours = Jsoup.parseBodyFragment(renderer.render(ThreadView.of(thread)));
    Document theirs = Jsoup.parseBodyFragment(builtIn);

    for (long id = 1; id <= 5; id++) {
      assertThat(ours.selectFirst("#c" + id).className()).as("comment %s", id)
          .isEqualTo(theirs.selectFirst("#comment-" + id).className());
    }
    assertThat(ours.selectFirst("#c4").classNames()).contains("odd", "thread-odd", "depth-1");
  }

  @Test
  void anApplicationsPart_isRenderedFromAnOverride_throughTheContext() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(BADGE, (context, next) -> node -> context.writer()
            .element("span", node.id() + " votes", "class", "votes"))
        .part(Part.META, (context, next) -> node -> {
          next.render(node);
          context.render(BADGE, node);
        })
        .build();

    Document html = Jsoup.parseBodyFragment(renderer.render(ThreadView.of(thread)));

    assertThat(html.select(".comment-meta > span.votes").eachText())
        .containsExactly("1 votes", "2 votes", "3 votes", "4 votes", "5 votes");
    assertThat(html.select(".comment-metadata time")).hasSize(5);
  }

  @Test
  void anApplicationsPartGivenTwice_chains_andItsFirstRendererWrapsNothing() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(BADGE, (context, next) -> node -> {
          next.render(node);
          context.writer().text("[inner]");
        })
        .part(BADGE, (context, next) -> node -> {
          context.writer().text("[outer ");
          next.render(node);
          context.writer().text("]");
        })
        .part(Part.HEADER, (context, next) -> page -> context.render(BADGE, page.roots().get(0)))
        .build();

    assertThat(renderer.render(ThreadView.of(thread))).contains("[outer [inner]]");
  }

  @Test
  void anApplicationsPartWithoutARenderer_orAnInputOfAnotherType_isAProgrammingError() {
    HtmlThreadRenderer unregistered = HtmlThreadRenderer.builder()
        .part(Part.HEADER, (context, next) -> page -> context.render(BADGE, page.roots().get(0)))
        .build();
    @SuppressWarnings({"unchecked", "rawtypes"})
    HtmlThreadRenderer mistyped = HtmlThreadRenderer.builder()
        .part(Part.HEADER, (context, next) -> page -> context.render((Part) Part.BODY, page))
        .build();

    assertThatThrownBy(() -> unregistered.render(ThreadView.of(thread)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no part BADGE");
    assertThatThrownBy(() -> mistyped.render(ThreadView.of(thread)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BODY");
  }

  @Test
  void aBuiltInBuildingBlock_rendersAnApplicationsPart() {
    Part<ThreadNode> repliedTo = Part.of("REPLIED_TO", ThreadNode.class);
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(repliedTo, (context, next) -> HtmlCommentParts.author(context))
        .part(Part.BODY, (context, next) -> node -> {
          next.render(node);
          node.parentId().flatMap(thread::node)
              .ifPresent(parent -> context.render(repliedTo, parent));
        })
        .build();

    Document html = Jsoup.parseBodyFragment(renderer.render(ThreadView.of(thread)));

    assertThat(html.select(".comment-content + .comment-author .fn").eachText())
        .containsExactly("Ann", "Ada");
  }

  @Test
  void aFactoryIsCalledOncePerCall_whenItsPartFirstRenders() {
    AtomicInteger created = new AtomicInteger();
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(Part.BODY, (context, next) -> {
          created.incrementAndGet();
          return next;
        })
        .part(BADGE, (context, next) -> {
          created.addAndGet(100);
          return next;
        })
        .build();

    renderer.render(ThreadView.of(thread));
    renderer.render(ThreadView.of(thread));

    assertThat(created).hasValue(2);
  }

  @Test
  void position_countsTheRendersOfAPart_overTheCallAndPerNesting() {
    List<PartPosition> positions = new ArrayList<>();
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(Part.BODY, (context, next) -> node -> {
          positions.add(context.position(Part.COMMENT, node));
          next.render(node);
        })
        .build();

    renderer.render(ThreadView.of(thread));

    assertThat(positions).containsExactly(
        new PartPosition(0, 0, 0), new PartPosition(1, 1, 0), new PartPosition(2, 2, 0),
        new PartPosition(3, 0, 1), new PartPosition(4, 0, 2));
  }

  @Test
  void aCommentRenderedAlone_isItsListItemAsInTheThread() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder().build();
    ThreadNode first = thread.node(CommentId.of(1)).orElseThrow();

    String alone = renderer.renderComment(first, Fixtures.POST);

    assertThat(builtIn).contains(alone);
    assertThat(alone)
        .startsWith("<li id=\"comment-1\" class=\"comment even thread-even depth-1 parent\">")
        .endsWith("</li>\n");
  }

  @Test
  void aReplyRenderedAlone_keepsItsDepth_andHasNoSiblings() {
    ThreadNode reply = thread.node(CommentId.of(3)).orElseThrow();

    Document html = Jsoup.parseBodyFragment(
        HtmlThreadRenderer.builder().build().renderComment(reply, Fixtures.POST));

    Element li = html.selectFirst("li");
    assertThat(li.id()).isEqualTo("comment-3");
    assertThat(li.classNames()).contains("depth-3", "even")
        .doesNotContain("thread-even", "thread-odd");
    assertThat(html.select("li")).hasSize(1);
    assertThat(html.select(".comment-content").text()).isEqualTo("reply to the answer");
  }

  @Test
  void aCommentRenderedWithAnotherPost_isRefused() {
    Post other = Post.of(PostId.of("other"), "Other", Fixtures.ADA, Fixtures.T0);
    ThreadNode first = thread.node(CommentId.of(1)).orElseThrow();

    assertThatThrownBy(() -> HtmlThreadRenderer.builder().build().renderComment(first, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
  }
}
