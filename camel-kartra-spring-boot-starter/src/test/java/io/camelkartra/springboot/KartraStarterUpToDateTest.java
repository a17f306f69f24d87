package io.camelkartra.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed properties and converter classes are what {@link KartraStarterGenerator} makes of the metadata of the
 * camel-kartra jar on the classpath, so every component option is a Spring property. After an option changes, rewrite
 * them with {@code ./mvnw -pl camel-kartra-spring-boot-starter -am test -Dtest=KartraStarterUpToDateTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dkartra.starter.update=true}.
 */
class KartraStarterUpToDateTest {

    private static final Path SOURCES = Path.of("src/main/java/io/camelkartra/springboot");
    private static final String UPDATE = "kartra.starter.update";

    @ParameterizedTest
    @ValueSource(strings = { "KartraComponentConfiguration", "KartraComponentConverter" })
    void committedClassMatchesTheComponentMetadata(String className) throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/camelkartra/kartra.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        String generated = className.endsWith("Configuration") ? KartraStarterGenerator.configuration(metadata)
                : KartraStarterGenerator.converter(metadata);
        Path file = SOURCES.resolve(className + ".java");
        String committed = Files.exists(file) ? Files.readString(file) : "";
        if (Boolean.getBoolean(UPDATE) && !committed.equals(generated)) {
            Files.writeString(file, generated);
            return;
        }
        assertThat(committed).as("%s is out of date: rerun this test with -D%s=true", file, UPDATE).isEqualTo(generated);
    }
}
