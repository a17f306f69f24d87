package io.camelkartra.examples.leadsync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the leads CSV: a header line naming the columns (email is required; first_name, last_name, phone, company,
 * tags and lists are optional, in any order), then one lead per line. Each row keeps its line number and original
 * text, so a dead letter can quote it as it was. Blank lines are skipped.
 */
public final class LeadCsv {

    static final List<String> COLUMNS = List.of("email", "first_name", "last_name", "phone", "company", "tags", "lists");

    private final String location;

    /**
     * @param location a Camel resource URI: {@code classpath:leads.csv}, {@code file:/data/leads.csv}
     */
    public LeadCsv(String location) {
        this.location = location;
    }

    public String getLocation() {
        return location;
    }

    public List<LeadRow> read(CamelContext context) throws IOException {
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, location);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IllegalArgumentException(location + " is empty: expected a header line naming the columns");
            }
            Map<String, Integer> header = header(headerLine.replace("\uFEFF", ""));
            List<LeadRow> rows = new ArrayList<>();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    rows.add(row(header, lineNumber, line));
                }
            }
            return rows;
        }
    }

    private Map<String, Integer> header(String line) throws IOException {
        CSVRecord names = parse(line);
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new IllegalArgumentException(location + ": unknown column '" + names.get(i) + "' in the header; known: "
                        + String.join(", ", COLUMNS));
            }
            header.put(name, i);
        }
        if (!header.containsKey("email")) {
            throw new IllegalArgumentException(location + ": the header has no email column");
        }
        return header;
    }

    private static LeadRow row(Map<String, Integer> header, int lineNumber, String line) throws IOException {
        CSVRecord record = parse(line);
        return new LeadRow(lineNumber, line, column(record, header, "email"), column(record, header, "first_name"),
                column(record, header, "last_name"), column(record, header, "phone"), column(record, header, "company"),
                column(record, header, "tags"), column(record, header, "lists"));
    }

    /** A missing column, or a row shorter than the header, reads as empty: the email check then catches what matters. */
    private static String column(CSVRecord record, Map<String, Integer> header, String name) {
        Integer index = header.get(name);
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    private static CSVRecord parse(String line) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords().get(0);
    }
}
