package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Body;
import org.rejoinder.moderation.BodyText;

class RenderedBodyTextTest {

  @Test
  void itIsListedForTheClassPath_asABodyText() throws IOException {
    try (InputStream in = RenderedBodyText.class.getClassLoader()
        .getResourceAsStream("META-INF/services/" + BodyText.class.getName())) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(RenderedBodyText.class.getName());
    }
  }

  @Test
  void itIsProvidedOnTheModulePath() {
    Module module = RenderedBodyText.class.getModule();

    assertThat(module.getName()).isEqualTo("org.rejoinder.render");
    assertThat(module.getDescriptor().provides())
        .anySatisfy(provides -> {
          assertThat(provides.service()).isEqualTo(BodyText.class.getName());
          assertThat(provides.providers()).containsExactly(RenderedBodyText.class.getName());
        });
  }

  @Test
  void itSeesBodiesAsTheDefaultRendererShowsThem() throws Exception {
    BodyText text = RenderedBodyText.class.getConstructor().newInstance();

    assertThat(text.visibleText(Body.html("<script>x</script>"))).isEmpty();
    assertThat(text.visibleText(Body.markdown("bad<b></b>w&#111;rd"))).isEqualTo("badword");
  }
}
