package org.rejoinder.interop.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.interop.DisqusThread;
import org.rejoinder.interop.ImportIssue.Action;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.Limits;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.SourceId;

/**
 * Reads a Disqus export in two passes over the file: the threads first (they are small, and real
 * files do not always list them before their posts), then the posts, handed to an {@link
 * ImportRun} as comments of the threads' posts. Disqus asks for parents before replies, but real
 * files break that rule; the run does not need it.
 */
public final class DisqusReader {
  /** The provider of Disqus accounts, for authors who signed in. */
  public static final IdentityProvider DISQUS = new IdentityProvider("disqus", "Disqus");
  private static final String DSQ = "http://disqus.com/disqus-internals";
  private static final int MAX_FIELD = 10_000;

  private final String system;
  private final DisqusThread.Matcher matcher;
  private final Function<String, Optional<PostId>> postsByLink;
  private final Map<String, DisqusThread> threads = new HashMap<>();
  private final Map<String, Optional<PostId>> postOfThread = new HashMap<>();

  /** Reads with {@code matcher}, finding stored posts by link with {@code postsByLink}. */
  public DisqusReader(String system, DisqusThread.Matcher matcher,
      Function<String, Optional<PostId>> postsByLink) {
    this.system = system;
    this.matcher = matcher;
    this.postsByLink = postsByLink;
  }

