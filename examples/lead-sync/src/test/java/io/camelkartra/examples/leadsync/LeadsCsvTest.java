package io.camelkartra.examples.leadsync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped leads.csv is the generator's output, so the counts LeadSyncApplicationTest expects hold for it. */
class LeadsCsvTest {

    @Test
    void shippedCsvIsTheGeneratorsOutput() throws IOException {
        try (InputStream in = LeadsCsvTest.class.getResourceAsStream("/leads.csv")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("leads.csv differs from LeadsCsvGenerator's output: run its main to rewrite it")
                    .isEqualTo(LeadsCsvGenerator.generate());
        }
        assertThat(LeadsCsvGenerator.generate().lines().skip(1)).hasSize(300);
    }
}
