package org.rejoinder.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;

/**
 * Generates discussions with a fixed seed, shaped like real ones: most comments top-level or a
 * reply or two deep, a few long back-and-forth chains, one in fifty comments spam or held, and
 * Markdown bodies of 100 B to 5 KB with links, emphasis and quotes (median about 600 B). Readers'
 * votes ({@link #votes}) fall on about a third of the approved comments, mostly up, a few of them
 * many: about 1.4 votes a comment in all.
 */
public final class SyntheticDiscussion {
  /** The post every generated comment belongs to. */
  public static final Post POST =
      Post.of(PostId.of("bench"), "A busy post", SiteUser.of("1", "Editor"),
          Instant.parse("2024-01-01T00:00:00Z"));

  private static final String[] WORDS = (
      "the a comment thread reply post author reader blog write writing public years quote link "
          + "agree disagree point argument example because think really interesting thanks great "
          + "moderation spam garden archive static site database backup export format plain files "
          + "page number depth nested people question answer time read long short summary")
      .split(" ");

  private SyntheticDiscussion() {}

  /** The shape of a generated tree. */
  public enum Shape {
    /** Realistic: mostly top-level and shallow, a few deep chains. */
    RANDOM,
    /** One reply chain: every comment answers the previous one. */
    CHAIN
  }

  /**
   * Returns {@code n} comments on {@link #POST}, in creation order.
   *
   * @param distinctBodies how many different bodies to draw from; bodies are shared between
   *     comments beyond that, so a million comments need not hold a million strings
   */
  public static List<Comment> generate(int n, Shape shape, int distinctBodies, long seed) {
    Random random = new Random(seed);
    Body[] bodies = new Body[Math.max(1, Math.min(distinctBodies, n))];
    for (int i = 0; i < bodies.length; i++) {
      bodies[i] = Body.markdown(markdown(random));
    }
    Author[] authors = authors(random, Math.max(10, n / 20));
    Instant start = POST.publishedAt();
    List<Comment> comments = new ArrayList<>(n);
    int chainLeft = 0;
    for (int i = 0; i < n; i++) {
      long id = i + 1L;
      Long parent;
      if (shape == Shape.CHAIN) {
        parent = i == 0 ? null : (long) i;
      } else if (chainLeft > 0) {
        parent = (long) i;
        chainLeft--;
      } else if (i == 0 || random.nextInt(100) < 40) {
        parent = null;
        if (random.nextInt(1000) < 3) {
          chainLeft = 20 + random.nextInt(180);
        }
      } else {
        // Replies go mostly to recent comments.
        int back = 1 + (int) Math.min(i - 1, Math.abs(random.nextGaussian()) * 30);
        parent = (long) (i + 1 - back);
      }
      int roll = random.nextInt(100);
      ModerationState state =
          roll == 0 ? ModerationState.SPAM : roll == 1 ? ModerationState.PENDING : ModerationState.APPROVED;
      comments.add(
          Comment.create(
              CommentId.of(id),
              POST.id(),
              parent == null ? null : CommentId.of(parent),
              authors[random.nextInt(authors.length)],
              bodies[i % bodies.length],
              start.plusSeconds(id * 7),
              state,
              ClientInfo.NONE));
    }
    return comments;
  }

  /**
   * Returns readers' votes on the approved comments among {@code comments}, each comment's drawn
   * from its id and {@code seed} alone, so a post cut short gets the votes its comments get in
   * the whole. Voters are visitors ({@code visitor:r<N>}), none voting twice on one comment.
   */
  public static List<Vote> votes(List<Comment> comments, long seed) {
    List<Vote> votes = new ArrayList<>();
    for (Comment c : comments) {
      Votes counts = countsOf(c, seed);
      Instant at = c.createdAt().plusSeconds(60);
      for (int k = 0; k < counts.total(); k++) {
        votes.add(new Vote(c.id(), "visitor:r" + k,
            k < counts.ups() ? VoteDirection.UP : VoteDirection.DOWN, at.plusSeconds(k)));
      }
    }
    return votes;
  }

  /** Returns {@code comments} carrying the counts of their {@link #votes}, as a store reads them. */
  public static List<Comment> withVotes(List<Comment> comments, long seed) {
    List<Comment> voted = new ArrayList<>(comments.size());
    for (Comment c : comments) {
      Votes counts = countsOf(c, seed);
      voted.add(counts.equals(Votes.NONE) ? c : c.withVotes(counts));
    }
    return voted;
  }

  private static Votes countsOf(Comment c, long seed) {
    if (c.state() != ModerationState.APPROVED) {
      return Votes.NONE;
    }
    Random random = new Random(seed * 1_000_003L + c.id().value());
    if (random.nextInt(100) >= 35) {
      return Votes.NONE;
    }
    int ups = (int) Math.min(200, Math.floor(-Math.log(1 - random.nextDouble()) * 3));
    int downs = (int) Math.min(100, Math.floor(-Math.log(1 - random.nextDouble()) * 1));
    return Votes.of(ups, downs);
  }

  private static Author[] authors(Random random, int count) {
    Author[] authors = new Author[count];
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(10);
      if (kind < 7) {
        authors[i] = Guest.of("Guest " + i, "guest" + i + "@example.com",
            random.nextBoolean() ? "https://guest" + i + ".example.com" : null);
      } else if (kind < 9) {
        authors[i] = SiteUser.of("u" + i, "User " + i).withEmail("user" + i + "@example.com");
      } else {
        authors[i] = ExternalIdentity.of(IdentityProvider.WORDPRESS_COM, "wp" + i, "WP " + i);
      }
    }
    return authors;
  }

  /** A Markdown body of 100 B to 5 KB, median about 600 B. */
  public static String markdown(Random random) {
    int target = (int) Math.min(5_000, Math.max(100, Math.exp(6.4 + random.nextGaussian() * 0.7)));
    StringBuilder text = new StringBuilder(target + 200);
    if (random.nextInt(4) == 0) {
      text.append("> ").append(sentence(random, 12)).append("\n\n");
    }
    while (text.length() < target) {
      int paragraph = 0;
      while (paragraph < 300 && text.length() < target) {
        String s = sentence(random, 8 + random.nextInt(14));
        int kind = random.nextInt(12);
        if (kind == 0) {
          s = s + " See [this page](https://example.com/" + random.nextInt(1000) + ").";
        } else if (kind == 1) {
          s = "*" + s + "*";
        } else if (kind == 2) {
          s = s + " https://example.org/read/" + random.nextInt(1000);
        }
        text.append(s).append(' ');
        paragraph += s.length();
      }
      text.append("\n\n");
    }
    return text.toString().strip();
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < words; w++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      if (w == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      s.append(w == 0 ? "" : " ").append(word);
    }
    return s.append('.').toString();
  }
}
