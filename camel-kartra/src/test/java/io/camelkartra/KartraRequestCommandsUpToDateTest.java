package io.camelkartra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.support.GeneratedFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code KartraRequest.Builder} has a method for every command because its methods are generated from the command
 * table ({@link KartraRequestCommandsGenerator}); the committed files are what the generator makes of the table today.
 * After changing the table, rewrite them with the command in the failure message.
 */
class KartraRequestCommandsUpToDateTest {

    private static final Path MODEL = Path.of("src/generated/java/io/camelkartra/model");
    private static final String UPDATE = "kartra.model.update";
    private static final String COMMAND = "./mvnw -pl camel-kartra -am test -Dtest=KartraRequestCommandsUpToDateTest "
                                          + "-Dsurefire.failIfNoSpecifiedTests=false";

    @Test
    void committedBuilderMethodsMatchTheCommandTable() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/camelkartra/kartra.json")) {
            GeneratedFiles.assertUpToDate(MODEL.resolve("KartraRequestCommands.java"),
                    KartraRequestCommandsGenerator.commands(new ObjectMapper().readTree(in)), UPDATE, COMMAND);
        }
    }

    @Test
    void committedWireNamesMatchTheCommandTable() throws IOException {
        GeneratedFiles.assertUpToDate(MODEL.resolve("KartraCommandNames.java"), KartraRequestCommandsGenerator.names(), UPDATE, COMMAND);
    }
}
