package io.camelkartra.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.support.GeneratedFiles;
import org.junit.jupiter.api.Test;

/**
 * The committed Endpoint DSL builder is what {@link KartraEndpointDslGenerator} makes of the component metadata, so it
 * never drifts from the options. After changing an option, rewrite it with the command in the failure message.
 */
class KartraEndpointBuilderFactoryUpToDateTest {

    private static final Path FACTORY = Path.of("src/generated/java/io/camelkartra/dsl/KartraEndpointBuilderFactory.java");

    @Test
    void committedBuilderMatchesTheMetadata() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/camelkartra/kartra.json")) {
            GeneratedFiles.assertUpToDate(FACTORY, KartraEndpointDslGenerator.generate(new ObjectMapper().readTree(in)),
                    "kartra.dsl.update", "./mvnw -pl camel-kartra -am test -Dtest=KartraEndpointBuilderFactoryUpToDateTest "
                                         + "-Dsurefire.failIfNoSpecifiedTests=false");
        }
    }
}
