package org.rejoinder.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Mention;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.store.MigrationStore;
import org.rejoinder.store.VoteStore;

/** Random discussions with everything a store keeps, made from a seed. */
final class Discussions {
  /** Pieces of text that break naive exporters: CDATA ends, markup, emoji, RTL, combining marks. */
  static final String[] PIECES = {"plain words", "]]>", "]]]]><![CDATA[>", "<b>bold</b>", "&amp; &",
      "😀👍🏽", "שלום עולם", "e\u0301", "\n", "\r\n", "\t", "  ", "<![CDATA[", "\u00a0", "日本語",
      "<script>x</script>", "\"quoted\" 'single'", "a\r"};
  private static final Instant T0 = Instant.parse("2023-05-01T10:00:00.123Z");

  private Discussions() {}

  static String text(Random random) {
    StringBuilder text = new StringBuilder(random.nextBoolean() ? "x" : "");
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString().isBlank() ? text.append("y").toString() : text.toString();
  }

  static Author author(Random random, int i) {
    return switch (random.nextInt(4)) {
      case 0 -> Guest.of("Guest " + i + " ☃", random.nextBoolean() ? "g" + i + "@example.com" : null,
          random.nextBoolean() ? "https://g" + i + ".example.org/?a=1&b=2" : null);
      case 1 -> SiteUser.of(random.nextBoolean() ? Integer.toString(1 + i) : "user-" + i, "User " + i)
          .withEmail(random.nextBoolean() ? "u" + i + "@example.com" : null);
      case 2 -> ExternalIdentity.of(IdentityProvider.WORDPRESS_COM, "wp" + i, "WP " + i)
          .withProfileUrl("https://wp" + i + ".wordpress.com");
      default -> Guest.of("שרה " + i, null);
    };
  }

  /**
   * Fills {@code store} with a few posts and their comments; with history, some edited, moved,
   * reported, pinned, naming others, and voted on (when the store keeps votes).
   */
  static void fill(MigrationStore store, long seed, boolean withHistory) {
    Random random = new Random(seed);
    int posts = 1 + random.nextInt(3);
    long id = 100;
    for (int p = 0; p < posts; p++) {
      Post post = Post.builder().id(PostId.of("post-" + p + "-ü")).title("Title " + p + " “quoted” <x>")
          .author(p % 2 == 0 ? SiteUser.of("1", "Ada") : author(random, 99))
          .publishedAt(T0.plusSeconds(p * 3600L))
          .commentStatus(p == 1 ? CommentStatus.CLOSED : p == 2 ? CommentStatus.closesAfterDays(14) : CommentStatus.OPEN)
          .link(random.nextBoolean() ? "https://example.com/" + p + "/" : null)
          .build();
      store.insertPost(post);
      List<Comment> comments = new ArrayList<>();
      int n = random.nextInt(25);
      for (int i = 0; i < n; i++) {
        CommentId parent = comments.isEmpty() || random.nextInt(3) == 0 ? null
            : comments.get(random.nextInt(comments.size())).id();
        ModerationState state = ModerationState.values()[random.nextInt(4)];
        CommentType type = random.nextInt(6) == 0 ? CommentType.PINGBACK
            : random.nextInt(8) == 0 ? CommentType.TRACKBACK : CommentType.COMMENT;
        Comment c = Comment.builder().id(CommentId.of(id++)).postId(post.id()).parentId(parent)
            .author(author(random, i))
            .body(new Body(text(random), BodyFormat.values()[random.nextInt(3)]))
            .createdAt(T0.plusSeconds(600L * i + random.nextInt(500)).plusMillis(random.nextInt(1000)))
            .state(state).type(type)
            .client(random.nextBoolean() ? ClientInfo.of(random.nextBoolean() ? "192.0.2." + i : "2001:db8::" + i,
                random.nextBoolean() ? "Agent/" + i : null) : ClientInfo.NONE)
            .build();
        if (random.nextInt(10) == 0) {
          c = c.toBuilder().state(ModerationState.TRASH).build().toTombstone(c.createdAt().plusSeconds(5));
        } else if (withHistory && parent == null && random.nextInt(5) == 0) {
          c = c.toBuilder().pinned(true).build();
        } else if (withHistory && !comments.isEmpty() && random.nextInt(3) == 0) {
          Comment named = comments.get(random.nextInt(comments.size()));
          c = c.toBuilder().mentions(random.nextBoolean()
              ? List.of(Mention.name(named.id(), "@" + named.author().displayName()))
              : List.of(Mention.link(named.id()), Mention.name(named.id(), "For them"))).build();
        }
        comments.add(c);
      }
      store.insertAll(comments, Actor.SYSTEM, "seeded");
      if (withHistory) {
        for (Comment c : comments) {
          if (c.state() == ModerationState.PURGED) {
            continue;
          }
          if (random.nextInt(4) == 0) {
            Comment edited = c.withBody(Body.markdown(text(random)), c.createdAt().plusSeconds(30));
            store.editComment(edited, new Revision(c.id(), edited.updatedAt(), Actor.reader(c.author()), c.body()), null);
            c = edited;
          }
          if (random.nextInt(4) == 0) {
            ModerationState to = c.state() == ModerationState.APPROVED ? ModerationState.SPAM : ModerationState.APPROVED;
            Comment moved = c.withState(to, c.createdAt().plusSeconds(60));
            store.updateComment(moved, new AuditEntry(c.id(), moved.updatedAt(), Actor.moderator(SiteUser.of("1", "Ada")),
                c.state(), to, "checked"));
          }
          if (random.nextInt(5) == 0) {
            store.addReport(new Report(c.id(), "user:" + random.nextInt(5), c.createdAt().plusSeconds(90), "rude"));
          }
          if (store instanceof VoteStore votes) {
            for (int v = random.nextInt(4); v > 0; v--) {
              String voter = random.nextBoolean() ? "user:" + random.nextInt(6) : "guest:v" + v + "@example.com";
              votes.vote(new Vote(c.id(), voter, random.nextInt(4) == 0 ? VoteDirection.DOWN : VoteDirection.UP,
                  c.createdAt().plusSeconds(100 + v)));
            }
          }
        }
      }
    }
  }
}
