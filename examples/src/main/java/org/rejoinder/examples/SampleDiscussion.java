package org.rejoinder.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationListStore;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.CommentStore;

/**
 * A realistic blog discussion to try Rejoinder on: a post and 37 comments from guests, a
 * registered user, WordPress.com, Twitter and Facebook identities and the post's author, with
 * nested replies, quotes, readers answering each other by name ("For Andrew:", "Harriet,"), a
 * shouter, a self-censored insult, a spammer and a first-time commenter held for moderation. 35
 * of them are public. Readers then vote on the comments they liked (or did not), and the
 * editor pins the warning about backups.
 *
 * <p>Nobody moderates by hand: the {@link #policy moderation policy} marks the spammer's generic
 * praise as spam and holds the newcomer's comment with two links, as a WordPress blog with its
 * default settings and one disallowed phrase would.
 */
public final class SampleDiscussion {
  /** When the post was published. */
  public static final Instant PUBLISHED = Instant.parse("2024-04-02T09:30:00Z");
  /** The post's id. */
  public static final PostId POST_ID = PostId.of("ten-years-of-writing-in-public");

  /** The post's author, a registered user of the site. */
  public static final SiteUser EDITOR =
      SiteUser.of("1", "Margaret Hale")
          .withEmail("margaret@example.com")
          .withWebsite("https://blog.example.com/about");
  /** A registered reader. */
  public static final SiteUser TOM = SiteUser.of("17", "Tom Baxter").withEmail("tom.baxter@example.net");
  /** A guest with a website. */
  public static final Guest ANDREW =
      Guest.of("Andrew Marsh", "andrew.marsh@example.org", "https://andrewmarsh.example.org");
  /** A reader signed in with WordPress.com. */
  public static final ExternalIdentity PRIYA =
      ExternalIdentity.of(IdentityProvider.WORDPRESS_COM, "88213", "Priya Natarajan")
          .withProfileUrl("https://priyawrites.wordpress.com")
          .withEmail("priya@example.com");
  /** A reader signed in with Twitter. */
  public static final ExternalIdentity DAREK =
      ExternalIdentity.of(IdentityProvider.TWITTER, "1290011", "@dkowalski")
          .withProfileUrl("https://twitter.com/dkowalski");
  /** A reader signed in with Facebook. */
  public static final ExternalIdentity LENA =
      ExternalIdentity.of(IdentityProvider.FACEBOOK, "100004417", "Lena Fischer");
  /**
   * Returns the sample blog's moderation: WordPress's defaults (a comment with 2 links or more is
   * held), a phrase that spammers use, which marks a comment as spam, and bans and held words kept
   * in {@code lists}, where the site's administrator changes them.
   *
   * @param lists where the bans and the held words are kept, such as the JDBC store
   * @return the policy
   */
  public static ModerationPolicy policy(ModerationListStore lists) {
    return ModerationPolicy.builder()
        .bans(BanList.fromStore(lists))
        .moderationKeywords(KeywordList.fromStore(lists, KeywordList.Kind.MODERATION))
        .disallowedKeywords("keep an eye on your blog")
        .disallowedDecision(Decision.SPAM)
        .build();
  }

  /** The first-time commenter whose comment waits for moderation. */
  public static final Guest NEWCOMER = Guest.of("Jo Park", "jo.park@example.com");

  private static final Map<String, Author> CAST =
      Map.ofEntries(
          Map.entry("editor", EDITOR),
          Map.entry("tom", TOM),
          Map.entry("andrew", ANDREW),
          Map.entry("priya", PRIYA),
          Map.entry("darek", DAREK),
          Map.entry("lena", LENA),
          Map.entry("jo", NEWCOMER),
          Map.entry("ruth", Guest.of("Ruth O'Neill", "ruth@example.org")),
          Map.entry("chen", Guest.of("Chen Wei", "chen.wei@example.com", "https://chenwei.example.com")),
          Map.entry("sam", Guest.of("Sam", "sam@example.net")),
          Map.entry("mateo", Guest.of("Mateo Ruiz", "mateo@example.es")),
          Map.entry("harriet", Guest.of("Harriet", "harriet@example.co.uk")),
          Map.entry("olu", Guest.of("Olu Adeyemi", "olu@example.com")),
          Map.entry("caps", Guest.of("GRUMPY READER", "grumpy@example.com")),
          Map.entry("spammer", Guest.of("Best Essay Writers", "seo@example.biz",
              "https://cheap-essays.example.biz")));

  /** One scripted comment: its key, the key of the comment it answers, who, when, what. */
  private record Line(String key, String parent, String author, int minutes, String text) {}

