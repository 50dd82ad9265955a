package org.rejoinder.render.spec;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.SiteUser;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadRenderer;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadOptions;

/**
 * The small language spec examples describe threads in. One line per comment:
 *
 * <pre>
 * ID [&gt;PARENT] NAME [pending|spam|trash] [plain|html|markdown]: TEXT
 * </pre>
 *
 * <p>where {@code \n} in TEXT is a line break and NAME is one of the cast: Ada (the post's
 * author, a site user with a website), Tom (a site user), Ann (a guest), Bob (a guest with a
 * website), Priya (a WordPress.com identity) and Jo (a guest). Comment N is posted N minutes
 * after 10:00 on March 1, 2024. Lines starting with {@code @} set up the rest: {@code @flat},
 * {@code @maxDepth N}, {@code @perPage N}, {@code @page N}, {@code @newestFirst}, {@code @viewer
 * NAME}, {@code @closed}, {@code @gravatar} (avatars are initials otherwise), and {@code @form}
 * with any of {@code replyTo ID}, {@code signedIn NAME}, {@code signIn github}, {@code csrf NAME
 * TOKEN}.
 */
final class ThreadScript {
  static final Map<String, Author> CAST =
      Map.of(
          "Ada", Fixtures.ADA,
          "Tom", SiteUser.of("17", "Tom"),
          "Ann", Fixtures.ANN,
          "Bob", Fixtures.BOB,
          "Priya", Fixtures.PRIYA,
          "Jo", Guest.of("Jo", "jo@example.com"));

  private final List<Comment> comments = new ArrayList<>();
  private ThreadOptions options = ThreadOptions.defaults();
  private Actor viewer = Actor.ANONYMOUS;
  private Post post = Fixtures.POST;
  private int page = 1;
  private boolean gravatar;
  private String form;

  private ThreadScript(String script) {
    for (String line : script.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("@")) {
        setting(line.substring(1).strip());
      } else {
        comments.add(comment(line));
      }
    }
  }

  static ThreadScript parse(String script) {
    return new ThreadScript(script);
  }

  private void setting(String line) {
    String[] words = line.split(" ");
    switch (words[0]) {
      case "flat" -> options = options.withThreaded(false);
      case "maxDepth" -> options = options.withMaxDepth(Integer.parseInt(words[1]));
      case "perPage" -> options = options.withPerPage(Integer.parseInt(words[1]));
      case "newestFirst" -> options = options.withFirstPage(FirstPage.NEWEST);
      case "page" -> page = Integer.parseInt(words[1]);
      case "viewer" -> viewer = Actor.reader(CAST.get(words[1]));
      case "closed" -> post = post.withCommentStatus(CommentStatus.CLOSED);
      case "gravatar" -> gravatar = true;
      case "form" -> form = line.substring(4).strip();
      default -> throw new IllegalArgumentException("Unknown setting: " + line);
    }
  }

  private Comment comment(String line) {
    int colon = line.indexOf(':');
    String[] words = line.substring(0, colon).strip().split(" +");
    String text = line.substring(colon + 1).strip().replace("\\n", "\n");
    long id = Long.parseLong(words[0]);
    int next = 1;
    Long parent = null;
    if (words[next].startsWith(">")) {
      parent = Long.parseLong(words[next++].substring(1));
    }
    Author author = CAST.get(words[next++]);
    ModerationState state = ModerationState.APPROVED;
    BodyFormat format = BodyFormat.MARKDOWN;
    for (; next < words.length; next++) {
      switch (words[next]) {
        case "pending" -> state = ModerationState.PENDING;
        case "spam" -> state = ModerationState.SPAM;
        case "trash" -> state = ModerationState.TRASH;
        default -> format = BodyFormat.valueOf(words[next].toUpperCase(java.util.Locale.ROOT));
      }
    }
    return Fixtures.comment(id, parent, author, new Body(text, format), state);
  }

  ThreadView view() {
    CommentThread thread =
        CommentThread.assemble(post, comments, viewer, options);
    ThreadView view = ThreadView.of(thread.page(page));
    return form == null ? view : view.withForm(form(thread));
  }

  private ReplyForm form(CommentThread thread) {
    ReplyForm result = ReplyForm.of(post, "/comments");
    String[] words = form.isEmpty() ? new String[0] : form.split(" ");
    for (int i = 0; i < words.length; i++) {
      switch (words[i]) {
        case "replyTo" -> result =
            result.replyingTo(thread.node(CommentId.of(Long.parseLong(words[++i]))).orElseThrow());
        case "signedIn" -> result = result.signedInAs(CAST.get(words[++i]), "/logout", "/switch");
        case "signIn" -> result = result.withSignIn(
            words[++i].equals("github") ? IdentityProvider.GITHUB : IdentityProvider.GOOGLE,
            "/login/" + words[i]);
        case "csrf" -> result = result.withCsrfToken(words[++i], words[++i]);
        default -> throw new IllegalArgumentException("Unknown form setting: " + words[i]);
      }
    }
    return result;
  }

  ThreadRenderer renderer(String kind) {
    return switch (kind) {
      case "html" -> HtmlThreadRenderer.builder()
          .avatars(gravatar ? Avatars.gravatar() : Avatars.initials(40))
          .clock(Clock.fixed(Fixtures.T0, ZoneOffset.UTC))
          .build();
      case "markdown" -> MarkdownThreadRenderer.builder().build();
      default -> throw new IllegalArgumentException("Unknown renderer: " + kind);
    };
  }
}
