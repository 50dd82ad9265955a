package org.rejoinder.examples.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.rejoinder.web.Page;
import org.rejoinder.web.PageLayout;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The blog's frame around Rejoinder's pages, a Thymeleaf template: the site's navigation, and on
 * a post's discussion the post itself above the comments and the form. Being a {@link PageLayout}
 * bean, it replaces the starter's plain one.
 */
@Component
class ThymeleafLayout implements PageLayout {
  private final ITemplateEngine templates;
  private final Blog blog;

  ThymeleafLayout(ITemplateEngine templates, Blog blog) {
    this.templates = templates;
    this.blog = blog;
  }

  @Override
  public void write(Page page, Appendable out) {
    Context context = new Context(Locale.ENGLISH);
    context.setVariable("title", page.title());
    context.setVariable("stylesheets", page.stylesheets());
    context.setVariable("scripts", page.scripts());
    context.setVariable("mainHtml", page.mainHtml());
    page.aboutPost().flatMap(post -> blog.find(post.id().value())).ifPresent(article -> {
      context.setVariable("postTitle", article.title());
      context.setVariable("postText", article.text());
      context.setVariable("postAuthor", Blog.AUTHOR.displayName());
    });
    try {
      out.append(templates.process("discussion", context));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
