package org.rejoinder.web;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.CommentId;
import org.rejoinder.thread.ThreadNode;

/**
 * Who is reading, as one request shows it: a signed-in reader, a guest who may see some of their
 * own pending comments, or an anonymous reader; and the browser id their CSRF tokens are bound to.
 *
 * @param actor the actor threads are assembled for
 * @param signedIn the signed-in reader, or {@code null}
 * @param pendingShown the pending comments a guest may see, or {@code null} when the actor's own
 *     pending comments are all shown (a signed-in reader)
 * @param pendingCookie the ids the pending cookie holds, newest first
 * @param linkedPending the pending comment a valid link named, or {@code null}
 * @param browserId the browser's id
 * @param newBrowser whether the browser id is new and must be set as a cookie
 */
record Viewer(
    Actor actor,
    @Nullable SignedInReader signedIn,
    @Nullable Set<CommentId> pendingShown,
    List<CommentId> pendingCookie,
    @Nullable CommentId linkedPending,
    String browserId,
    boolean newBrowser) {

  /** Returns whether this viewer is shown a node: a guest sees only the pending comments named. */
  public boolean shows(ThreadNode node) {
    return node.kind() != ThreadNode.Kind.AWAITING_MODERATION
        || pendingShown == null
        || pendingShown.contains(node.id());
  }

  /** Returns whether the viewer is a signed-in moderator or administrator. */
  public boolean isModerator() {
    return signedIn != null && signedIn.role().canModerate();
  }

  /**
   * Returns the actor of a vote: the signed-in reader, or for a guest a {@linkplain Actor#visitor
   * visitor} known by the browser (who votes only where the Rejoinder lets guests vote).
   */
  public Actor voter() {
    return signedIn != null ? signedIn.actor() : Actor.visitor("browser-" + browserId);
  }

  /** Returns the actor of a report: the signed-in reader, or the browser for a guest. */
  public Actor reporter() {
    return signedIn != null ? signedIn.actor() : new Actor("browser:" + browserId, actor.role());
  }
}
