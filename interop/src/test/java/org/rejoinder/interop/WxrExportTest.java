package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** What a WXR export writes of text XML cannot hold. */
class WxrExportTest {
  @TempDir Path dir;

  @Test
  void noncharactersInAComment_areWrittenAsReplacementCharacters_andTheFileStillImports() throws IOException {
    InMemoryCommentStore store = new InMemoryCommentStore();
    Rejoinder rejoinder = Rejoinder.builder().store(store).build();
    Post post = rejoinder.createPost(Post.of(PostId.of("odd"), "Odd", SiteUser.of("1", "Ada"), Instant.now()));
    rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann \uFFFE", "ann@example.com"),
        Body.plain("Ends in \uFFFF, with a \uD83D\uDE00 kept")));
    Path file = dir.resolve("export.xml");
    try (var out = Files.newOutputStream(file)) {
      WxrExporter.builder(store).siteUrl("https://example.com/").build().export(PostSelection.all(), out);
    }

    InMemoryCommentStore copy = new InMemoryCommentStore();
    ImportReport report = WxrImporter.builder(copy).build().importFile(file);

    assertThat(report.commentsImported()).isEqualTo(1);
    Comment imported = copy.find(CommentQuery.all()).get(0);
    assertThat(imported.body().text()).isEqualTo("Ends in \uFFFD, with a \uD83D\uDE00 kept");
    assertThat(imported.author().displayName()).isEqualTo("Ann \uFFFD");
  }
}
