package io.camelkartra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.camelkartra.support.GeneratedFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of the user docs are the code the tests run. A page marks an example with
 * {@code <!-- snippet: module/path/File.java#tag -->} right before a fenced code block; the block must equal the lines
 * between {@code tag::tag[]} and {@code end::tag[]} of that file (or the whole file when there is no {@code #tag}), with
 * the common indentation removed. The failure message names the command that rewrites the blocks.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern SNIPPET = Pattern.compile(
            "(<!-- snippet: ([^#\\s]+)(?:#(\\S+))? -->\\n```[a-z]*\\n)(.*?)(```)", Pattern.DOTALL);

    @Test
    void docExamplesAreTheTestedCode() throws IOException {
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                GeneratedFiles.assertUpToDate(page, withSnippetsFromSources(Files.readString(page)), "kartra.docs.update",
                        "./mvnw -pl camel-kartra -am test -Dtest=DocSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false");
            }
        }
    }

    private static String withSnippetsFromSources(String page) throws IOException {
        Matcher matcher = SNIPPET.matcher(page);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String code = snippet(ROOT.resolve(matcher.group(2)), matcher.group(3));
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + code + matcher.group(5)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String snippet(Path source, String tag) throws IOException {
        assertThat(source).as("the file a doc quotes").isRegularFile();
        List<String> lines = Files.readAllLines(source);
        if (tag != null) {
            int start = indexOfLineContaining(lines, "tag::" + tag + "[]", source);
            int end = indexOfLineContaining(lines, "end::" + tag + "[]", source);
            lines = lines.subList(start + 1, end);
        }
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(DocSnippetsTest::indentation).min().orElse(0);
        StringBuilder code = new StringBuilder();
        for (String line : lines) {
            code.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return code.toString();
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
