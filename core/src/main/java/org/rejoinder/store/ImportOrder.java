package org.rejoinder.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;

/**
 * Checks a bulk insert before anything is stored and orders it parents first: what {@link
 * BulkInsertStore#insertAll} does before it writes, in one place. Iterative, so reply chains of
 * any length are fine.
 */
final class ImportOrder {
  private static final int UNKNOWN = 0;
  private static final int ON_PATH = -1;

  private ImportOrder() {}

  /** Returns the creation entry of each comment, by {@code actor} for {@code reason}. */
  static List<AuditEntry> creationEntries(List<Comment> comments, Actor actor, String reason) {
    List<AuditEntry> entries = new ArrayList<>(comments.size());
    for (Comment c : comments) {
      entries.add(new AuditEntry(c.id(), c.createdAt(), actor, null, c.state(), reason));
    }
    return entries;
  }

  /**
   * Returns the positions of {@code comments} in an order that stores every parent before its
   * replies: by depth among the given comments, in input order within one depth.
   *
   * @param stored finds a comment already stored
   * @param postExists whether a post is stored
   * @throws AlreadyExistsException if an id is given twice or is already stored, or a source id
   *     is given twice
   * @throws NotFoundException if a post, or a parent neither given nor stored, does not exist
   * @throws InvalidParentException if a parent belongs to another post
   * @throws IllegalArgumentException if given comments reply to each other in a cycle
   */
  static List<Integer> parentsFirst(
      List<Comment> comments,
      Function<CommentId, Optional<Comment>> stored,
      Predicate<PostId> postExists) {
    int n = comments.size();
    Map<CommentId, Integer> index = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
    Set<PostId> posts = new LinkedHashSet<>();
    Set<SourceId> sources = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Comment c = comments.get(i);
      if (index.put(c.id(), i) != null) {
        throw new AlreadyExistsException("comment", c.id());
      }
      if (c.source() != null && !sources.add(c.source())) {
        throw new AlreadyExistsException("comment source", c.source());
      }
      posts.add(c.postId());
    }
    for (PostId post : posts) {
      if (!postExists.test(post)) {
        throw new NotFoundException("post", post);
      }
    }
    for (Comment c : comments) {
      if (stored.apply(c.id()).isPresent()) {
        throw new AlreadyExistsException("comment", c.id());
      }
    }
    int[] depth = new int[n];
    int[] path = new int[n];
    for (int start = 0; start < n; start++) {
      int length = 0;
      int i = start;
      int base;
      while (true) {
        if (depth[i] == ON_PATH) {
          throw new IllegalArgumentException(
              "Comment " + comments.get(i).id() + " replies to itself through others");
        }
        if (depth[i] != UNKNOWN) {
          base = depth[i];
          break;
        }
        depth[i] = ON_PATH;
        path[length++] = i;
        Comment c = comments.get(i);
        CommentId parentId = c.parentId();
        if (parentId == null) {
          base = 0;
          break;
        }
        Integer parent = index.get(parentId);
        if (parent == null) {
          Comment storedParent =
              stored.apply(parentId).orElseThrow(() -> new NotFoundException("comment", parentId));
          requireSamePost(storedParent, c);
          base = 0;
          break;
        }
        requireSamePost(comments.get(parent), c);
        i = parent;
      }
      while (length > 0) {
        depth[path[--length]] = ++base;
      }
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, Comparator.comparingInt(k -> depth[k])); // stable: input order within a depth
    return Arrays.asList(order);
  }

  private static void requireSamePost(Comment parent, Comment reply) {
    if (!parent.postId().equals(reply.postId())) {
      throw new InvalidParentException(parent.id(), InvalidParentException.Reason.OTHER_POST);
    }
  }
}
