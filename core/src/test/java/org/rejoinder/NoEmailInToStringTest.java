package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.error.RejoinderException;
import org.rejoinder.error.StorageException;
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
import org.rejoinder.model.CommentsClosedException;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.Limits;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.model.SourceId;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.BanRule;
import org.rejoinder.moderation.BodyText;
import org.rejoinder.moderation.BulkResult;
import org.rejoinder.moderation.CommentHistory;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.DuplicateRule;
import org.rejoinder.moderation.EmptyBodyRule;
import org.rejoinder.moderation.ExternalCheckRule;
import org.rejoinder.moderation.FirstCommentRule;
import org.rejoinder.moderation.FloodRule;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.KeywordRule;
import org.rejoinder.moderation.ModerationListStore;
import org.rejoinder.moderation.LengthLimitRule;
import org.rejoinder.moderation.LinkLimitRule;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.ModerationRule;
import org.rejoinder.moderation.PolicyBuilder;
import org.rejoinder.moderation.PurgeResult;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.moderation.RequiredFieldsRule;
import org.rejoinder.moderation.SpamChecker;
import org.rejoinder.moderation.Submission;
import org.rejoinder.moderation.Verdict;
import org.rejoinder.store.ActivityStore;
import org.rejoinder.store.NotificationStore;
import org.rejoinder.store.PersonalDataStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;
import org.rejoinder.subscription.SubscriptionTokens;
import org.rejoinder.store.ArchivedComment;
import org.rejoinder.store.BulkInsertStore;
import org.rejoinder.store.ImportSession;
import org.rejoinder.store.MigrationStore;
import org.rejoinder.store.CommentQueries;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.DiscussionStore;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.store.MentionStore;
import org.rejoinder.store.ModerationHistoryStore;
import org.rejoinder.store.PinStore;
import org.rejoinder.store.PurgeOutcome;
import org.rejoinder.store.RecentCommentsQuery;
import org.rejoinder.store.StoreChecks;
import org.rejoinder.store.ThreadPageStore;
import org.rejoinder.store.VoteStore;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.PostComments;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * Email addresses never appear in {@code toString()}: every public type of core that can hold an
 * author key or an address is made here with one inside, as a guest's address, a user id, a
 * subject, a key, a body, a user agent; none shows the address or even its local part. Every
 * other public type is listed with the reason it cannot hold one, so that a new type must be
 * placed in one list or the other.
 */
class NoEmailInToStringTest {
  private static final String LOCAL = "asmith1987";
  private static final String ADDRESS = LOCAL + "@example.org";
  private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

  private static final Guest ANN = Guest.of("Ann", ADDRESS, "https://ann.example.com");
  private static final Actor READER = Actor.reader(ANN);
  private static final SiteUser USER = SiteUser.of(ADDRESS, "Ann").withEmail(ADDRESS);
  private static final ExternalIdentity IDENTITY =
      ExternalIdentity.of(IdentityProvider.GITHUB, ADDRESS, "Ann").withEmail(ADDRESS);
  private static final Post POST = Post.of(PostId.of("p"), "Post", ANN, T0);
  private static final Body BODY = Body.plain("Write to me at " + ADDRESS);
  private static final Comment COMMENT =
      Comment.create(CommentId.of(1), POST.id(), null, ANN, BODY, T0, ModerationState.PENDING,
          ClientInfo.of("192.0.2.1", "Agent " + ADDRESS));
  private static final AuditEntry ENTRY =
      new AuditEntry(COMMENT.id(), T0, READER, null, ModerationState.PENDING, "held");
  private static final Report REPORT = new Report(COMMENT.id(), READER.key(), T0, "by " + ADDRESS);

  /** Types that can hold an address, each with an instance that does. */
  private static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    InMemoryCommentStore store = new InMemoryCommentStore();
    store.insertPost(POST);
    store.insertComment(COMMENT, ENTRY);
    Rejoinder rejoinder = Rejoinder.builder().store(store).build();
    CommentThread thread = rejoinder.thread(POST.id(), READER);
    QueueItem item = new QueueItem(COMMENT, ENTRY, List.of(REPORT));

