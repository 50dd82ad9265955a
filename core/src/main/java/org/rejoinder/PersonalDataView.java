package org.rejoinder;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Limits;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.ErasureRecord;
import org.rejoinder.store.PersonalDataStore;
import org.rejoinder.subscription.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an administrator does with a reader's request about their personal data, as WordPress's
 * personal data exporter and eraser do for comments: export everything stored about an email
 * address, or erase it. Got with {@link Rejoinder#personalData(Actor)}.
 *
 * @since 0.2.0
 */
public final class PersonalDataView {
  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataView.class);
  /** How many comments one transaction of an erasure anonymizes: {@value}, as WordPress's eraser. */
  public static final int BATCH = 500;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Actor admin;
  private final CommentStore store;
  private final Clock clock;
  private final String anonymousName;

  PersonalDataView(Actor admin, CommentStore store, Clock clock, String anonymousName) {
    this.admin = admin;
    this.store = store;
    this.clock = clock;
    this.anonymousName = anonymousName;
  }

  /**
   * Returns everything stored about an address: every comment whose author gave it, with its
   * revisions (post, dates, text, IP address, user agent are in the comment), the reports filed
   * under it, its subscriptions, and the votes a guest cast under it.
   *
   * @throws org.rejoinder.error.InvalidInputException if {@code email} is not an address
   */
  public PersonalDataExport export(String email) {
    String address = address(email);
    List<PersonalDataExport.CommentRecord> comments = new ArrayList<>();
    for (int offset = 0; ; offset += BATCH) {
      List<Comment> page = store.commentsByEmail(address, offset, BATCH);
      for (Comment c : page) {
        List<Revision> revisions = store.revisions(c.id());
        comments.add(new PersonalDataExport.CommentRecord(c, revisions));
      }
      if (page.size() < BATCH) {
        break;
      }
    }
    List<Report> reports = store.reportsBy("email:" + address);
    List<Subscription> subscriptions = store.subscriptionsOf(address);
    List<Vote> votes = store.votesByVoter("email:" + address);
    return new PersonalDataExport(address, clock.instant(), comments, reports, subscriptions, votes);
  }

  /**
   * Erases what is stored about an address, one transaction per {@value #BATCH} comments (see
   * {@link PersonalDataStore#erasePersonalData}): its comments stay, so threads keep their shape,
   * but show the anonymous name ({@link Rejoinder.Builder#anonymousName}) and lose the address,
   * website, IP address and user agent; mentions of them by name are dropped; reports filed,
   * votes cast and actions taken under it name nobody (comments keep their vote counts); its
   * subscriptions end.
   *
   * <p>The erasure is recorded durably ({@link #erasures}) with the first batch, in its
   * transaction, and each later batch adds its counts in its own: who asked (this view's
   * administrator's actor key, an email key shown as {@code email:<hidden>}), when (the engine's
   * clock), a random request id, and how much was changed; never the address. It is logged the
   * same way. Erasing again finds nothing and records an erasure of nothing.
   *
   * @return what was erased, with the request id
   * @throws org.rejoinder.error.InvalidInputException if {@code email} is not an address
   */
  public ErasureReport erase(String email) {
    String address = address(email);
    Guest anonymous = Guest.of(anonymousName, null);
    ErasureRecord record = ErasureRecord.started(newRequestId(), Redaction.key(admin.key()), clock.instant());
    while (true) {
      PersonalDataStore.Erased batch = store.erasePersonalData(address, anonymous, BATCH, record);
      record = record.plus(batch);
      if (batch.comments() < BATCH) {
        break;
      }
    }
    ErasureReport report = new ErasureReport(admin, record);
    LOG.info("Erased the personal data of {}: {}", Redaction.email(address), report);
    return report;
  }

  /**
   * Returns a page of the records of erasures, newest first: who asked, when, the request id and
   * how much was changed.
   *
   * @param offset how many of the newest to skip, from 0
   * @param limit how many at most, from 1
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range
   */
  public List<ErasureRecord> erasures(int offset, int limit) {
    return store.erasures(offset, limit);
  }

  private static String newRequestId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String address(String email) {
    requireNonNull(email, "email must not be null");
    String checked = Checks.optionalEmail("email", email, Limits.MAX_EMAIL_CHARS);
    return Checks.requiredLine("email", checked, Limits.MAX_EMAIL_CHARS).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return "PersonalDataView[" + admin + "]";
  }
}
