package io.camelkartra.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.camelkartra.simulator.SimulatorCredentials;

/** Reads test fixtures from the classpath. */
public final class Fixtures {

    /** The credentials of the PHP-generated wire fixtures. */
    public static final String APP_ID = "AbCdEfGhIjKl";
    public static final String API_KEY = "xYz12345";
    public static final String API_PASSWORD = "pAsSwOrD1234";
    public static final SimulatorCredentials CREDENTIALS = new SimulatorCredentials(APP_ID, API_KEY, API_PASSWORD);

    private Fixtures() {
    }

    /** A request body PHP's http_build_query produced (src/test/php/generate-wire-fixtures.php). */
    public static String wire(String name) {
        return read("wire/" + name + ".txt");
    }

    /** A Kartra reply body. */
    public static String reply(String name) {
        return read("replies/" + name);
    }

    public static String read(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
