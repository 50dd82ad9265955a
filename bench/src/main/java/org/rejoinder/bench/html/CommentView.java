package org.rejoinder.bench.html;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One comment of the thread, computed ahead so that a template only assembles: every value is
 * ready to print, markup already rendered and text already what the page shows.
 *
 * @param id the comment id
 * @param classes WordPress's classes of the {@code li}
 * @param placeholder whether this is a deleted comment kept for its replies
 * @param awaitingModeration whether the reader's own comment is held
 * @param avatarHtml the avatar markup and the space after it; empty without avatars
 * @param authorHtml the author's name (linked to their website) and the post-author marker
 * @param permalink the URL of the comment, on its time
 * @param isoTime the creation time, ISO-8601
 * @param displayTime the creation time as readers see it
 * @param inReplyToHtml a space and the "in reply to …" marker of a reply shown after its parent
 *     at the maximum depth; empty for other comments
 * @param bodyHtml the sanitized body
 * @param replyUrl where the Reply link goes, or {@code null} where the comment takes no replies
 * @param replyLabel the Reply link's label, or {@code null} where the comment takes no replies
 * @param children the replies shown under it
 */
public record CommentView(
    String id,
    String classes,
    boolean placeholder,
    boolean awaitingModeration,
    String avatarHtml,
    String authorHtml,
    String permalink,
    String isoTime,
    String displayTime,
    String inReplyToHtml,
    String bodyHtml,
    @Nullable String replyUrl,
    @Nullable String replyLabel,
    List<CommentView> children) {

  /** Creates a view, copying the list of replies. */
  public CommentView {
    children = List.copyOf(children);
  }
}
