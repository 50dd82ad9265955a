package org.rejoinder;

import java.util.List;
import java.util.function.Consumer;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.VoteChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the registered {@link CommentListener}s, containing their failures. */
final class Events {
  private static final Logger LOG = LoggerFactory.getLogger(Rejoinder.class);

  private final List<CommentListener> listeners;

  Events(List<CommentListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  void posted(Comment comment) {
    tell("posted", comment.id(), l -> l.posted(comment));
  }

  void stateChanged(Comment comment, AuditEntry entry) {
    tell("stateChanged", comment.id(), l -> l.stateChanged(comment, entry));
  }

  void edited(Comment comment, Revision revision) {
    tell("edited", comment.id(), l -> l.edited(comment, revision));
  }

  void reported(Comment comment, Report report) {
    tell("reported", comment.id(), l -> l.reported(comment, report));
  }

  void voted(Comment comment, VoteChange change) {
    tell("voted", comment.id(), l -> l.voted(comment, change));
  }

  void pinned(Comment comment, AuditEntry entry) {
    tell("pinned", comment.id(), l -> l.pinned(comment, entry));
  }

  void mentioned(Comment comment, Mention mention, Comment mentioned) {
    tell("mentioned", comment.id(), l -> l.mentioned(comment, mention, mentioned));
  }

  /** Returns whether anyone listens, so that work done only for listeners can be skipped. */
  boolean heard() {
    return !listeners.isEmpty();
  }

  private void tell(String event, CommentId id, Consumer<CommentListener> call) {
    for (CommentListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("Comment listener {} failed on {} of comment {}; the change stands", listener, event, id, e);
      }
    }
  }
}