  /** The first pass: every thread of the file, and whether the file is well formed. */
  public void readThreads(SafeXml xml) {
    root(xml);
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (xml.localName().equals("thread")) {
        String id = xml.attribute(DSQ, "id");
        Map<String, String> f = fields(xml);
        if (id != null) {
          threads.put(id.strip(), new DisqusThread(id.strip(), f.getOrDefault("id", "").strip(),
              f.getOrDefault("link", "").strip(), f.getOrDefault("title", "").strip(),
              date(f.get("createdAt")), bool(f.get("isClosed")), bool(f.get("isDeleted"))));
        }
      } else {
        xml.skipElement();
      }
    }
  }

  private static void root(SafeXml xml) {
    if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.localName().equals("disqus")) {
      throw xml.problem("this is not a Disqus export: it does not start with <disqus>");
    }
  }

  /** The second pass: every post, as a comment. */
  public void readPosts(SafeXml xml, ImportRun run) {
    root(xml);
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (xml.localName().equals("post")) {
        post(xml, run);
      } else {
        xml.skipElement();
      }
    }
    run.endScope();
  }

  /** Reads the text children of the current element; child elements' {@code dsq:id} as {@code name@id}. */
  private static Map<String, String> fields(SafeXml xml) {
    Map<String, String> fields = new HashMap<>();
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.localName();
      String ref = xml.attribute(DSQ, "id");
      if (ref != null) {
        fields.put(name + "@id", ref.strip());
      }
      if (name.equals("author")) {
        for (Map.Entry<String, String> e : fields(xml).entrySet()) {
          fields.put("author." + e.getKey(), e.getValue());
        }
      } else if (name.equals("message")) {
        SafeXml.Text text = xml.text(Limits.MAX_BODY_BYTES + 1);
        fields.put(name, text.value());
        if (text.cut()) {
          fields.put("message.cut", "true");
        }
      } else {
        fields.put(name, xml.text(MAX_FIELD).value());
      }
    }
    return fields;
  }

  private void post(SafeXml xml, ImportRun run) {
    String id = xml.attribute(DSQ, "id");
    Map<String, String> f = fields(xml);
    SourceId source = SourceId.of(system, id == null || id.isBlank() ? "?" : id.strip());
    String threadId = f.getOrDefault("thread@id", "");
    DisqusThread thread = threads.get(threadId);
    if (thread == null) {
      run.issue(source, "thread", "thread " + threadId + " is not in the file", Action.REJECTED);
      run.rejectedComment();
      return;
    }
    Optional<PostId> post = postOf(thread, run);
    if (post.isEmpty()) {
      run.skippedComment();
      return;
    }
    if (id == null || id.isBlank()) {
      run.issue(source, "dsq:id", "missing", Action.REJECTED);
      run.rejectedComment();
      return;
    }
    Instant created = date(f.get("createdAt"));
    if (created == null) {
      run.issue(source, "createdAt", "no valid date", Action.REJECTED);
      run.rejectedComment();
      return;
    }
    boolean deleted = bool(f.get("isDeleted"));
    boolean spam = bool(f.get("isSpam"));
    Cleaner clean = new Cleaner(source);
    Comment.Builder comment = Comment.builder().postId(post.get()).createdAt(created).source(source)
        .state(deleted ? ModerationState.TRASH : spam ? ModerationState.SPAM : ModerationState.APPROVED);
    String message = f.getOrDefault("message", "");
    if (deleted && message.isBlank()) {
      // Disqus keeps nothing of some deleted posts; they keep their place for their replies.
      comment.author(Comment.ERASED_AUTHOR).body(Comment.ERASED_BODY);
    } else {
      String[] problem = new String[1];
      Body body = clean.body(message, f.containsKey("message.cut"), BodyFormat.HTML, problem);
      if (body == null) {
        run.issue(source, "body", problem[0], Action.REJECTED);
        run.rejectedComment();
        return;
      }
      String name = clean.name(f.get("author.name"));
      String email = clean.email(f.get("author.email"));
      String username = f.getOrDefault("author.username", "").strip();
      Author author = !bool(f.get("author.isAnonymous")) && !username.isEmpty()
          ? ExternalIdentity.of(DISQUS, clean.line("author.username", username), name).withEmail(email)
          : new Guest(name, email, null);
      comment.author(author).body(body).client(ClientInfo.of(clean.ip(f.get("ipAddress")), null));
    }
    String parent = f.get("parent@id");
    clean.report(run);
    run.comment(new ImportRun.Incoming(source,
        parent == null || parent.isBlank() ? null : SourceId.of(system, parent), post.get(), comment,
        clean.cleanedAny()));
  }

  /** Returns the post of a thread, taking it the first time; empty when the thread is left out. */
  private Optional<PostId> postOf(DisqusThread thread, ImportRun run) {
    Optional<PostId> known = postOfThread.get(thread.disqusId());
    if (known != null) {
      return known;
    }
    SourceId source = SourceId.of(system, "thread:" + thread.disqusId());
    Optional<PostId> post;
    if (thread.deleted()) {
      run.skippedPost();
      run.issue(source, "isDeleted", "the thread was deleted", Action.SKIPPED);
      post = Optional.empty();
    } else {
      try {
        post = matcher.postOf(thread, postsByLink);
        if (post.isEmpty()) {
          run.skippedPost();
          run.issue(source, "id", "matches no post (no identifier, no link)", Action.SKIPPED);
        } else {
          Post value = Post.builder().id(post.get())
              .title(thread.title().isBlank() ? post.get().value() : new Cleaner(source).line("title", thread.title()))
              .author(SiteUser.of("disqus", "Disqus"))
              .publishedAt(thread.createdAt() == null ? Instant.EPOCH : thread.createdAt())
              .commentStatus(thread.closed() ? CommentStatus.CLOSED : CommentStatus.OPEN)
              .link(Cleaner.link(thread.link()))
              .source(source)
              .build();
          run.post(value);
        }
      } catch (InvalidInputException e) {
        run.skippedPost();
        run.issue(source, e.field(), String.valueOf(e.getMessage()), Action.SKIPPED);
        post = Optional.empty();
      }
    }
    postOfThread.put(thread.disqusId(), post);
    return post;
  }

  private static @Nullable Instant date(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text.strip() + "Z");
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static boolean bool(@Nullable String text) {
    return text != null && text.strip().equalsIgnoreCase("true");
  }
}
