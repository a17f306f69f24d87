package io.camelkartra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelkartra.support.GeneratedFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code a user can copy from the docs is the code the tests run. Every code block of the README, the pages under
 * {@code docs/} and the component's pages under {@code src/main/docs} carries a marker on the line before it (in
 * AsciiDoc, before its {@code [source,...]} line):
 * <ul>
 * <li>{@code <!-- snippet: module/path/File.java#tag -->} ({@code // snippet: ...} in AsciiDoc): the block equals the
 * lines between {@code tag::tag[]} and {@code end::tag[]} of that file (or the whole file without {@code #tag}), with
 * the common indentation removed; the file is a test, or a resource a test runs;</li>
 * <li>{@code <!-- not-run: reason -->} ({@code // not-run: reason}): a shell command, output, a build file, a URL or
 * another block no test can run, and why;</li>
 * <li>{@code <!-- ci:test-command -->}: the README's test command, which CI runs.</li>
 * </ul>
 * A block without a marker fails the test, and so does a snippet that differs from its source; the failure message
 * names the command that rewrites the snippets from their sources.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final String UPDATE_PROPERTY = "kartra.docs.update";
    private static final String UPDATE_COMMAND =
            "./mvnw -pl camel-kartra -am test -Dtest=DocSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false";
    private static final Pattern MARKER = Pattern.compile("^(?:<!--|//) (snippet|not-run|ci:test-command)(?::\\s*(.*?))?(?: -->)?$");
    private static final Pattern PROJECT_VERSION = Pattern.compile(
            "<artifactId>camel-kartra-parent</artifactId>\\s*<version>([^<]+)</version>");
    private static final Pattern DEPENDENCY_VERSION = Pattern.compile(
            "<groupId>io\\.camelkartra</groupId>\\s*<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void everyCodeBlockIsTestedCodeOrSaysWhyNot() throws IOException {
        List<String> unmarked = new ArrayList<>();
        for (Path page : pages()) {
            GeneratedFiles.assertUpToDate(page, withSnippetsFromSources(page, unmarked), UPDATE_PROPERTY, UPDATE_COMMAND);
        }
        assertThat(unmarked).as("code blocks without a snippet or not-run marker on the line before").isEmpty();
    }

    @Test
    void dependencySnippetsNameThisVersion() throws IOException {
        Matcher project = PROJECT_VERSION.matcher(Files.readString(ROOT.resolve("camel-kartra/pom.xml")));
        assertThat(project.find()).isTrue();
        for (Path page : pages()) {
            Matcher dependency = DEPENDENCY_VERSION.matcher(Files.readString(page));
            while (dependency.find()) {
                assertThat(dependency.group(1)).as("an io.camelkartra dependency in %s", page).isEqualTo(project.group(1));
            }
        }
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        try (Stream<Path> docs = Files.list(ROOT.resolve("camel-kartra/src/main/docs"))) {
            docs.filter(p -> p.toString().endsWith(".adoc")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The page with every snippet block replaced by its source; blocks without a marker are added to unmarked. */
    private static String withSnippetsFromSources(Path page, List<String> unmarked) throws IOException {
        boolean asciidoc = page.toString().endsWith(".adoc");
        List<String> lines = Files.readAllLines(page);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            out.append(line).append('\n');
            if (!opensBlock(line, asciidoc)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !closesBlock(lines.get(end), asciidoc)) {
                end++;
            }
            assertThat(end).as("%s:%d: a code block that is not closed", page, i + 1).isLessThan(lines.size());
            Matcher marker = markerBefore(lines, i, asciidoc);
            if (marker != null && marker.group(1).equals("snippet")) {
                out.append(snippet(marker.group(2)));
            } else {
                if (marker == null) {
                    unmarked.add(page.normalize() + ":" + (i + 1) + ": " + lines.get(i + 1).strip());
                } else {
                    assertThat(marker.group(1).equals("ci:test-command") || !isBlank(marker.group(2)))
                            .as("%s:%d: a not-run marker gives its reason", page, i + 1).isTrue();
                }
                lines.subList(i + 1, end).forEach(code -> out.append(code).append('\n'));
            }
            out.append(lines.get(end)).append('\n');
            i = end + 1;
        }
        return out.toString();
    }

    private static boolean opensBlock(String line, boolean asciidoc) {
        return asciidoc ? line.equals("----") : line.startsWith("```");
    }

    private static boolean closesBlock(String line, boolean asciidoc) {
        return asciidoc ? line.equals("----") : line.equals("```");
    }

    /** The marker on the line before the block (in AsciiDoc, before its attribute line), or null. */
    private static Matcher markerBefore(List<String> lines, int open, boolean asciidoc) {
        int at = open - 1;
        if (asciidoc && at >= 0 && lines.get(at).startsWith("[")) {
            at--;
        }
        if (at < 0) {
            return null;
        }
        Matcher marker = MARKER.matcher(lines.get(at));
        return marker.matches() ? marker : null;
    }

    private static String snippet(String reference) throws IOException {
        String[] parts = reference.split("#", 2);
        Path source = ROOT.resolve(parts[0]);
        assertThat(source).as("the file a doc quotes").isRegularFile();
        List<String> lines = Files.readAllLines(source);
        if (parts.length == 2) {
            int start = indexOfLineContaining(lines, "tag::" + parts[1] + "[]", source);
            int end = indexOfLineContaining(lines, "end::" + parts[1] + "[]", source);
            lines = lines.subList(start + 1, end);
        }
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(DocSnippetsTest::indentation).min().orElse(0);
        StringBuilder code = new StringBuilder();
        for (String line : lines) {
            code.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return code.toString();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static int indexOfLineContaining(List<String> lines, String marker, Path source) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        throw new AssertionError("no " + marker + " in " + source);
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
