package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Report;
import org.rejoinder.model.Vote;
import org.rejoinder.subscription.Subscription;

/**
 * The capability of finding and erasing what is stored about one person, by email address: for
 * a reader's request to see or erase their data (GDPR articles 15 and 17), as WordPress's
 * personal data exporter and eraser do for comments.
 *
 * <p>{@code PersonalDataStoreContract} in the test-jar of {@code rejoinder-core} checks a store
 * against this interface.
 *
 * @since 0.2.0
 */
public interface PersonalDataStore extends DiscussionStore {

  /**
   * Returns a page of the comments whose author gave {@code email} (compared ignoring case), by
   * creation time and then id.
   *
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range
   */
  default List<Comment> commentsByEmail(String email, int offset, int limit) {
    requireNonNull(email, "email must not be null");
    StoreChecks.checkPage(offset, limit);
    return find(CommentQuery.all().withAuthorEmail(email.trim().toLowerCase(Locale.ROOT))
        .withPage(offset, limit));
  }

  /** Returns the reports filed by a reader, by their {@link org.rejoinder.model.Actor#key() key}, oldest first. */
  List<Report> reportsBy(String reporterKey);

  /** Returns the subscriptions of an address (compared ignoring case), in storage order. */
  List<Subscription> subscriptionsOf(String email);

  /**
   * Returns the votes cast under a reader's key (a guest's is {@code email:<address>}), by the
   * time they were cast and then by comment id: what an export of the reader's data lists.
   */
  List<Vote> votesByVoter(String voterKey);

  /**
   * Erases one batch of what is stored about {@code email}, in one atomic step:
   *
   * <ul>
   *   <li>up to {@code limit} of the comments whose author gave it take {@code replacement} as
   *       their author (a guest without an address or website) and lose their IP address and
   *       user agent; their text, dates, state, votes and place in the thread stay, so threads
   *       keep their shape;
   *   <li>mentions by name of those comments in other comments ({@link
   *       org.rejoinder.model.Mention.Kind#NAME}) are dropped, since they tie the name to the
   *       anonymized comment (the text as written stays; links by id stay);
   *   <li>the reports filed and the votes cast under the address's key ({@code
   *       email:<address>}) take keys that name nobody (so a comment's counts keep their
   *       totals); audit entries and revisions made under it name no actor;
   *   <li>its subscriptions are deleted, and the outbox's notifications to it;
   *   <li>{@code erasure} is stored if no record has its request id yet (the first batch),
   *       otherwise the stored record's counts grow by this batch's: the record is durable
   *       exactly when the erasure is. The counts of the given record are not used.
   * </ul>
   *
   * <p>Call it again, with the same record, until it erases fewer than {@code limit} comments.
   *
   * @param replacement the author erased comments show, such as {@code Guest.of("Anonymous",
   *     null)}
   * @param erasure the record of the erasure this batch belongs to, such as {@link
   *     ErasureRecord#started}
   * @return what was erased in this batch
   * @throws IllegalArgumentException if {@code replacement} has an address or a website, or
   *     {@code limit} is below 1
   */
  Erased erasePersonalData(String email, Author replacement, int limit, ErasureRecord erasure);

  /**
   * Returns a page of the records of erasures, newest first (by the time they were asked for,
   * then the order they were stored in).
   *
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range
   */
  List<ErasureRecord> erasures(int offset, int limit);

  /**
   * What one batch of {@link #erasePersonalData} erased.
   *
   * @param comments comments anonymized
   * @param revisions revisions whose editor was forgotten
   * @param reports reports re-keyed
   * @param subscriptions subscriptions deleted
   * @param votes votes re-keyed
   * @param mentions mentions by name dropped
   * @since 0.2.0
   */
  record Erased(int comments, int revisions, int reports, int subscriptions, int votes, int mentions) {
    /** Nothing erased. */
    public static final Erased NONE = new Erased(0, 0, 0, 0, 0, 0);
  }
}
