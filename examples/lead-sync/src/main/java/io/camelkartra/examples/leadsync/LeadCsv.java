package io.camelkartra.examples.leadsync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
 * <p>
 * Each line is one row: a quoted field cannot span lines.
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

    /**
     * Opens the CSV and reads its header; the rows follow one at a time as the returned iterator is walked, so the file
     * is never held in memory.
     */
    public LeadRows read(CamelContext context) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                ResourceHelper.resolveMandatoryResourceAsInputStream(context, location), StandardCharsets.UTF_8));
        try {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IllegalArgumentException(location + " is empty: expected a header line naming the columns");
            }
            return new LeadRows(reader, header(headerLine.replace("\uFEFF", "")));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
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

    static LeadRow row(Map<String, Integer> header, int lineNumber, String line) throws IOException {
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
