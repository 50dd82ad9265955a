package org.rejoinder.render;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Where one render of a part stands among the renders of the same part in a render call, for
 * markup that depends on it: WordPress's {@code even}/{@code odd} classes alternate over the
 * comments of a page ({@link #index()}) and {@code thread-even}/{@code thread-odd} over the
 * top-level ones ({@link #indexAtNesting()} where {@link #nesting()} is 0). Given by {@link
 * PartContext#position}.
 *
 * @param index how many renders of the part began before this one in the call
 * @param nesting how many renders of the same part this one is inside: 0 for a top-level comment,
 *     1 for a reply rendered within its parent
 * @param indexAtNesting how many renders of the part at the same nesting began before this one in
 *     the call
 * @since 0.2.0
 */
public record PartPosition(int index, int nesting, int indexAtNesting) {
  /**
   * Creates a position.
   *
   * @throws IllegalArgumentException if a number is negative or {@code indexAtNesting} exceeds
   *     {@code index}
   */
  public PartPosition {
    checkArgument(index >= 0, "index must not be negative but was %s", index);
    checkArgument(nesting >= 0, "nesting must not be negative but was %s", nesting);
    checkArgument(indexAtNesting >= 0 && indexAtNesting <= index,
        "indexAtNesting must be between 0 and index %s but was %s", index, indexAtNesting);
  }
}
