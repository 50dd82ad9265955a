package org.rejoinder;

import java.util.List;
import java.util.function.Consumer;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
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
