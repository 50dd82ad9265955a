package org.rejoinder.render.internal;

import java.util.Map;
import java.util.Set;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRendererFactory;
import org.rejoinder.render.html.HtmlContext;

/** The built-in HTML part renderers, by part. Not part of the API. */
public final class HtmlParts {
  /** The parts the HTML renderer renders: all of them. */
  public static final Set<Part<?>> SUPPORTED = Set.copyOf(Part.all());

  private HtmlParts() {}

  /** Returns the built-in factory of every part. */
  public static Map<Part<?>, PartRendererFactory<HtmlContext, ?>> builtIns() {
    return Map.ofEntries(
        entry(Part.THREAD, HtmlThreadParts::thread),
        entry(Part.HEADER, HtmlThreadParts::header),
        entry(Part.PAGINATION, HtmlThreadParts::pagination),
        entry(Part.COMMENT, HtmlCommentParts::comment),
        entry(Part.AUTHOR, HtmlCommentParts::author),
        entry(Part.META, HtmlCommentParts::meta),
        entry(Part.MODERATION_NOTICE, HtmlCommentParts::moderationNotice),
        entry(Part.BODY, HtmlCommentParts::body),
        entry(Part.REPLY_LINK, HtmlCommentParts::replyLink),
        entry(Part.PLACEHOLDER, HtmlCommentParts::placeholder),
        entry(Part.REPLY_FORM, HtmlReplyForm::form));
  }

  static <C, T> Map.Entry<Part<?>, PartRendererFactory<C, ?>> entry(
      Part<T> part, PartRendererFactory<C, T> factory) {
    return Map.entry(part, factory);
  }
}
