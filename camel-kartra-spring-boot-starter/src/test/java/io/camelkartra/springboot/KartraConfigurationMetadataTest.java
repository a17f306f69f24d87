package io.camelkartra.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter jar carries Spring's IDE metadata (written by spring-boot-configuration-processor): every option of the
 * component is a documented camel.component.kartra.* property, so IDEs complete and explain them.
 */
class KartraConfigurationMetadataTest {

    @Test
    void everyComponentOptionIsADocumentedSpringProperty() throws IOException {
        JsonNode component = read("/META-INF/io/camelkartra/kartra.json").get("componentProperties");
        Map<String, String> descriptions = new HashMap<>();
        read("/META-INF/spring-configuration-metadata.json").get("properties")
                .forEach(p -> descriptions.put(p.get("name").asText(), p.path("description").asText("")));

        component.properties().forEach(option -> {
            String property = "camel.component.kartra." + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            assertThat(descriptions).as(property).containsKey(property);
            assertThat(descriptions.get(property)).as(property).isNotBlank();
        });
        assertThat(descriptions.get("camel.component.kartra.request-timeout"))
                .isEqualTo("How long a call may take from the moment it asks the pool for a connection until Kartra's whole reply has arrived.");
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = KartraConfigurationMetadataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
