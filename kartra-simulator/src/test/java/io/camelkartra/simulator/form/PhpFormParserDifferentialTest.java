package io.camelkartra.simulator.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/** Compares the parser with the real PHP {@code parse_str} on random bodies; runs only where {@code php} is installed. */
@EnabledIf("phpAvailable")
class PhpFormParserDifferentialTest {

    private static final String[] PIECES = {"a", "b", "[", "]", "%5B", "%5D", ".", " ", "+", "=", "&", "0", "1", "-1",
        "07", "%2", "%41", "%C3%A9", "%E9", "x", "[]", "[ ]", "%00", "-", "lead", "[custom_fields]", "[0]", "[-0]", "%20"};

    static boolean phpAvailable() {
        try {
            Process p = new ProcessBuilder("php", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void agreesWithPhpParseStr(@TempDir Path dir) throws Exception {
        SplittableRandom random = new SplittableRandom(20240601L);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder body = new StringBuilder();
            int n = 1 + random.nextInt(20);
            for (int j = 0; j < n; j++) {
                body.append(PIECES[random.nextInt(PIECES.length)]);
            }
            cases.add(body.toString());
        }
        Path input = Files.write(dir.resolve("cases.txt"), cases, StandardCharsets.UTF_8);
        Process php = new ProcessBuilder("php", "-d", "display_errors=0", "-r",
                "$f = fopen($argv[1], 'r'); while (($l = fgets($f)) !== false) { parse_str(rtrim($l, \"\\n\"), $o);"
                        + " echo json_encode($o, JSON_FORCE_OBJECT | JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES), \"\\n\"; }",
                "--", input.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> expected = new String(php.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(php.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(expected).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            assertThat(json(PhpFormParser.parse(cases.get(i)))).as("parse_str(%s)", cases.get(i)).isEqualTo(expected.get(i));
        }
    }

    private static String json(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        StringBuilder out = new StringBuilder("{");
        ((PhpArray) value).entries().forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(k)).append(':').append(json(v));
        });
        return out.append('}').toString();
    }

    /** PHP's {@code json_encode} string escaping with {@code JSON_UNESCAPED_SLASHES}. */
    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x80) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
