package io.camelkartra.examples.leadsync;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.camelkartra.model.Lead;

/**
 * One line of the leads CSV: its line number and original text (for the dead-letter file), and the lead it
 * describes. Tags and lists are separated by semicolons within their column.
 */
public final class LeadRow {

    /** Deliberately simple: one @, something on both sides, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final int line;
    private final String original;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final String phone;
    private final String company;
    private final List<String> tags;
    private final List<String> lists;

    LeadRow(int line, String original, String email, String firstName, String lastName, String phone, String company,
            String tags, String lists) {
        this.line = line;
        this.original = original;
        this.email = email.trim();
        this.firstName = firstName;
        this.lastName = lastName;
        this.phone = phone;
        this.company = company;
        this.tags = names(tags);
        this.lists = names(lists);
    }

    public int getLine() {
        return line;
    }

    /** The row as it was in the file. */
    public String getOriginal() {
        return original;
    }

    public String getEmail() {
        return email;
    }

    public boolean isValidEmail() {
        return EMAIL.matcher(email).matches();
    }

    /** What makes two rows the same lead: Kartra matches emails ignoring case. */
    public String getLeadKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    public List<String> getTags() {
        return tags;
    }

    public List<String> getLists() {
        return lists;
    }

    /** The lead to upsert; tags and lists travel as headers of the same call. */
    public Lead toLead() {
        Lead lead = Lead.ofEmail(email);
        lead.setFirstName(emptyToNull(firstName));
        lead.setLastName(emptyToNull(lastName));
        lead.setPhone(emptyToNull(phone));
        lead.setCompany(emptyToNull(company));
        return lead;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + original;
    }

    private static List<String> names(String column) {
        return Arrays.stream(column.split(";")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