  private static final List<Line> SCRIPT =
      List.of(
          new Line("c1", null, "andrew", 14, "Congratulations on ten years! I've been reading since the "
              + "*Notes from the allotment* days and it's been a joy to watch this place grow."),
          new Line("c2", "c1", "editor", 40, "Thank you, Andrew. The allotment posts still get more "
              + "mail than anything else I've written, which says something about my career."),
          new Line("c3", null, "priya", 65, "> Writing in public is mostly the discipline of finishing "
              + "things.\n> — Margaret, in the post\n\nThis line is going on a sticky note above my desk."),
          new Line("c4", null, "darek", 80, "Counterpoint: half my best drafts died *because* I knew "
              + "people would read them. Public can be a cage as well as a discipline."),
          new Line("c5", "c4", "lena", 95, "For Darek: I think that's the point of the second half "
              + "of the post though. She says the cage is the comment section, not the readers."),
          new Line("c6", "c5", "darek", 110, "Fair. I skimmed the second half, which is exactly the "
              + "kind of reader I was complaining about."),
          new Line("c7", "c6", "editor", 130, "Ha! Skimmers are welcome here. Most of my readers "
              + "arrive from a search engine looking for something else entirely."),
          new Line("c8", null, "ruth", 150, "Which tools do you use these days? The post mentions "
              + "moving off a hosted platform but not where to."),
          new Line("c9", "c8", "editor", 175, "A static site generator and a comments engine I can "
              + "run myself. Details in a follow-up post, I promise."),
          new Line("c10", "c9", "ruth", 190, "Holding you to that!"),
          new Line("c11", null, "caps", 210, "I DON'T UNDERSTAND WHY EVERY BLOG POST HAS TO BE "
              + "2000 WORDS NOW. SOME OF US HAVE JOBS."),
          new Line("c12", "c11", "tom", 225, "It's a ten-year retrospective. The length is the point."),
          new Line("c13", "c12", "caps", 240, "Boll*cks. Sorry. But still."),
          new Line("c14", "c13", "editor", 255, "Apology accepted, and there's a summary at the "
              + "top now for people with jobs."),
          new Line("c15", null, "chen", 300, "The section about losing the first three years of "
              + "archives to a database crash hurt to read. Back up your comments, people."),
          new Line("c16", "c15", "sam", 320, "Lost two years of a forum that way. Export everything."),
          new Line("c17", "c16", "chen", 335, "Exactly. Plain files, in a format someone else can "
              + "read."),
          new Line("c18", "c15", "mateo", 350, "Sad that the early comment threads are gone, they "
              + "were half the fun."),
          new Line("c19", null, "harriet", 420, "Long-time lurker, first comment. The paragraph "
              + "quoted below is the best description of blogging I've read:\n\n"
              + "> You do not write for an audience. You write for the one person who will find "
              + "this page in four years, late at night, with exactly this problem. The audience "
              + "is a rumour; that person is real.\n\nThank you."),
          new Line("c20", "c19", "editor", 440, "Harriet, that's made my week. Welcome!"),
          new Line("c21", "c19", "olu", 455, "Agreed, that paragraph is the whole post."),
          new Line("c22", "c21", "priya", 470, "The whole *blog*, arguably."),
          new Line("c23", "c22", "olu", 480, "Careful, she'll put that on a mug."),
          new Line("c24", "c23", "editor", 490, "Too late. Ordering twelve."),
          new Line("c25", "c24", "andrew", 500, "Put me down for one. Nested replies this deep "
              + "are my favourite part of any comment section."),
          new Line("c26", "c25", "darek", 510, "For Andrew: this thread is now officially deeper "
              + "than the post."),
          new Line("c27", null, "tom", 600, "One small correction: the first post was in March "
              + "2014, not April. I checked the archive."),
          new Line("c28", "c27", "editor", 615, "You're right, fixed. That's what I get for "
              + "writing from memory."),
          new Line("c29", null, "spammer", 630, "Hi, your article is interesting, I'll keep an eye "
              + "on your blog. Visit https://cheap-essays.example.biz for essays."),
          new Line("c30", null, "mateo", 700, "Translated this for my Spanish-speaking friends, "
              + "hope that's OK. Link on my profile."),
          new Line("c31", "c30", "editor", 720, "More than OK, thank you Mateo."),
          new Line("c32", null, "lena", 800, "What would you tell yourself ten years ago?"),
          new Line("c33", "c32", "editor", 830, "Write shorter posts. (GRUMPY READER will enjoy "
              + "that answer.)"),
          new Line("c34", "c33", "caps", 845, "I DO ENJOY IT."),
          new Line("c35", "c32", "sam", 860, "And keep the allotment posts coming."),
          new Line("c36", null, "jo", 900, "Found this via a newsletter, here's my own list of "
              + "favourite writing blogs: https://jo.example.com/list and "
              + "https://jo.example.com/more"),
          new Line("c37", null, "priya", 960, "Here's to the next ten. I'll be reading."));

