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
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadRenderer;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.Voting;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.thread.CommentOrder;
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
 *
 * <p>Votes, sorts, pins and mentions: a comment's words may add {@code +N} up votes, {@code -N}
 * down votes and {@code pinned}; {@code @sort NAME} sorts the thread by a built-in order, {@code
 * @sorts NAME…} offers orders in the sort selector, {@code @scores} shows scores, {@code
 * @voting NAME} shows scores and buttons to that reader, with {@code up ID}, {@code down ID}
 * (their own votes) and {@code csrf NAME TOKEN}; {@code @mention ID TARGET TEXT} gives comment ID
 * a mention of comment TARGET by the name TEXT, and {@code @link ID TARGET} one by a link.
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
  private Voting voting;
  private List<CommentOrder> sorts = List.of();
  private final Map<Long, List<Mention>> mentions = new java.util.HashMap<>();

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
      case "sort" -> options = options.withSort(CommentOrder.builtIn(words[1]).orElseThrow());
      case "sorts" -> sorts = java.util.Arrays.stream(words).skip(1)
          .map(name -> CommentOrder.builtIn(name).orElseThrow()).toList();
      case "scores" -> voting = Voting.scoresOnly();
      case "voting" -> voting = voting(words);
      case "mention" -> mentions.computeIfAbsent(Long.parseLong(words[1]), k -> new ArrayList<>())
          .add(Mention.name(CommentId.of(Long.parseLong(words[2])),
              line.substring(line.indexOf(words[3], line.indexOf(words[2]) + words[2].length()))));
      case "link" -> mentions.computeIfAbsent(Long.parseLong(words[1]), k -> new ArrayList<>())
          .add(Mention.link(CommentId.of(Long.parseLong(words[2]))));
      default -> throw new IllegalArgumentException("Unknown setting: " + line);
    }
  }

  private static Voting voting(String[] words) {
    Map<CommentId, VoteDirection> own = new java.util.HashMap<>();
    String csrfName = null;
    String csrfToken = null;
    for (int i = 2; i < words.length; i++) {
      switch (words[i]) {
        case "up" -> own.put(CommentId.of(Long.parseLong(words[++i])), VoteDirection.UP);
        case "down" -> own.put(CommentId.of(Long.parseLong(words[++i])), VoteDirection.DOWN);
        case "csrf" -> {
          csrfName = words[++i];
          csrfToken = words[++i];
        }
        default -> throw new IllegalArgumentException("Unknown voting setting: " + words[i]);
      }
    }
    Voting voting = Voting.forReader(Actor.reader(CAST.get(words[1])), own);
    return csrfName == null ? voting : voting.withCsrfToken(csrfName, csrfToken);
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
    int ups = 0;
    int downs = 0;
    boolean pinned = false;
    for (; next < words.length; next++) {
      String word = words[next];
      if (word.startsWith("+")) {
        ups = Integer.parseInt(word.substring(1));
        continue;
      }
      if (word.startsWith("-")) {
        downs = Integer.parseInt(word.substring(1));
        continue;
      }
      switch (word) {
        case "pending" -> state = ModerationState.PENDING;
        case "spam" -> state = ModerationState.SPAM;
        case "trash" -> state = ModerationState.TRASH;
        case "pinned" -> pinned = true;
        default -> format = BodyFormat.valueOf(word.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return Fixtures.comment(id, parent, author, new Body(text, format), state).toBuilder()
        .votes(Votes.of(ups, downs))
        .pinned(pinned)
        .build();
  }

  ThreadView view() {
    List<Comment> all = new ArrayList<>();
    for (Comment c : comments) {
      all.add(c.toBuilder().mentions(mentions.getOrDefault(c.id().value(), List.of())).build());
    }
    CommentThread thread =
        CommentThread.assemble(post, all, viewer, options, Fixtures.T0);
    ThreadView view = ThreadView.of(thread.page(page));
    view = form == null ? view : view.withForm(form(thread));
    return voting == null ? view : view.withVoting(voting);
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
          .sorts(sorts)
          .build();
      case "markdown" -> MarkdownThreadRenderer.builder().sorts(sorts).build();
      default -> throw new IllegalArgumentException("Unknown renderer: " + kind);
    };
  }
}
