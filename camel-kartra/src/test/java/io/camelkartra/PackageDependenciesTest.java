package io.camelkartra;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of the component's packages, as the JDK's {@code jdeps} reads it from the compiled classes:
 * {@code model} depends on no package of ours, {@code internal} (the wire: form encoding, reply parsing, HTTP
 * transport, webhook requests) only on {@code model}, the root package (the Camel-facing classes, the exceptions, the
 * command table and the call path) on both, and the generated Endpoint DSL on the root package. So no package cycle
 * is possible; the cycle check says so in jdeps's own terms. The other modules of the build use the public API only.
 */
class PackageDependenciesTest {

    private static final String ROOT = "io.camelkartra";
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            ROOT + ".model", Set.of(),
            ROOT + ".model.event", Set.of(ROOT + ".model"),
            ROOT + ".internal", Set.of(ROOT + ".model", ROOT + ".model.event"),
            ROOT, Set.of(ROOT + ".internal", ROOT + ".model", ROOT + ".model.event"),
            ROOT + ".dsl", Set.of(ROOT, ROOT + ".model"));
    private static final Pattern EDGE = Pattern.compile("^\\s+(io\\.camelkartra[\\w.]*)\\s+->\\s+(io\\.camelkartra[\\w.]*)\\s");

    private static Map<String, Set<String>> dependencies;

    @BeforeAll
    static void readTheClasses() throws URISyntaxException {
        dependencies = jdeps();
    }

    @Test
    void eachPackageDependsOnlyOnTheLayersBelowIt() {

        assertThat(dependencies.keySet()).as("the packages of the component").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        dependencies.forEach((from, to) -> assertThat(to).as("packages %s depends on", from).isSubsetOf(ALLOWED.get(from)));
    }

    @Test
    void jdepsFindsNoPackageCycle() {
        List<String> cycles = new ArrayList<>();
        for (String start : dependencies.keySet()) {
            findCycles(start, start, new LinkedHashSet<>(List.of(start)), cycles);
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void theOtherModulesUseNoImplementationPackage() throws IOException {
        List<String> uses = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(Files::isDirectory).filter(m -> !m.getFileName().toString().equals("camel-kartra"))
                    .collect(Collectors.toList())) {
                try (Stream<Path> files = Files.walk(module)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".yaml"))
                            .filter(f -> !f.toString().contains("/target/")).collect(Collectors.toList())) {
                        if (Files.readString(file).contains(ROOT + ".internal")) {
                            uses.add(file.toString());
                        }
                    }
                }
            }
        }
        assertThat(uses).as("files outside camel-kartra that use %s.internal", ROOT).isEmpty();
    }

    /** Package to the other packages of ours it uses, from {@code jdeps -verbose:package} on the compiled classes. */
    private static Map<String, Set<String>> jdeps() throws URISyntaxException {
        Path classes = Path.of(KartraComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none", classes.toString());
        assertThat(exit).as("jdeps exit code (%s)", err).isZero();
        Map<String, Set<String>> found = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find()) {
                Set<String> to = found.computeIfAbsent(edge.group(1), p -> new TreeSet<>());
                if (!edge.group(1).equals(edge.group(2))) {
                    to.add(edge.group(2));
                }
            }
        }
        return found;
    }

    private static void findCycles(String start, String current, Set<String> path, List<String> cycles) {
        for (String next : dependencies.getOrDefault(current, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (path.add(next)) {
                findCycles(start, next, path, cycles);
                path.remove(next);
            }
        }
    }
}