  /**
   * Readers' votes, after the discussion: a comment's key, then how many readers voted it up and
   * down. Each voter is a visitor of the blog, known by a key the blog keeps in a cookie.
   */
  private static final List<Vote> VOTES =
      List.of(
          new Vote("c1", 6, 0), new Vote("c3", 9, 1), new Vote("c4", 4, 4),
          new Vote("c5", 3, 1), new Vote("c11", 1, 7), new Vote("c13", 2, 3),
          new Vote("c15", 12, 0), new Vote("c16", 5, 0), new Vote("c19", 11, 1),
          new Vote("c21", 2, 0), new Vote("c25", 3, 0), new Vote("c27", 4, 1),
          new Vote("c32", 2, 0), new Vote("c33", 5, 0), new Vote("c37", 3, 0));

  /** How many readers voted a scripted comment up and down. */
  private record Vote(String comment, int ups, int downs) {}

  /** The comment the editor pins: the warning to back up comments. */
  public static final String PINNED = "c15";

  private final Rejoinder rejoinder;
  private final Post post;
  private final Map<String, Comment> comments;

  private SampleDiscussion(Rejoinder rejoinder, Post post, Map<String, Comment> comments) {
    this.rejoinder = rejoinder;
    this.post = post;
    this.comments = comments;
  }

  /**
   * Creates the post and its discussion in {@code store}. Time is scripted: comments arrive over
   * the day after {@link #PUBLISHED}, and the {@link #policy policy}, with no bans and no held
   * words yet, judges each of them.
   */
  public static SampleDiscussion create(CommentStore store) {
    ScriptClock clock = new ScriptClock(PUBLISHED);
    Rejoinder rejoinder = Rejoinder.builder()
        .store(store)
        .clock(clock)
        .moderation(policy(ModerationListStore.inMemory()))
        .guestVotes(true) // visitors of the blog vote without an account
        .build();
    Post post =
        rejoinder.createPost(Post.of(POST_ID, "Ten years of writing in public", EDITOR, PUBLISHED));
    Actor moderator = Actor.moderator(EDITOR);
    Map<String, Comment> byKey = new HashMap<>();
    int ip = 10;
    for (Line line : SCRIPT) {
      clock.set(PUBLISHED.plus(Duration.ofMinutes(line.minutes())));
      Author author = CAST.get(line.author());
      NewComment submitted =
          (line.parent() == null
                  ? NewComment.on(post.id(), author, Body.markdown(line.text()))
                  : NewComment.replyTo(
                      post.id(), byKey.get(line.parent()).id(), author, Body.markdown(line.text())))
              .withClient(ClientInfo.of("198.51.100." + ip++, "Mozilla/5.0 (sample)"));
      Comment stored =
          rejoinder.submit(submitted, author.equals(EDITOR) ? moderator : Actor.reader(author));
      byKey.put(line.key(), stored);
    }
    clock.set(PUBLISHED.plus(Duration.ofDays(1)));
    for (Vote vote : VOTES) {
      CommentId id = byKey.get(vote.comment()).id();
      for (int i = 0; i < vote.ups() + vote.downs(); i++) {
        rejoinder.vote(id, Actor.visitor("reader-" + i),
            i < vote.ups() ? VoteDirection.UP : VoteDirection.DOWN);
      }
    }
    rejoinder.moderation(moderator).pin(byKey.get(PINNED).id());
    for (String key : byKey.keySet()) {
      byKey.put(key, rejoinder.comment(byKey.get(key).id()));
    }
    return new SampleDiscussion(rejoinder, post, Map.copyOf(byKey));
  }

  /** Returns the service the discussion was written through. */
  public Rejoinder rejoinder() {
    return rejoinder;
  }

  /** Returns the post. */
  public Post post() {
    return post;
  }

  /** Returns a scripted comment by its key, {@code "c1"} to {@code "c37"}. */
  public Comment comment(String key) {
    Comment c = comments.get(key);
    if (c == null) {
      throw new IllegalArgumentException("No scripted comment " + key);
    }
    return c;
  }

  /** Returns how many comments the script holds. */
  public static int scriptedComments() {
    return SCRIPT.size();
  }

  /** A clock the script sets before each comment. */
  private static final class ScriptClock extends Clock {
    private Instant now;

    ScriptClock(Instant start) {
      this.now = start;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
