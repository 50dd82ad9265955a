package org.rejoinder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.error.PermissionDeniedException.Reason;
import org.rejoinder.model.Actor;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.BanRule;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.ModerationRule;
import org.rejoinder.store.CommentStore;

/** Readers' votes: who may vote on what, checked before the store counts the vote. */
final class Voting {
  private final CommentStore store;
  private final Clock clock;
  private final Events events;
  private final boolean guestVotes;
  private final List<BanList> bans;

  Voting(CommentStore store, Clock clock, Events events, boolean guestVotes, ModerationPolicy policy) {
    this.store = store;
    this.clock = clock;
    this.events = events;
    this.guestVotes = guestVotes;
    List<BanList> lists = new ArrayList<>();
    for (ModerationRule rule : policy.rules()) {
      if (rule instanceof BanRule banRule) {
        lists.add(banRule.bans());
      }
    }
    this.bans = List.copyOf(lists);
  }

  VoteChange vote(CommentId id, Actor voter, VoteDirection direction, ClientInfo client) {
    String key = voterKey(voter);
    Comment comment = votable(id);
    Optional<Ban> ban = ban(key, client);
    if (ban.isPresent() && ban.get().decision() == Decision.REJECT) {
      throw new PermissionDeniedException(Reason.BANNED, "You are not allowed to vote here.");
    }
    if (voter.isAuthorOf(comment)) {
      throw new PermissionDeniedException(Reason.OWN_COMMENT, "You cannot vote on your own comment.");
    }
    if (comment.state() != ModerationState.APPROVED) {
      throw new PermissionDeniedException(
          Reason.NOT_APPROVED, "Comment " + id + " is not approved and takes no votes.");
    }
    if (ban.isPresent()) {
      // A ban that marks comments as spam lets the vote pass unnoticed, and uncounted.
      VoteDirection mine = store.votesBy(key, comment.postId()).get(id);
      return new VoteChange(id, key, mine, mine, comment.votes());
    }
    VoteChange change = store.vote(new Vote(id, key, direction, clock.instant()));
    told(comment, change);
    return change;
  }

  VoteChange unvote(CommentId id, Actor voter) {
    String key = voterKey(voter);
    Comment comment = votable(id);
    VoteChange change = store.unvote(id, key);
    told(comment, change);
    return change;
  }

  Map<CommentId, VoteDirection> votesOf(PostId postId, Actor reader) {
    String key = reader.key();
    return key == null ? Map.of() : store.votesBy(key, postId);
  }

  private void told(Comment comment, VoteChange change) {
    if (change.changed()) {
      events.voted(comment.withVotes(change.votes()), change);
    }
  }

  private String voterKey(Actor voter) {
    String key = voter.key();
    if (key == null) {
      throw new PermissionDeniedException(Reason.ANONYMOUS, "Only a known reader may vote");
    }
    if (voter.isGuest() && !guestVotes) {
      throw new PermissionDeniedException(Reason.GUEST, "Sign in to vote");
    }
    return key;
  }

  private Comment votable(CommentId id) {
    Comment comment = store.findComment(id).orElseThrow(() -> new NotFoundException("comment", id));
    if (comment.state() == ModerationState.PURGED) {
      throw new NotFoundException("comment", id);
    }
    return comment;
  }

  private Optional<Ban> ban(String key, ClientInfo client) {
    Ban found = null;
    for (BanList list : bans) {
      Optional<Ban> ban = list.find(key, client, clock.instant());
      if (ban.isPresent() && (found == null || ban.get().decision().compareTo(found.decision()) > 0)) {
        found = ban.get();
      }
    }
    return Optional.ofNullable(found);
  }
}
