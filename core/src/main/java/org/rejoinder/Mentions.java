package org.rejoinder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Limits;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.BodyText;
import org.rejoinder.store.CommentStore;

/**
 * Finds the comments a new or edited comment refers to: the people it names and the comments it
 * links to.
 *
 * <p>A name is {@code @Name} anywhere (the {@code @} not inside a word, so email addresses do
 * not count), or a leading {@code For Name:} or {@code Name,}, in the text readers see; a name is
 * one to {@value #MAX_WORDS} words. It resolves to the latest earlier approved comment on the
 * post of the one author, other than the commenter, whose display name it is (case-insensitively,
 * with Unicode folding, see {@link Mention#nameKey}), or failing that whose first name it is when
 * it is one word: "@Andrew" finds "Andrew Marsh" if no other Andrew commented. The longest known
 * name wins ("@Andrew Marsh thanks" is Andrew Marsh). An ambiguous or unknown name stays text.
 * Names are looked up through the store's index of names per post, one lookup per first word.
 *
 * <p>A link is {@code #comment-ID} in the text as typed (a Markdown or HTML link to another
 * comment of the post, as a quote's attribution holds).
 */
final class Mentions {
  /** The most words a name may have. */
  static final int MAX_WORDS = 4;

  private static final String WORD = "[\\p{L}\\p{N}\\p{M}]+(?:['’._-][\\p{L}\\p{N}\\p{M}]+)*";
  private static final Pattern WORDS =
      Pattern.compile(WORD + "(?:[ \\t\\u00a0]+" + WORD + "){0," + (MAX_WORDS - 1) + "}");
  private static final Pattern ONE_WORD = Pattern.compile(WORD);
  private static final Pattern AT = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_.@])@(?=[\\p{L}\\p{N}])");
  private static final Pattern LEADING_FOR =
      Pattern.compile("^\\s*(?i:for)\\s+(" + WORDS.pattern() + ")\\s*:");
  private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*(" + WORDS.pattern() + ")\\s*,");
  private static final Pattern LINK = Pattern.compile("#comment-([0-9]{1,18})(?![0-9])");

  private final CommentStore store;
  private final BodyText bodyText;

  Mentions(CommentStore store, BodyText bodyText) {
    this.store = store;
    this.bodyText = bodyText;
  }

  /**
   * Returns the mentions of a comment by {@code author} with {@code body} on {@code postId},
   * considering comments created at or before {@code notAfter} (other than {@code self}, for an
   * edit): names first, in the order written, then links; at most {@value Limits#MAX_MENTIONS}.
   */
  List<Mention> find(
      PostId postId, Author author, Body body, Instant notAfter, @Nullable CommentId self) {
    Resolver resolver = new Resolver(postId, author.key(), notAfter, self);
    Set<Mention> found = new LinkedHashSet<>();
    String text = bodyText.visibleText(body);
    Matcher leading = LEADING_FOR.matcher(text);
    if (!leading.find()) {
      leading = LEADING_COMMA.matcher(text);
      if (!leading.find()) {
        leading = null;
      }
    }
    if (leading != null) {
      Mention named = resolver.resolve(text, leading.start(1), leading.end(1), false);
      if (named != null) {
        found.add(named);
      }
    }
    Matcher at = AT.matcher(text);
    while (at.find() && found.size() < Limits.MAX_MENTIONS) {
      Matcher words = WORDS.matcher(text).region(at.end(), text.length());
      if (words.lookingAt()) {
        Mention named = resolver.resolve(text, words.start(), words.end(), true);
        if (named != null) {
          found.add(named);
        }
      }
    }
    Matcher link = LINK.matcher(body.text());
    while (link.find() && found.size() < Limits.MAX_MENTIONS) {
      long id;
      try {
        id = Long.parseLong(link.group(1));
      } catch (NumberFormatException e) {
        continue;
      }
      if (id <= 0 || (self != null && self.value() == id)) {
        continue;
      }
      CommentId target = CommentId.of(id);
      store.findComment(target)
          .filter(c -> c.postId().equals(postId))
          .ifPresent(c -> found.add(Mention.link(target)));
    }
    List<Mention> mentions = new ArrayList<>(found);
    return mentions.size() > Limits.MAX_MENTIONS ? mentions.subList(0, Limits.MAX_MENTIONS) : mentions;
  }

  /**
   * Tells listeners of {@code which} mentions of {@code comment}, each with the comment it
   * mentions if that is still stored; reads nothing when nobody listens.
   */
  void tell(Events events, Comment comment, List<Mention> which) {
    if (!events.heard()) {
      return;
    }
    for (Mention mention : which) {
      store.findComment(mention.commentId())
          .filter(target -> target.state() != ModerationState.PURGED)
          .ifPresent(target -> events.mentioned(comment, mention, target));
    }
  }

  /** Resolves names of one comment, reading each first name's candidates once. */
  private final class Resolver {
    private final PostId postId;
    private final String authorKey;
    private final Instant notAfter;
    private final @Nullable CommentId self;
    private final Map<String, List<Comment>> candidates = new HashMap<>();

    Resolver(PostId postId, String authorKey, Instant notAfter, @Nullable CommentId self) {
      this.postId = postId;
      this.authorKey = authorKey;
      this.notAfter = notAfter;
      this.self = self;
    }

    /**
     * Resolves the words of {@code text} from {@code start} to {@code end}, trying the longest
     * name first; returns null if no prefix of them names exactly one author.
     */
    @Nullable Mention resolve(String text, int start, int end, boolean withAt) {
      List<int[]> words = new ArrayList<>(MAX_WORDS);
      Matcher word = ONE_WORD.matcher(text).region(start, end);
      while (word.find()) {
        words.add(new int[] {word.start(), word.end()});
      }
      if (words.isEmpty()) {
        return null;
      }
      List<Comment> named = candidates.computeIfAbsent(
          Mention.firstNameKey(text.substring(words.get(0)[0], words.get(0)[1])), this::lookUp);
      if (named.isEmpty()) {
        return null;
      }
      for (int k = words.size(); k >= 1; k--) {
        int nameEnd = words.get(k - 1)[1];
        String key = Mention.nameKey(text.substring(start, nameEnd));
        List<Comment> exact = new ArrayList<>(1);
        for (Comment c : named) {
          if (Mention.nameKey(c.author().displayName()).equals(key)) {
            exact.add(c);
          }
        }
        Comment target = null;
        if (exact.size() == 1) {
          target = exact.get(0);
        } else if (exact.size() > 1) {
          return null; // two people of that name: ambiguous
        } else if (k == 1 && named.size() == 1) {
          target = named.get(0); // the one person of that first name
        } else if (k == 1) {
          return null;
        }
        if (target != null) {
          String written = text.substring(withAt ? start - 1 : start, nameEnd);
          return Mention.name(target.id(), written);
        }
      }
      return null;
    }

    private List<Comment> lookUp(String firstNameKey) {
      List<Comment> found = new ArrayList<>();
      for (Comment c : store.latestByFirstName(postId, firstNameKey, notAfter)) {
        if (!c.author().key().equals(authorKey) && !c.id().equals(self)) {
          found.add(c);
        }
      }
      return found;
    }
  }
}
