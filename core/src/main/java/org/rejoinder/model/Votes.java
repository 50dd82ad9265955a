package org.rejoinder.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;

/**
 * A comment's vote counts, and the scores the ranked orders sort by. Stores keep the counts in
 * the same transaction as the votes they count, so they never drift from them.
 *
 * <p>The scores, each a pure function of the counts (and, for {@link #hot}, of the comment's
 * creation time), so that a store can keep them in an index:
 *
 * <ul>
 *   <li>{@link #score()}: ups minus downs, what "top" sorts by;
 *   <li>{@link #best()}: the lower bound of the Wilson score interval for the share of up votes
 *       at 80 % confidence ({@code z} = {@value #WILSON_Z}), as Reddit ranks comments: a comment
 *       with 10 ups and 1 down ranks above one with 1 up and none, which ranks above none;
 *   <li>{@link #controversy()}: Reddit's {@code (ups + downs) ^ (min / max)}, 0 when either
 *       count is 0: many votes, evenly split, rank first;
 *   <li>{@link #hot(Instant)}: the score's order of magnitude plus the age, so that a newer
 *       comment needs fewer votes to rank as high (see there).
 * </ul>
 *
 * @param ups the number of up votes, at least 0
 * @param downs the number of down votes, at least 0
 * @since 0.2.0
 */
public record Votes(int ups, int downs) {
  /** No votes at all. */
  public static final Votes NONE = new Votes(0, 0);
  /** The {@code z} of {@link #best()}: the normal quantile of 80 % confidence, {@value}. */
  public static final double WILSON_Z = 1.281551565545;
  /** The instant {@link #hot(Instant)} counts age from, Reddit's: 2005-12-08T07:46:43Z. */
  public static final Instant HOT_EPOCH = Instant.ofEpochSecond(1_134_028_003L);
  /** The seconds of age that weigh as much as a tenfold score in {@link #hot(Instant)}: {@value}. */
  public static final double HOT_SECONDS_PER_DECADE = 45_000;

  /**
   * Creates counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public Votes {
    checkArgument(ups >= 0, "ups must not be negative but was %s", ups);
    checkArgument(downs >= 0, "downs must not be negative but was %s", downs);
  }

  /** Returns the counts {@code ups} and {@code downs}. */
  public static Votes of(int ups, int downs) {
    return ups == 0 && downs == 0 ? NONE : new Votes(ups, downs);
  }

  /** Returns the number of votes, up and down. */
  public int total() {
    return ups + downs;
  }

  /** Returns ups minus downs: the score readers see, and what "top" ranks by. */
  public int score() {
    return ups - downs;
  }

  /** Returns these counts with one more vote in {@code direction}. */
  public Votes plus(VoteDirection direction) {
    return direction == VoteDirection.UP ? of(ups + 1, downs) : of(ups, downs + 1);
  }

  /**
   * Returns these counts with one vote in {@code direction} fewer.
   *
   * @throws IllegalArgumentException if there is no such vote to take away
   */
  public Votes minus(VoteDirection direction) {
    return direction == VoteDirection.UP ? of(ups - 1, downs) : of(ups, downs - 1);
  }

  /**
   * Returns the lower bound of the Wilson score interval of the share of up votes at 80 %
   * confidence: with {@code n = ups + downs}, {@code p = ups / n} and {@code z} = {@value
   * #WILSON_Z},
   *
   * <pre>{@code
   * (p + z²/2n − z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)
   * }</pre>
   *
   * <p>and 0 without votes. Between 0 and 1; more votes at the same share rank higher.
   */
  public double best() {
    int n = ups + downs;
    if (n == 0) {
      return 0;
    }
    double z = WILSON_Z;
    double p = (double) ups / n;
    double left = p + z * z / (2.0 * n);
    double right = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return positive((left - right) / (1 + z * z / n));
  }

  /**
   * Returns Reddit's controversy: {@code (ups + downs) ^ (min(ups, downs) / max(ups, downs))},
   * and 0 when either count is 0. 10 ups and 10 downs give 20; 10 ups and 1 down about 1.27.
   */
  public double controversy() {
    if (ups == 0 || downs == 0) {
      return 0;
    }
    double balance = ups > downs ? (double) downs / ups : (double) ups / downs;
    return Math.pow(ups + downs, balance);
  }

  /**
   * Returns the "hot" rank of a comment with these counts created at {@code createdAt},
   * Reddit's formula:
   *
   * <pre>{@code
   * sign(s) · log10(max(|s|, 1)) + (t − 1134028003) / 45000
   * }</pre>
   *
   * <p>where {@code s} is the {@link #score()} and {@code t} the creation time in seconds since
   * the epoch (with its milliseconds). A comment ten times better scored ranks as high as one
   * posted 12.5 hours later; so newer comments rise unless older ones earn far more votes. The
   * rank depends on the votes and the creation time only, never on the time of reading, so a
   * store can index it.
   */
  public double hot(Instant createdAt) {
    int s = score();
    double order = Math.log10(Math.max(Math.abs(s), 1));
    double seconds = (createdAt.toEpochMilli() - HOT_EPOCH.toEpochMilli()) / 1000.0;
    return positive(Integer.signum(s) * order + seconds / HOT_SECONDS_PER_DECADE);
  }

  /** Returns {@code x} with a negative zero made positive, so that sorts and SQL agree. */
  private static double positive(double x) {
    return x == 0 ? 0.0 : x;
  }
}
