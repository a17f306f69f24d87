package io.camelkartra.simulator;

import io.camelkartra.simulator.form.PhpArray;
import io.camelkartra.simulator.form.PhpFormParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request to {@code /api} as it arrived, with Kartra's credentials masked: the form body as sent but with
 * {@code app_id}, {@code api_key} and {@code api_password} replaced by {@value #MASK}, and the parameters as Kartra
 * reads them (PHP's {@code $_POST}), credentials left out. The credentials themselves are kept only as a digest, so
 * {@link #sentCredentials(SimulatorCredentials)} can check them and nothing a test prints can show them.
 */
public final class RecordedRequest {

    /** What stands for a non-empty credential in {@link #body()}. */
    public static final String MASK = "***";
    private static final Set<String> CREDENTIALS = Set.of("app_id", "api_key", "api_password");
    private static final String GET_LEAD = "get_lead";

    private final String method;
    private final String path;
    private final String contentType;
    private final String body;
    private final boolean form;
    private final List<String> commands;
    private final byte[] credentialsDigest;

    RecordedRequest(String method, String path, String contentType, byte[] rawBody, PhpArray form, boolean formPost,
            List<String> commands) {
        this.method = method;
        this.path = path;
        this.contentType = contentType;
        this.body = maskCredentials(rawBody);
        this.form = formPost;
        this.commands = List.copyOf(commands);
        this.credentialsDigest = digest(form.text("app_id"), form.text("api_key"), form.text("api_password"));
    }

    /**
     * {@code formBody} with the values of {@code app_id}, {@code api_key} and {@code api_password} masked as
     * {@link #body()} shows them: compare an expected wire body through this, and the credentials with
     * {@link #sentCredentials(SimulatorCredentials)}.
     */
    public static String maskCredentials(String formBody) {
        return maskCredentials(formBody.getBytes(StandardCharsets.UTF_8));
    }

    private static String maskCredentials(byte[] body) {
        return PhpFormParser.maskValues(body, CREDENTIALS, MASK);
    }

    /** Whether the request carried exactly these three credentials (in its form body). */
    public boolean sentCredentials(SimulatorCredentials credentials) {
        return MessageDigest.isEqual(credentialsDigest,
                digest(credentials.appId(), credentials.apiKey(), credentials.apiPassword()));
    }

    private static byte[] digest(String appId, String apiKey, String apiPassword) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String value : new String[] {appId, apiKey, apiPassword}) {
                sha.update(value.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public String method() {
        return method;
    }

    /** The path, without the query string. */
    public String path() {
        return path;
    }

    /** The {@code Content-Type} header, or null. */
    public String contentType() {
        return contentType;
    }

    /** The body as sent (UTF-8), credentials masked; empty when it was refused unread (HTTP 413). */
    public String body() {
        return body;
    }

    /**
     * Every parameter Kartra reads, by its full PHP name ({@code lead[email]}, {@code actions[0][tag_name]}), in the
     * order sent, credentials left out. Empty unless the request was a form POST (Kartra reads nothing else).
     */
    public Map<String, String> params() {
        if (!form) {
            return Map.of();
        }
        Map<String, String> params = PhpFormParser.parse(body).flatten();
        params.keySet().removeAll(CREDENTIALS);
        return Collections.unmodifiableMap(params);
    }

    /** The parameter of this full PHP name ({@code lead[email]}), or null when it was not sent. */
    public String param(String name) {
        return params().get(name);
    }

    /** The {@code lead[…]} parameters, by their name inside {@code lead}: {@code email}, {@code custom_fields[0][field_value]}. */
    public Map<String, String> lead() {
        return inside("lead");
    }

    /** The commands submitted, in order: {@code get_lead}, or each {@code actions[N][cmd]} ({@code ""} where missing). */
    public List<String> commands() {
        return commands;
    }

    /** Each submitted command with its parameters ({@code get_lead} included), in order. */
    public List<Action> actions() {
        List<Action> actions = new ArrayList<>(commands.size());
        PhpArray parsed = form ? PhpFormParser.parse(body) : new PhpArray();
        if (parsed.containsKey(GET_LEAD)) {
            actions.add(new Action(GET_LEAD, inside(GET_LEAD)));
            return actions;
        }
        if (parsed.get("actions") instanceof PhpArray list) {
            list.entries().forEach((index, entry) -> {
                Map<String, String> params = inside("actions[" + index + "]");
                String cmd = params.getOrDefault("cmd", "");
                params.remove("cmd");
                actions.add(new Action(cmd, Collections.unmodifiableMap(params)));
            });
        }
        return actions;
    }

    private Map<String, String> inside(String name) {
        String prefix = name + '[';
        Map<String, String> inside = new LinkedHashMap<>();
        params().forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                int close = key.indexOf(']', prefix.length());
                inside.put(key.substring(prefix.length(), close) + key.substring(close + 1), value);
            }
        });
        return inside;
    }

    /** One submitted command and its parameters by their name inside the action ({@code tag_name}). */
    public record Action(String cmd, Map<String, String> params) {
    }

    @Override
    public String toString() {
        return method + " " + path + " " + body;
    }
}
