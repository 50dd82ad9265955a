package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rejoinder.ErasureReport;
import org.rejoinder.NewComment;
import org.rejoinder.PersonalDataExport;
import org.rejoinder.PersonalDataView;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.testing.MutableClock;

/** A reader's request about their data, end to end: the JSON export, then the erasure. */
class PersonalDataTest {
  private static final PostId POST = PostId.of("hello");
  private static final Guest ANN = Guest.of("Ann", "ann@example.com", "https://ann.example.com");
  private static final Guest BOB = Guest.of("Bob", "bob@example.com");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store).clock(clock)
      .anonymousName("A former reader").guestVotes(true).build();

  private Comment say(Guest who, Comment parent, String text, Set<Subscription.Scope> subscribe) {
    clock.advance(Duration.ofMinutes(1));
    NewComment c = (parent == null ? NewComment.on(POST, who, Body.plain(text))
        : NewComment.replyTo(POST, parent.id(), who, Body.plain(text)))
        .withClient(ClientInfo.of("192.0.2.1", "Agent/1.0"));
    return rejoinder.submit(c, Actor.reader(who), subscribe);
  }

  private JsonNode json(PersonalDataExport export) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PersonalDataJson.write(export, c -> "https://blog.example.net/posts/hello#comment-" + c.id(), out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  private static List<String> values(JsonNode item) {
    List<String> values = new ArrayList<>();
    item.get("data").forEach(pair -> values.add(pair.get("name").asText() + "=" + pair.get("value").asText()));
    return values;
  }

  @Test
  void theExportHoldsEveryCommentWithItsRevisions_reportsAndSubscriptions_asWordPressNamesThem() throws Exception {
    rejoinder.createPost(Post.of(POST, "Hello", SiteUser.of("1", "Ed"), clock.instant()));
    Comment anns = say(ANN, null, "First draft", Set.of(Subscription.Scope.REPLIES));
    Comment bobs = say(BOB, anns, "A reply", Set.of());
    rejoinder.edit(anns.id(), Body.plain("First, edited"), Actor.reader(ANN));
    rejoinder.report(bobs.id(), Actor.reader(ANN), "off topic");
    rejoinder.vote(bobs.id(), Actor.reader(ANN), VoteDirection.DOWN);

    PersonalDataView view = rejoinder.personalData(Actor.SYSTEM);
    JsonNode export = json(view.export("ANN@example.com"));

    assertThat(export.get("email").asText()).isEqualTo("ann@example.com");
    JsonNode comments = export.at("/groups/comments/items");
    assertThat(comments).hasSize(1);
    assertThat(values(comments.get(0))).contains(
        "Comment Author=Ann", "Comment Author Email=ann@example.com",
        "Comment Author URL=https://ann.example.com", "Comment Author IP=192.0.2.1",
        "Comment Author User Agent=Agent/1.0", "Comment Content=First, edited",
        "Comment URL=https://blog.example.net/posts/hello#comment-" + anns.id());
    assertThat(comments.get(0).at("/revisions/0/previousContent").asText()).isEqualTo("First draft");
    assertThat(values(export.at("/groups/reports/items/0"))).contains("Report Reason=off topic");
    assertThat(values(export.at("/groups/subscriptions/items/0"))).contains("Subscription Scope=replies");
    assertThat(values(export.at("/groups/votes/items/0")))
        .contains("Voted Comment=comment-" + bobs.id().value(), "Vote=down");
    assertThat(export.toString()).doesNotContain("bob@example.com").doesNotContain("A reply");
  }

  @Test
  void erasureLeavesTheThreadsShape_butNothingFoundByTheAddress() throws Exception {
    rejoinder.createPost(Post.of(POST, "Hello", SiteUser.of("1", "Ed"), clock.instant()));
    Comment anns = say(ANN, null, "Mine", Set.of(Subscription.Scope.POST));
    Comment bobs = say(BOB, anns, "A reply", Set.of());
    rejoinder.vote(bobs.id(), Actor.reader(ANN), VoteDirection.UP);
    int before = rejoinder.thread(POST).responseCount();

    ErasureReport report = rejoinder.personalData(Actor.SYSTEM).erase("ann@example.com");

    assertThat(report.comments()).isEqualTo(1);
    assertThat(report.subscriptions()).isEqualTo(1);
    assertThat(report.votes()).isEqualTo(1);
    assertThat(report.requestedBy()).isEqualTo(Actor.SYSTEM);
    assertThat(rejoinder.personalData(Actor.SYSTEM).erasures(0, 10)).containsExactly(report.record());
    assertThat(report.record().requestedBy()).isEqualTo("system");
    assertThat(report.record().requestedAt()).isEqualTo(clock.instant());
    assertThat(rejoinder.comment(bobs.id()).votes().ups()).isEqualTo(1);
    assertThat(rejoinder.thread(POST).responseCount()).isEqualTo(before);
    Comment erased = rejoinder.comment(anns.id());
    assertThat(erased.author()).isEqualTo(Guest.of("A former reader", null));
    assertThat(erased.client()).isEqualTo(ClientInfo.NONE);
    assertThat(erased.body().text()).isEqualTo("Mine");
    assertThat(store.find(CommentQuery.all().withAuthorEmail("ann@example.com"))).isEmpty();
    JsonNode again = json(rejoinder.personalData(Actor.SYSTEM).export("ann@example.com"));
    assertThat(again.at("/groups/comments/items")).isEmpty();
    assertThat(again.at("/groups/subscriptions/items")).isEmpty();
    assertThat(again.at("/groups/votes/items")).isEmpty();
    ErasureReport second = rejoinder.personalData(Actor.SYSTEM).erase("ann@example.com");
    assertThat(second.comments()).isZero();
    assertThat(second.requestId()).isNotEqualTo(report.requestId());
    assertThat(rejoinder.personalData(Actor.SYSTEM).erasures(0, 10)).extracting(r -> r.requestId())
        .containsExactly(second.requestId(), report.requestId());
  }

  @Test
  void onlyAnAdministrator_exportsOrErases() {
    assertThatThrownBy(() -> rejoinder.personalData(Actor.moderator(SiteUser.of("2", "Mo"))))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
