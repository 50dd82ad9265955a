package org.rejoinder.examples.spring;

import java.util.List;
import java.util.Map;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.PostId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The index: every post with its "N comments", counted in one query. */
@Controller
class BlogController {
  /** A post as the index lists it. */
  record Entry(String title, String url, String comments) {}

  private final Rejoinder rejoinder;

  BlogController(Rejoinder rejoinder) {
    this.rejoinder = rejoinder;
  }

  @GetMapping("/")
  String index(Model model) {
    Map<PostId, Integer> counts = rejoinder.responseCounts(
        Blog.ARTICLES.stream().map(article -> PostId.of(article.id())).toList());
    List<Entry> entries = Blog.ARTICLES.stream().map(article -> {
      int count = counts.getOrDefault(PostId.of(article.id()), 0);
      return new Entry(article.title(), "/comments/posts/" + article.id(),
          count == 1 ? "1 comment" : count + " comments");
    }).toList();
    model.addAttribute("entries", entries);
    return "index";
  }
}
