package io.camelkartra.quarkus.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.camelkartra.KartraComponent;
import io.camelkartra.model.Lead;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reflection registration finds every class of the model package in an index of the camel-kartra classes: the
 * same set as the class files under io/camelkartra/model, nested classes included, and nothing else.
 */
class KartraModelClassesTest {

    @Test
    void everyModelClassOfTheComponentIsSelected() throws Exception {
        try (ComponentClasses classes = ComponentClasses.open()) {
            Indexer indexer = new Indexer();
            List<Path> classFiles = classes.classFiles();
            for (Path file : classFiles) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
            Index index = indexer.complete();

            List<String> expected = classFiles.stream()
                    .map(file -> classes.root().relativize(file).toString().replace('/', '.').replace(".class", ""))
                    .filter(name -> name.startsWith("io.camelkartra.model."))
                    .sorted()
                    .toList();

            assertThat(KartraModelClasses.in(index))
                    .isEqualTo(expected)
                    .contains(Lead.class.getName())
                    .doesNotContain(KartraComponent.class.getName());
        }
    }

    /** The class files of camel-kartra, from its jar or its classes directory (as the reactor gives it). */
    private record ComponentClasses(Path root, FileSystem jar) implements AutoCloseable {

        static ComponentClasses open() throws IOException, URISyntaxException {
            Path location = Path.of(KartraComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return new ComponentClasses(location, null);
            }
            FileSystem jar = FileSystems.newFileSystem(location);
            return new ComponentClasses(jar.getPath("/"), jar);
        }

        List<Path> classFiles() throws IOException {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class")).toList();
            }
        }

        @Override
        public void close() throws IOException {
            if (jar != null) {
                jar.close();
            }
        }
    }
}
