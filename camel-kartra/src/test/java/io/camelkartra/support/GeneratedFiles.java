package io.camelkartra.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Committed files that are generated from the code (doc tables, the Endpoint DSL builder): a test fails when the
 * committed file differs from what the code says, and rewrites it instead when the system property named by the test
 * is true.
 */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /**
     * Fails when {@code file} does not hold {@code generated}, naming the command that updates it; writes it instead
     * when the system property {@code updateProperty} is true.
     */
    public static void assertUpToDate(Path file, String generated, String updateProperty, String updateCommand) throws IOException {
        String current = Files.exists(file) ? Files.readString(file) : "";
        if (Boolean.getBoolean(updateProperty) && !current.equals(generated)) {
            Files.writeString(file, generated);
            return;
        }
        assertThat(current).as("%s is out of date: run %s -D%s=true", file, updateCommand, updateProperty).isEqualTo(generated);
    }
}
