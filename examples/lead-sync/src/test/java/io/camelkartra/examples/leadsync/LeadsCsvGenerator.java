package io.camelkartra.examples.leadsync;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes the example's {@code leads.csv}: 300 rows, generated without randomness so that the file and the counts the
 * test expects never drift apart. Run {@code main} to rewrite it; {@link LeadsCsvTest} checks the committed file is
 * this output.
 * <p>
 * 274 new leads, 2 leads the demo account already has (updated), and the rows that must not sync: 6 invalid emails,
 * 5 unknown tags, 4 unknown lists, the demo account's deleted lead, and 8 duplicates of earlier rows.
 * <p>
 * With a row count, it writes that many new leads instead, every one of which syncs (the growth run and its guard use
 * them): each has one or two of the demo account's four tags and one of its three lists, so the sync makes one call
 * and causes 2⅓ events a row on average.
 */
final class LeadsCsvGenerator {

    static final int NEW_LEADS = 274;
    private static final String HEADER = "email,first_name,last_name,phone,company,tags,lists\n";

    private static final String[] FIRST = { "Ava", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Hugo", "Iris", "Jack",
            "Kara", "Liam", "Maya", "Noah", "Olive", "Paul", "Quinn", "Rosa", "Sam", "Tara" };
    private static final String[] LAST = { "Adams", "Baker", "Clark", "Diaz", "Evans", "Fox", "Garcia", "Hill", "Ito",
            "Jones", "Khan", "Lopez", "Moore", "Nash", "Ortiz", "Patel", "Quinn", "Reed", "Silva", "Tran", "O'Neil" };
    private static final String[] COMPANIES = { "", "Acme Corp", "Globex", "Initech", "Smith, Jones & Co", "Umbrella Ltd",
            "", "Hooli", "Stark Industries", "" };
    private static final String[] TAGS = { "VIP Customer", "Newsletter Reader", "Webinar Attendee", "Lead Magnet" };
    private static final String[] LISTS = { "Newsletter", "Product Updates", "Webinar" };

    private LeadsCsvGenerator() {
    }

    /** Arguments: {@code [target file] [rows]}; without rows it writes {@code leads.csv}. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "examples/lead-sync/src/main/resources/leads.csv");
        if (args.length > 1) {
            writeNewLeads(target, Integer.parseInt(args[1]));
        } else {
            Files.writeString(target, generate());
        }
        System.out.println("Wrote " + target);
    }

    /** The events the sync of {@code rows} new leads causes: a tag and a list each, and a second tag every third. */
    static int eventsCaused(int rows) {
        return 2 * rows + rows / 3;
    }

    /** Writes {@code rows} new leads, one line at a time. */
    static void writeNewLeads(Path target, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(target)) {
            out.write(HEADER);
            for (int i = 1; i <= rows; i++) {
                out.write(newLead(i));
                out.write('\n');
            }
        }
    }

    static String generate() {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= NEW_LEADS; i++) {
            rows.add(newLead(i));
        }
        List<String> specials = List.of(
                row("john.smith@example.com", "John", "Smith", "+1 555 0100", "", "Webinar Attendee", "Webinar"),
                row("not-an-email", "Nora", "Blank", "", "", "Lead Magnet", "Newsletter"),
                row("nina.patel@example.com", "Nina", "Patel", "+1 555 0190", "Globex", "Lead Magnet;Platinum Member", "Newsletter"),
                row("omar.reed@example.com", "Omar", "Reed", "", "", "Newsletter Reader", "Daily Deals"),
                row("anna.k@", "Anna", "K", "", "", "VIP Customer", ""),
                row("deleted.lead@example.com", "Del", "Eted", "", "", "VIP Customer", "Newsletter"),
                row("paula.ito@example.com", "Paula", "Ito", "", "Hooli", "Platinum Member", ""),
                row("@example.com", "No", "Name", "", "", "", "Newsletter"),
                row("jane.doe@example.com", "Jane", "Doe", "", "", "Webinar Attendee", "Newsletter"),
                row("quentin.fox@example.com", "Quentin", "Fox", "", "", "", "Daily Deals"),
                row("bob smith@example.com", "Bob", "Smith", "", "", "Lead Magnet", ""),
                row("rita.khan@example.com", "Rita", "Khan", "", "", "VIP Customer;Platinum Member", "Webinar"),
                row("carol@example", "Carol", "Nodot", "", "", "", "Webinar"),
                row("sven.nash@example.com", "Sven", "Nash", "", "", "Webinar Attendee", "Newsletter;Daily Deals"),
                row("", "Empty", "Email", "", "", "Lead Magnet", "Newsletter"),
                row("tina.moore@example.com", "Tina", "Moore", "", "", "Gold Member", "Product Updates"),
                row("ugo.diaz@example.com", "Ugo", "Diaz", "", "", "", "Daily Deals"),
                row("vera.lopez@example.com", "Vera", "Lopez", "", "", "Platinum Member", "Webinar"));
        // each special row, then a duplicate of an earlier row, spread through the file
        int duplicates = 0;
        for (int k = 0; k < specials.size(); k++) {
            int at = 12 + k * 16 + duplicates;
            rows.add(at, specials.get(k));
            if (k % 2 == 1 && duplicates < 8) {
                String earlier = rows.get(at - 7);
                // one duplicate differs in the email's case only: Kartra matches emails ignoring case
                rows.add(at + 1, duplicates == 3 ? capitalised(earlier) : earlier);
                duplicates++;
            }
        }
        return HEADER + String.join("\n", rows) + "\n";
    }

    private static String newLead(int i) {
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i * 13) % LAST.length];
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "") + i + "@example.com";
        String tags = TAGS[i % TAGS.length] + (i % 3 == 0 ? ";" + TAGS[(i + 1) % TAGS.length] : "");
        String lists = LISTS[i % LISTS.length];
        return row(email, first, last, String.format("+1 555 %04d", i), COMPANIES[i % COMPANIES.length], tags, lists);
    }

    private static String capitalised(String row) {
        return Character.toUpperCase(row.charAt(0)) + row.substring(1);
    }

    private static String row(String... columns) {
        return CSVFormat.DEFAULT.format((Object[]) columns);
    }
}
