package org.rejoinder.model;

import org.rejoinder.internal.Checks;

/**
 * Where an imported post or comment came from: the system it was exported from and its id
 * there, such as {@code wordpress:123} for WordPress's comment 123. A store keeps it with the
 * comment, so that old permalinks ({@code #comment-123}) can be redirected and a second import of
 * the same file adds nothing: a source id names at most one comment of a store.
 *
 * @param system the system, such as {@code "wordpress"} or {@code "disqus"}: 1 to {@value
 *     #MAX_SYSTEM_CHARS} characters without control characters
 * @param id the id in that system: 1 to {@value Limits#MAX_ID_CHARS} characters without control
 *     characters
 * @since 0.2.0
 */
public record SourceId(String system, String id) {
  /** Most characters in {@link #system()}: {@value}. */
  public static final int MAX_SYSTEM_CHARS = 100;

  /**
   * Creates a source id.
   *
   * @throws org.rejoinder.error.InvalidInputException if a value is blank, too long or holds
   *     control characters
   */
  public SourceId {
    system = Checks.requiredLine("source.system", system, MAX_SYSTEM_CHARS);
    id = Checks.requiredLine("source.id", id, Limits.MAX_ID_CHARS);
  }

  /** Returns the source id {@code id} of {@code system}. */
  public static SourceId of(String system, String id) {
    return new SourceId(system, id);
  }

  /** Shows {@code system:id}, such as {@code wordpress:123}. */
  @Override
  public String toString() {
    return system + ":" + id;
  }
}
