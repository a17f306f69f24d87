package io.camelkartra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command's and each parameter's wire name is written once in the component's sources: in the command table.
 * This test reads the string literals of the code of {@code src/main/java} (generated code is under
 * {@code src/generated}) and fails on a wire name anywhere else. Not code: annotation values, the documentation of
 * options and headers and the names Jackson maps reply and event fields from, where Kartra's field names happen to be
 * those of parameters ({@code tag_name} of a lead's tags). Allowed by name: the Outbound API's events and their fields,
 * which Kartra names like the commands that cause them, and Kartra's own message text that names {@code get_lead}.
 */
class WireNamesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path TABLE = SOURCES.resolve("io/camelkartra/KartraCommand.java");
    private static final Map<Path, Set<String>> ALLOWED = Map.of(
            SOURCES.resolve("io/camelkartra/model/event/KartraEventAction.java"),
            Set.of("assign_tag", "unassign_tag", "calendar_subscribe", "calendar_cancel", "points"),
            SOURCES.resolve("io/camelkartra/model/event/PointsEventDetails.java"), Set.of("points"),
            SOURCES.resolve("io/camelkartra/KartraMessageType.java"), Set.of("get_lead"));
    private static final Pattern WORD = Pattern.compile("[a-z0-9_]+");
    private static final Pattern ANNOTATION = Pattern.compile("@[A-Za-z_][\\w.]*\\s*\\(");

    @Test
    void wireNamesAreWrittenOnlyInTheCommandTable() throws IOException {
        Set<String> wireNames = wireNames();
        List<String> elsewhere = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(TABLE)).collect(Collectors.toList())) {
                for (String literal : stringLiterals(Files.readString(file))) {
                    Matcher word = WORD.matcher(literal);
                    while (word.find()) {
                        if (wireNames.contains(word.group()) && !ALLOWED.getOrDefault(file, Set.of()).contains(word.group())) {
                            elsewhere.add(file + ": \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertThat(elsewhere).as("wire names written outside %s", TABLE).isEmpty();
    }

    @Test
    void theScanSeesTheTable() throws IOException {
        List<String> literals = stringLiterals(Files.readString(TABLE));

        assertThat(literals).contains("assign_tag", "tag_name", "subscription_recurrence[recurring_period_1]");
        assertThat(stringLiterals("String a = \"x\\\"y\"; // \"not\"\n/* \"not\" */ char c = '\"'; String b = \"\"\"\n  z\n  \"\"\";"
                                  + "@JsonProperty(\"not\") @Metadata(description = \"not\" + (\"not\")) String d = \"yes\";"))
                .containsExactly("x\\\"y", "  z\n  ", "yes");
    }

    /** Every command's wire name, and every key of every parameter's wire name. */
    private static Set<String> wireNames() {
        return Stream.concat(Arrays.stream(KartraCommand.values()).map(KartraCommand::wireName),
                Arrays.stream(KartraCommand.Parameter.values()).filter(p -> p.wireName() != null).flatMap(p -> p.wirePath().stream())
                        .filter(key -> !key.isEmpty()))
                .collect(Collectors.toSet());
    }

    /** The string literals and text blocks of Java source but for those in annotations; comments skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int annotationDepth = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            Matcher annotation = ANNOTATION.matcher(source).region(i, source.length());
            if (annotation.lookingAt()) {
                annotationDepth++;
                i = annotation.end();
            } else if (annotationDepth > 0 && c == '(') {
                annotationDepth++;
                i++;
            } else if (annotationDepth > 0 && c == ')') {
                annotationDepth--;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int end = source.indexOf("\"\"\"", start);
                if (annotationDepth == 0) {
                    literals.add(source.substring(start, end));
                }
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"' && annotationDepth == 0) {
                    literals.add(source.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