    samples.put(Rejoinder.class, rejoinder);
    samples.put(Rejoinder.Builder.class, Rejoinder.builder().store(store));
    samples.put(ModerationView.class, rejoinder.moderation(Actor.moderator(ANN)));
    samples.put(NewComment.class, NewComment.on(POST.id(), ANN, BODY).withClient(COMMENT.client()));
    samples.put(Actor.class, READER);
    samples.put(AuditEntry.class, ENTRY);
    samples.put(Body.class, BODY);
    samples.put(ClientInfo.class, COMMENT.client());
    samples.put(Comment.class, COMMENT);
    samples.put(Comment.Builder.class, COMMENT.toBuilder());
    samples.put(ExternalIdentity.class, IDENTITY);
    samples.put(Guest.class, ANN);
    samples.put(Post.class, Post.of(PostId.of("q"), "Post", USER, T0));
    samples.put(Post.Builder.class, Post.builder().author(ANN));
    samples.put(QueueItem.class, item);
    samples.put(QueuePage.class, new QueuePage(List.of(item), 1, 0));
    samples.put(Report.class, REPORT);
    samples.put(Revision.class, new Revision(COMMENT.id(), T0, READER, BODY));
    samples.put(SiteUser.class, USER);
    samples.put(Ban.class, Ban.email(ADDRESS));
    samples.put(BanList.class, BanList.of(Ban.email(ADDRESS), Ban.author(ANN)));
    samples.put(BanRule.class, new BanRule(BanList.of(Ban.author(ANN))));
    samples.put(BulkResult.class,
        new BulkResult(List.of(COMMENT), Map.of(CommentId.of(2), new NotFoundException("comment", 2))));
    samples.put(KeywordRule.class, KeywordRule.moderation(List.of(ADDRESS)));
    samples.put(KeywordList.class, KeywordList.of(List.of(ADDRESS)));
    ModerationListStore lists = ModerationListStore.inMemory();
    lists.putBan(Ban.email(ADDRESS));
    lists.replaceKeywords(KeywordList.Kind.MODERATION, List.of(ADDRESS));
    samples.put(ModerationListStore.class, lists);
    samples.put(Submission.class,
        Submission.builder().post(POST).author(ANN).body(BODY).client(COMMENT.client()).at(T0).build());
    samples.put(Submission.Builder.class, Submission.builder().author(ANN));
    samples.put(CommentQuery.class,
        CommentQuery.all().withAuthorKey(READER.key()).withAuthorEmail(ADDRESS).withIp("192.0.2.1")
            .withBodyText("Write to me at " + ADDRESS));
    samples.put(CommentQueries.class, CommentQueries.counting(
        CommentQuery.all().withAuthorKey(READER.key()).withAuthorEmail(ADDRESS)));
    samples.put(CommentQueries.Answers.class,
        new CommentQueries.Answers(List.of(1L), List.of(List.of(COMMENT))));
    samples.put(InMemoryCommentStore.class, store);
    samples.put(ArchivedComment.class, new ArchivedComment(COMMENT, 1,
        List.of(new AuditEntry(COMMENT.id(), T0, READER, null, COMMENT.state(), "")), List.of(), List.of(),
        List.of(new Vote(COMMENT.id(), READER.key(), VoteDirection.UP, T0))));
    samples.put(CommentThread.class, thread);
    samples.put(PostComments.class, PostComments.of(POST.id(), List.of(COMMENT)));
    samples.put(PostComments.Builder.class, PostComments.builder(POST.id()).add(COMMENT));
    samples.put(ThreadNode.class, thread.node(COMMENT.id()).orElseThrow());
    samples.put(ThreadPage.class, thread.page(1));
    samples.put(ThreadPageRequest.class, ThreadPageRequest.of(POST.id(), READER, ThreadOptions.DEFAULTS, 1));
    samples.put(ThreadSlice.class, new ThreadSlice(List.of(COMMENT), 1, 0, 0, 0));
    samples.put(Vote.class, new Vote(COMMENT.id(), READER.key(), VoteDirection.UP, T0));
    samples.put(VoteChange.class,
        new VoteChange(COMMENT.id(), READER.key(), null, VoteDirection.DOWN, Votes.of(0, 1)));
    Subscription subscription = Subscription.toPost(ADDRESS, POST.id(), T0);
    Notification notification = Notification.of(NotificationKind.REPLY, "comment-1", ADDRESS,
        subscription.id(), POST.id(), COMMENT.id(), T0).failed(T0, "550 no mailbox " + ADDRESS);
    samples.put(Subscription.class, subscription);
    samples.put(Notification.class, notification);
    PersonalDataExport export = new PersonalDataExport(ADDRESS, T0,
        List.of(new PersonalDataExport.CommentRecord(COMMENT, List.of(new Revision(COMMENT.id(), T0, READER, BODY)))),
        List.of(REPORT), List.of(subscription),
        List.of(new org.rejoinder.model.Vote(COMMENT.id(), READER.key(), VoteDirection.UP, T0)));
    samples.put(PersonalDataExport.class, export);
    samples.put(PersonalDataExport.CommentRecord.class, export.comments().get(0));
    samples.put(org.rejoinder.store.ErasureRecord.class,
        org.rejoinder.store.ErasureRecord.started("r1", "user:1", T0));
    samples.put(ErasureReport.class, new ErasureReport(Actor.admin(USER),
        org.rejoinder.store.ErasureRecord.started("r1", "user:1", T0)));
    samples.put(PersonalDataView.class, rejoinder.personalData(Actor.admin(USER)));
    samples.put(NotificationStore.OutboxEntry.class, new NotificationStore.OutboxEntry(notification, null, false));
    return samples;
  }

  /** Public types that cannot hold an author key or an address, and why. */
  private static final Map<Class<?>, String> HOLD_NO_ADDRESS = noAddress();

  private static Map<Class<?>, String> noAddress() {
    Map<Class<?>, String> none = new LinkedHashMap<>();
    for (Class<?> type : List.of(CommentListener.class, Author.class, BodyText.class, CommentHistory.class,
        ModerationPolicy.class, ModerationRule.class, SpamChecker.class, CommentStore.class,
        DiscussionStore.class, ModerationHistoryStore.class, BulkInsertStore.class, ThreadPageStore.class,
        VoteStore.class, PinStore.class, MentionStore.class,
        MigrationStore.class, ImportSession.class,
        ActivityStore.class, NotificationStore.class, PersonalDataStore.class,
        org.rejoinder.store.IdentityLockStore.class)) {
      none.put(type, "an interface: what it shows is its implementation's");
    }
    for (Class<?> type : List.of(BodyFormat.class, ModerationState.class, Role.class, CommentStatus.Mode.class,
        InvalidParentException.Reason.class, Decision.class, Ban.Kind.class, ExternalCheckRule.OnFailure.class,
        PurgeOutcome.class, FirstPage.class, ThreadNode.Kind.class, ErrorCode.class,
        InvalidInputException.Problem.class, PermissionDeniedException.Reason.class,
        VoteDirection.class, Mention.Kind.class, CommentType.class, StorageException.Outcome.class,
        Subscription.Scope.class, Subscription.Status.class, Subscription.Delivery.class,
        org.rejoinder.error.InvalidCursorException.Reason.class, org.rejoinder.thread.ThreadCursor.Direction.class)) {
      none.put(type, "an enum");
    }
    for (Class<?> type : List.of(Limits.class, Reasons.class, StoreChecks.class)) {
      none.put(type, "constants or static checks, never instantiated");
    }
    for (Class<?> type : List.of(RejoinderException.class, AlreadyExistsException.class, InvalidInputException.class,
        NotFoundException.class, PermissionDeniedException.class, StorageException.class,
        CommentsClosedException.class, ConcurrentUpdateException.class, IllegalTransitionException.class,
        InvalidParentException.class, CommentRejectedException.class,
        org.rejoinder.error.InvalidCursorException.class)) {
      none.put(type, "an exception, whose message names fields and ids, never values (see below)");
    }
    none.put(CommentId.class, "a number");
    none.put(org.rejoinder.thread.ThreadCursor.class, "a thread's sort key, a direction, an order's name and a hash of the post");
    none.put(PostId.class, "the application's slug for a post");
    none.put(SourceId.class, "a system's name and a post's or comment's id in it");
    none.put(CommentStatus.class, "a mode and a number of days");
    none.put(IdentityProvider.class, "the application's provider id and name");
    none.put(Verdict.class, "a rule's reason code and message");
    none.put(PurgeResult.class, "two counts");
    none.put(RecentCommentsQuery.class, "post ids, a flag and a page");
    none.put(PolicyBuilder.class, "settings, shown as Object's identity");
    for (Class<?> type : List.of(DuplicateRule.class, EmptyBodyRule.class, FirstCommentRule.class,
        RequiredFieldsRule.class, FloodRule.class, LengthLimitRule.class, LinkLimitRule.class,
        ExternalCheckRule.class)) {
      none.put(type, "a rule holding numbers or nothing");
    }
    none.put(CommentOrder.class, "an order's name");
    none.put(Votes.class, "two counts");
    none.put(Mention.class, "a comment id and a name as readers see it in the comment's text");
    none.put(SubscriptionId.class, "random characters");
    none.put(PersonalDataStore.Erased.class, "three counts");
    none.put(NotificationKind.class, "a kind's name");
    none.put(SubscriptionTokens.class, "a lifetime; the secret is never shown");
    none.put(ThreadOptions.class, "layout settings");
    none.put(KeywordList.Kind.class, "a keyword list's name");
    return none;
  }

  @Test
  void noToString_showsAnAddress_orItsLocalPart() {
    for (Map.Entry<Class<?>, Object> sample : samples().entrySet()) {
      assertThat(sample.getValue().toString())
          .as("toString() of " + sample.getKey().getName())
          .doesNotContain(ADDRESS)
          .doesNotContain(LOCAL);
    }
  }

  @Test
  void everyPublicTypeOfCore_isCheckedOrListedAsHoldingNoAddress() throws Exception {
    Set<String> checked = new TreeSet<>();
    samples().keySet().forEach(type -> checked.add(type.getName()));
    Set<String> listed = new TreeSet<>();
    HOLD_NO_ADDRESS.keySet().forEach(type -> listed.add(type.getName()));

    Set<String> both = new TreeSet<>(checked);
    both.retainAll(listed);
    Set<String> neither = new TreeSet<>(publicTypesOfCore());
    neither.removeAll(checked);
    neither.removeAll(listed);

    assertThat(both).as("types both checked and listed").isEmpty();
    assertThat(neither).as("public types neither checked nor listed as holding no address").isEmpty();
  }

  @Test
  void messagesOfRefusedInput_nameTheFieldButNotTheAddress() {
    assertThatThrownBy(() -> Guest.of("Ann", LOCAL + "@"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("author.email")
        .message().doesNotContain(LOCAL);
    assertThatThrownBy(() -> Guest.of("Ann", LOCAL + "@" + "x".repeat(Limits.MAX_EMAIL_CHARS) + ".org"))
        .isInstanceOf(InvalidInputException.class)
        .message().doesNotContain(LOCAL);
    assertThatThrownBy(() -> Ban.email(ADDRESS + "\u0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain(LOCAL);
    assertThatThrownBy(() -> new Actor("email:" + ADDRESS + "\u0000", Role.READER))
        .isInstanceOf(InvalidInputException.class)
        .message().doesNotContain(LOCAL);
  }

  /** Returns the names of the public types in the packages core exports. */
  private static List<String> publicTypesOfCore() throws IOException, URISyntaxException {
    Path classes = Path.of(Rejoinder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (!name.startsWith("org.rejoinder.") || name.contains(".internal.")
            || name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, Rejoinder.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
        if (isPublicApi(type)) {
          names.add(type.getName());
        }
      }
    }
    return names;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}
