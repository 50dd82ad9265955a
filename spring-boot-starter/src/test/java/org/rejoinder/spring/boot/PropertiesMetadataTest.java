package org.rejoinder.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IDEs complete the rejoinder.* properties from the metadata in the jar: each is described, with its default. */
class PropertiesMetadataTest {

  @Test
  void everyPropertyIsInTheMetadata_describedAndWithItsDefault() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the metadata in the jar").isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> properties = new HashMap<>();
    metadata.get("properties").forEach(property -> properties.put(property.get("name").asText(), property));

    assertThat(properties).containsKeys("rejoinder.store.migrate", "rejoinder.moderation.max-links",
        "rejoinder.moderation.moderation-keywords", "rejoinder.moderation.flood-interval",
        "rejoinder.moderation.hold-first-comments", "rejoinder.thread.max-depth", "rejoinder.thread.page-size",
        "rejoinder.edit-window", "rejoinder.web.path", "rejoinder.web.secret", "rejoinder.web.avatars",
        "rejoinder.security.moderator-authorities");
    assertThat(properties.values()).allSatisfy(property ->
        assertThat(property.path("description").asText()).as(property.get("name").asText()).isNotBlank());
    assertThat(properties.get("rejoinder.thread.max-depth").get("defaultValue").asInt()).isEqualTo(5);
    assertThat(properties.get("rejoinder.moderation.flood-interval").get("defaultValue").asText()).isEqualTo("15s");
    assertThat(properties.get("rejoinder.web.path").get("defaultValue").asText()).isEqualTo("/comments");
  }
}
