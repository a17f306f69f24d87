package io.camelkartra.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelets' JSON-schema definitions agree with the component they wrap: credentials are secret in both, defaults
 * are the component's, every property is used by the template and every placeholder is a property, and the Maven
 * dependency names this build's camel-kartra.
 */
class KameletDefinitionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9]+)}}");

    @ParameterizedTest
    @ValueSource(strings = { "kartra-sink", "kartra-source", "kartra-ipn-source" })
    void definitionMatchesTheComponentOptions(String name) throws IOException {
        Map<String, Object> kamelet = kamelet(name);
        Map<String, Object> properties = map(map(map(kamelet.get("spec")).get("definition")).get("properties"));
        JsonNode options = componentMetadata().get("properties");

        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            Map<String, Object> property = map(entry.getValue());
            JsonNode option = options.get(entry.getKey());
            assertThat(option).as("%s: property %s is a kartra endpoint option", name, entry.getKey()).isNotNull();
            boolean secret = option.path("secret").asBoolean();
            assertThat("password".equals(property.get("format"))).as("%s: %s is format: password", name, entry.getKey())
                    .isEqualTo(secret);
            if (secret) {
                assertThat(property.get("x-descriptors")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("urn:camel:group:credentials");
            }
            if (option.hasNonNull("defaultValue") && property.containsKey("default")) {
                assertThat(String.valueOf(property.get("default"))).as("%s: default of %s", name, entry.getKey())
                        .isEqualTo(option.get("defaultValue").asText());
            }
        }
        assertThat(placeholders(map(kamelet.get("spec")).get("template"))).as("%s: properties the template uses", name)
                .containsExactlyInAnyOrderElementsOf(properties.keySet());
        assertThat(map(kamelet.get("spec")).get("dependencies")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("mvn:io.camelkartra:camel-kartra:" + System.getProperty("kartra.version"));
        assertThat(map(kamelet.get("metadata")).get("name")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "kartra-sink" })
    void sinkOffersEveryProducerOperation(String name) throws IOException {
        Map<String, Object> operation = map(map(map(map(kamelet(name).get("spec")).get("definition")).get("properties")).get("operation"));
        List<String> producerOperations = new ArrayList<>();
        componentMetadata().get("properties").get("operation").get("enum").forEach(op -> {
            if (!op.asText().equals("events") && !op.asText().equals("ipn")) {
                producerOperations.add(op.asText());
            }
        });

        assertThat(operation.get("enum")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyElementsOf(producerOperations);
    }

    private static Set<String> placeholders(Object template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(String.valueOf(template));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static Map<String, Object> kamelet(String name) throws IOException {
        try (InputStream in = KameletDefinitionsTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as(name).isNotNull();
            return map(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        }
    }

    private static JsonNode componentMetadata() throws IOException {
        try (InputStream in = KameletDefinitionsTest.class.getResourceAsStream("/META-INF/io/camelkartra/kartra.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
