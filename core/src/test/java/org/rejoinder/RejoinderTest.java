package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.CommentsClosedException;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.moderation.Verdict;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.testing.TagStrippingBodyText;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

class RejoinderTest {
  private static final Actor MODERATOR = Actor.moderator(POST_AUTHOR);
  private static final PostId POST = PostId.of("hello-world");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private Rejoinder rejoinder;

  @BeforeEach
  void setUp() {
    rejoinder = Rejoinder.builder().store(store).clock(clock).build();
    rejoinder.createPost(Post.of(POST, "Hello world", POST_AUTHOR, clock.instant()));
  }

  private Comment say(Guest author, String text) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.on(POST, author, Body.plain(text)));
  }

  private Comment reply(Comment parent, Guest author, String text) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.replyTo(POST, parent.id(), author, Body.plain(text)));
  }

  private long storedComments() {
    return store.count(CommentQuery.all());
  }

  @Test
  void submit_storesTheCommentStampedByTheClock_andRecordsItsCreation() {
    Comment c = say(guest("Ann"), "First!");

    assertThat(c.createdAt()).isEqualTo(clock.instant());
    assertThat(c.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(c.version()).isEqualTo(1);
    assertThat(rejoinder.comment(c.id())).isEqualTo(c);
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(c.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from()).isNull();
              assertThat(e.to()).isEqualTo(ModerationState.APPROVED);
              assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
            });
  }

  @Test
  void submit_keepsClientInformation() {
    Comment c =
        rejoinder.submit(
            NewComment.on(POST, guest("Ann"), Body.plain("hi"))
                .withClient(ClientInfo.of("203.0.113.9", "Mozilla/5.0")));

    assertThat(rejoinder.comment(c.id()).client().ip()).isEqualTo("203.0.113.9");
  }

  @Test
  void idsComeFromTheInjectedGenerator() {
    AtomicLong next = new AtomicLong(1000);
    Rejoinder custom =
        Rejoinder.builder()
            .store(store)
            .clock(clock)
            .commentIds(() -> CommentId.of(next.incrementAndGet()))
            .build();

    Comment c = custom.submit(NewComment.on(POST, guest("Ann"), Body.plain("hi")));

    assertThat(c.id()).isEqualTo(CommentId.of(1001));
  }

  @Test
  void reply_toUnknownParent_isNotFound_andStoresNothing() {
    assertThatThrownBy(
            () ->
                rejoinder.submit(
                    NewComment.replyTo(POST, CommentId.of(999), guest("Ann"), Body.plain("?"))))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("comment");
              assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            });
    assertThat(storedComments()).isZero();
  }

  @Test
  void comment_onUnknownPost_isNotFound() {
    assertThatThrownBy(
            () -> rejoinder.submit(NewComment.on(PostId.of("nope"), guest("Ann"), Body.plain("?"))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("post"));
    assertThat(storedComments()).isZero();
  }

  @Test
  void reply_toAParentOfAnotherPost_isInvalidParent_andStoresNothing() {
    rejoinder.createPost(Post.of(PostId.of("other"), "Other", POST_AUTHOR, clock.instant()));
    Comment elsewhere =
        rejoinder.submit(NewComment.on(PostId.of("other"), guest("Bob"), Body.plain("there")));

    assertThatThrownBy(
            () ->
                rejoinder.submit(
                    NewComment.replyTo(POST, elsewhere.id(), guest("Ann"), Body.plain("here"))))
        .isInstanceOfSatisfying(
            InvalidParentException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidParentException.Reason.OTHER_POST));
    assertThat(storedComments()).isEqualTo(1);
  }

  @Test
  void reply_toSpamTrashOrPendingComment_isInvalidParent_andStoresNothing() {
    for (ModerationState state :
        new ModerationState[] {ModerationState.SPAM, ModerationState.TRASH, ModerationState.PENDING}) {
      Comment parent = say(guest("Spammer"), "buy now " + state);
      rejoinder.moderation(MODERATOR).changeState(parent.id(), state, "test");
      long before = storedComments();

      assertThatThrownBy(() -> reply(parent, guest("Ann"), "re"))
          .as("reply to %s", state)
          .isInstanceOfSatisfying(
              InvalidParentException.class,
              e -> assertThat(e.reason()).isEqualTo(InvalidParentException.Reason.NOT_APPROVED));
      assertThat(storedComments()).isEqualTo(before);
    }
  }

  @Test
  void reply_toACommentAtTheDepthCap_isAcceptedAndShownAtTheCap() {
    Comment parent = say(guest("A"), "depth 1");
    for (int depth = 2; depth <= 5; depth++) {
      parent = reply(parent, guest("A" + depth), "depth " + depth);
    }
    Comment beyond = reply(parent, guest("Late"), "depth 6");

    ThreadNode node = rejoinder.thread(POST).node(beyond.id()).orElseThrow();
    assertThat(node.depth()).isEqualTo(5);
    assertThat(rejoinder.comment(beyond.id()).parentId()).isEqualTo(parent.id());
  }

  @Test
  void closedPost_rejectsComments() {
    rejoinder.setCommentStatus(POST, CommentStatus.CLOSED);

    assertThatThrownBy(() -> say(guest("Ann"), "hello?"))
        .isInstanceOfSatisfying(
            CommentsClosedException.class, e -> assertThat(e.postId()).isEqualTo(POST));
    assertThat(storedComments()).isZero();
  }

  @Test
  void postClosingAfterDays_takesCommentsUntilThen() {
    rejoinder.setCommentStatus(POST, CommentStatus.closesAfterDays(2));
    clock.advance(Duration.ofDays(1));
    say(guest("Ann"), "in time");

    clock.advance(Duration.ofDays(1));
    assertThatThrownBy(() -> say(guest("Bob"), "too late"))
        .isInstanceOf(CommentsClosedException.class);
    assertThat(storedComments()).isEqualTo(1);
  }

  @Test
  void aPostThatClosed_showsNoReplyLink_inItsThreadOrItsPages_byTheInjectedClock() {
    rejoinder.setCommentStatus(POST, CommentStatus.closesAfterDays(2));
    Comment c = say(guest("Ann"), "in time");
    assertThat(rejoinder.thread(POST).acceptsComments()).isTrue();
    assertThat(rejoinder.thread(POST).node(c.id()).orElseThrow().canReply()).isTrue();

    clock.advance(Duration.ofDays(2));

    CommentThread thread = rejoinder.thread(POST);
    assertThat(thread.acceptsComments()).isFalse();
    assertThat(thread.node(c.id()).orElseThrow().canReply()).isFalse();
    assertThat(rejoinder.threadPage(POST, Actor.ANONYMOUS, 1).roots())
        .singleElement()
        .satisfies(node -> assertThat(node.canReply()).isFalse());
    assertThat(rejoinder.node(c.id(), Actor.ANONYMOUS).orElseThrow().canReply()).isFalse();
  }

  @Test
  void node_ofAJustSubmittedComment_isLaidOutAsInTheThread_asItsAuthorSeesIt() {
    Comment top = say(guest("Ann"), "top");
    Comment reply = reply(top, guest("Bob"), "reply");
    Comment deep = reply;
    for (int i = 0; i < 6; i++) {
      deep = reply(deep, guest("Ann"), "deeper " + i);
    }
    Comment held =
        rejoinder.submit(NewComment.on(POST, guest("Cy"), Body.plain("see www.a.example and www.b.example")));

    ThreadNode replyNode = rejoinder.node(reply.id(), Actor.ANONYMOUS).orElseThrow();
    ThreadNode inThread = rejoinder.thread(POST).node(reply.id()).orElseThrow();
    assertThat(replyNode.depth()).isEqualTo(inThread.depth()).isEqualTo(2);
    assertThat(replyNode.inReplyTo()).isEqualTo(inThread.inReplyTo());
    assertThat(replyNode.canReply()).isEqualTo(inThread.canReply()).isTrue();
    assertThat(replyNode.number()).isEmpty();
    ThreadNode deepNode = rejoinder.node(deep.id(), Actor.ANONYMOUS).orElseThrow();
    assertThat(deepNode.depth()).isEqualTo(5);
    assertThat(deepNode.isFlattened()).isTrue();
    assertThat(held.state()).isEqualTo(ModerationState.PENDING);
    assertThat(rejoinder.node(held.id(), Actor.reader(guest("Cy"))).orElseThrow().kind())
        .isEqualTo(ThreadNode.Kind.AWAITING_MODERATION);
    assertThat(rejoinder.node(held.id(), Actor.ANONYMOUS)).isEmpty();
    assertThatThrownBy(() -> rejoinder.node(CommentId.of(999), Actor.ANONYMOUS))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBodyReadersWouldSeeAsEmpty_isRejected_onSubmitAndOnEdit_andStoresNothing() {
    TagStrippingBodyText bodyText = new TagStrippingBodyText();
    Rejoinder rendered = Rejoinder.builder().store(store).clock(clock).bodyText(bodyText).build();
    Comment c = rendered.submit(NewComment.on(POST, guest("Ann"), Body.html("<b>hello</b>")));

    assertThat(rendered.bodyText()).isSameAs(bodyText);
    assertThatThrownBy(() -> rendered.submit(NewComment.on(POST, guest("Bob"), Body.html("<script>x</script>"))))
        .isInstanceOfSatisfying(CommentRejectedException.class, e -> {
          assertThat(e.verdict().reason()).isEqualTo(Reasons.EMPTY_BODY);
          assertThat(e.httpStatus()).isEqualTo(400);
        });
    assertThatThrownBy(() -> rendered.submit(NewComment.on(POST, POST_AUTHOR, Body.html("<i> </i>")), MODERATOR))
        .isInstanceOf(CommentRejectedException.class);
    assertThatThrownBy(() -> rendered.edit(c.id(), Body.html("<style>b{}</style>"), Actor.reader(guest("Ann"))))
        .isInstanceOf(CommentRejectedException.class);
    assertThat(storedComments()).isEqualTo(1);
    assertThat(rendered.comment(c.id()).body().text()).isEqualTo("<b>hello</b>");
  }

  @Test
  void withoutABodyTextSetOrFound_moderationJudgesTheTextAsTyped() {
    TagStrippingBodyText found = new TagStrippingBodyText();

    assertThat(rejoinder.bodyText().visibleText(Body.html("<b>x</b>"))).isEqualTo("<b>x</b>");
    assertThat(Rejoinder.discover(java.util.List.of(found))).isSameAs(found);
    assertThat(Rejoinder.discover(java.util.List.of()).visibleText(Body.plain("a&#98;"))).isEqualTo("a&#98;");
  }

  @Test
  void createPost_twice_isAlreadyExists() {
    assertThatThrownBy(
            () -> rejoinder.createPost(Post.of(POST, "Again", POST_AUTHOR, clock.instant())))
        .isInstanceOfSatisfying(
            AlreadyExistsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));
  }

  @Test
  void changeState_recordsWhoWhenWhy_andBumpsTheVersion() {
    Comment c = say(guest("Spammer"), "Hi, your article is interesting");
    clock.advance(Duration.ofSeconds(30));

    Comment spam = rejoinder.moderation(MODERATOR).changeState(c.id(), ModerationState.SPAM, "generic praise");

    assertThat(spam.state()).isEqualTo(ModerationState.SPAM);
    assertThat(spam.version()).isEqualTo(2);
    assertThat(spam.updatedAt()).isEqualTo(clock.instant());
    AuditEntry last = rejoinder.moderation(Actor.SYSTEM).history(c.id()).get(1);
    assertThat(last.actor()).isEqualTo(MODERATOR);
    assertThat(last.from()).isEqualTo(ModerationState.APPROVED);
    assertThat(last.to()).isEqualTo(ModerationState.SPAM);
    assertThat(last.reason()).isEqualTo("generic praise");
    assertThat(last.at()).isEqualTo(clock.instant());
  }

  @Test
  void changeState_toTheCurrentState_isIllegal_andChangesNothing() {
    Comment c = say(guest("Ann"), "fine");
    rejoinder.moderation(MODERATOR).changeState(c.id(), ModerationState.TRASH, "");

    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).changeState(c.id(), ModerationState.TRASH, ""))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(ModerationState.TRASH);
              assertThat(e.to()).isEqualTo(ModerationState.TRASH);
            });
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(c.id())).hasSize(2);
    assertThat(rejoinder.comment(c.id()).version()).isEqualTo(2);
  }

  @Test
  void changeState_byAReader_isPermissionDenied() {
    Comment c = say(guest("Ann"), "fine");

    assertThatThrownBy(
            () -> rejoinder.moderation(Actor.reader(guest("Bob"))).changeState(c.id(), ModerationState.SPAM, ""))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.NOT_MODERATOR));
    assertThat(rejoinder.comment(c.id()).state()).isEqualTo(ModerationState.APPROVED);
  }

  @Test
  void changeState_ofUnknownComment_isNotFound() {
    assertThatThrownBy(
            () -> rejoinder.moderation(MODERATOR).changeState(CommentId.of(77), ModerationState.SPAM, ""))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void policyVerdicts_decideTheStoredState_andRejectStoresNothing() {
    Rejoinder moderated =
        Rejoinder.builder()
            .store(store)
            .clock(clock)
            .moderation(
                s -> {
                  String text = s.body().text();
                  if (text.contains("casino")) {
                    return Verdict.of(Decision.SPAM, "keyword", "Looks like spam");
                  }
                  if (text.contains("http")) {
                    return Verdict.of(Decision.HOLD, "links", "Held for links");
                  }
                  if (text.contains("again")) {
                    return Verdict.of(Decision.REJECT, "duplicate", "You've already said that");
                  }
                  return Verdict.APPROVED;
                })
            .build();

    Comment spam = moderated.submit(NewComment.on(POST, guest("S"), Body.plain("casino")));
    Comment held = moderated.submit(NewComment.on(POST, guest("L"), Body.plain("see http://x")));

    assertThat(spam.state()).isEqualTo(ModerationState.SPAM);
    assertThat(held.state()).isEqualTo(ModerationState.PENDING);
    assertThat(moderated.moderation(Actor.SYSTEM).history(held.id()).get(0).reason()).isEqualTo("links");
    assertThatThrownBy(() -> moderated.submit(NewComment.on(POST, guest("D"), Body.plain("again"))))
        .isInstanceOfSatisfying(
            CommentRejectedException.class,
            e -> {
              assertThat(e.verdict().reason()).isEqualTo("duplicate");
              assertThat(e.getMessage()).isEqualTo("You've already said that");
              assertThat(e.code()).isEqualTo(ErrorCode.REJECTED);
            });
    assertThat(storedComments()).isEqualTo(2);
  }

  @Test
  void withoutAPolicy_theStandardPolicyJudges_andItsRejectionsCarryAnHttpStatus() {
    Comment first = say(guest("Ann"), "First!");

    assertThat(rejoinder.policy().rules()).isEqualTo(ModerationPolicy.standard().rules());
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(first.id()).get(0).reason()).isEqualTo(Reasons.APPROVED);
    assertThatThrownBy(() -> rejoinder.submit(NewComment.on(POST, guest("Ann"), Body.plain("Second!"))))
        .isInstanceOfSatisfying(CommentRejectedException.class, e -> {
          assertThat(e.verdict().reason()).isEqualTo(Reasons.FLOOD);
          assertThat(e.httpStatus()).isEqualTo(429);
        });
    assertThatThrownBy(() -> say(guest("Ann"), "First!"))
        .isInstanceOfSatisfying(CommentRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
    assertThatThrownBy(() -> say(Guest.of("Nameless", null), "hi"))
        .isInstanceOfSatisfying(CommentRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    assertThat(storedComments()).isEqualTo(1);
    assertThat(say(guest("Bob"), "see http://a.example and http://b.example").state())
        .isEqualTo(ModerationState.PENDING);
  }

  @Test
  void thePostsAuthorAndModerators_areTrusted_butAClosedPostIsClosedForThemToo() {
    Comment byAuthor = rejoinder.submit(
        NewComment.on(POST, POST_AUTHOR, Body.plain("links http://a.example http://b.example")));
    Comment byModerator = rejoinder.submit(
        NewComment.on(POST, guest("Mod"), Body.plain("more http://a.example http://b.example")),
        Actor.moderator(guest("Mod")));

    assertThat(byAuthor.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(byModerator.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(byModerator.id()).get(0).reason()).isEqualTo(Reasons.TRUSTED);
    rejoinder.setCommentStatus(POST, CommentStatus.CLOSED);
    assertThatThrownBy(() -> rejoinder.submit(NewComment.on(POST, POST_AUTHOR, Body.plain("closed?")), MODERATOR))
        .isInstanceOf(CommentsClosedException.class);
  }

  @Test
  void thread_showsOnlyApproved_toEveryone_andPendingToItsAuthor() {
    Guest ann = guest("Ann");
    Comment visible = say(guest("Bob"), "visible");
    Comment pending = say(ann, "awaiting");
    rejoinder.moderation(MODERATOR).changeState(pending.id(), ModerationState.PENDING, "");
    Comment spam = say(guest("Spammer"), "spam");
    rejoinder.moderation(MODERATOR).changeState(spam.id(), ModerationState.SPAM, "");

    CommentThread anonymous = rejoinder.thread(POST);
    CommentThread annSees = rejoinder.thread(POST, Actor.reader(ann));
    CommentThread moderatorSees = rejoinder.thread(POST, MODERATOR);

    assertThat(anonymous).extracting(ThreadNode::id).containsExactly(visible.id());
    assertThat(moderatorSees).extracting(ThreadNode::id).containsExactly(visible.id());
    assertThat(annSees).extracting(ThreadNode::id).containsExactly(visible.id(), pending.id());
    assertThat(annSees.node(pending.id()).orElseThrow().kind())
        .isEqualTo(ThreadNode.Kind.AWAITING_MODERATION);
    assertThat(annSees.responseCount()).isEqualTo(1);
  }

  @Test
  void trashedCommentWithReplies_keepsItsPlaceAsAPlaceholder() {
    Comment parent = say(guest("Rude"), "Boll*cks");
    Comment answer = reply(parent, guest("Ann"), "For Rude: please be civil");
    rejoinder.moderation(MODERATOR).changeState(parent.id(), ModerationState.TRASH, "abuse");

    CommentThread thread = rejoinder.thread(POST);

    ThreadNode placeholder = thread.roots().get(0);
    assertThat(placeholder.isPlaceholder()).isTrue();
    assertThat(placeholder.comment()).isEmpty();
    assertThat(placeholder.children()).extracting(ThreadNode::id).containsExactly(answer.id());
    assertThat(thread.responseCount()).isEqualTo(1);
  }

  @Test
  void thread_ofUnknownPost_isNotFound() {
    assertThatThrownBy(() -> rejoinder.thread(PostId.of("missing")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void builder_rejectsNulls() {
    assertThatThrownBy(() -> Rejoinder.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock must not be null");
  }

  @Test
  void timesAreKeptToTheMillisecond() {
    clock.set(Instant.parse("2024-05-02T00:00:00.123456789Z"));
    Comment c = rejoinder.submit(NewComment.on(POST, guest("Ann"), Body.plain("precise")));

    assertThat(c.createdAt()).isEqualTo(Instant.parse("2024-05-02T00:00:00.123Z"));
  }
}
