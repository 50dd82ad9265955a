package org.rejoinder.examples.spring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** The blog's posts, each a discussion in Rejoinder, created at the first start. */
@Component
public class Blog implements ApplicationRunner {
  /** One post: its id (also the discussion's), title and text. */
  public record Article(String id, String title, String text) {}

  static final SiteUser AUTHOR = SiteUser.of("author", "Mira Writes");
  static final List<Article> ARTICLES = List.of(
      new Article("ten-years-of-writing-in-public", "Ten years of writing in public",
          "Ten years ago I started writing here, in public, for whoever would read. Finish things, "
              + "write for one reader, and answer the people who take the time to answer you."),
      new Article("on-reading-slowly", "On reading slowly",
          "A page a day, read twice, teaches more than a book a week skimmed once."));

  private final Rejoinder rejoinder;
  private final CommentStore store;

  Blog(Rejoinder rejoinder, CommentStore store) {
    this.rejoinder = rejoinder;
    this.store = store;
  }

  /** Returns the post with this id, if the blog has it. */
  public Optional<Article> find(String id) {
    return ARTICLES.stream().filter(article -> article.id().equals(id)).findFirst();
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Article article : ARTICLES) {
      if (store.findPost(PostId.of(article.id())).isEmpty()) {
        rejoinder.createPost(Post.of(PostId.of(article.id()), article.title(), AUTHOR, Instant.now()));
      }
    }
  }
}
