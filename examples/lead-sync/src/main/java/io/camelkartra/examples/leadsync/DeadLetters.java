package io.camelkartra.examples.leadsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;

/**
 * The dead-letter file's format: a CSV with the row's line number, a short reason, the full error, and the original
 * row as it was in the input (one quoted field), so a corrected row can be pasted back into a new input file.
 */
public final class DeadLetters {

    static final String FILE_NAME = "dead-letters.csv";
    static final String HEADER = "line,reason,error,original_row";

    /** Starts the file afresh with its header line. */
    static Path create(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        Files.writeString(file, HEADER + "\n");
        return file;
    }

    public String line(LeadRow row, String reason, String error) {
        return CSVFormat.DEFAULT.format(row.getLine(), reason, error, row.getOriginal()) + "\n";
    }
}
