package io.camelkartra.live;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What shape an account's replies have, in the terms of kartra-realworld.md: the Content-Type, {@code type} and ids as
 * strings or numbers, {@code lead_details} as an object or a JSON-encoded string, tags with or without ids, the name of
 * a membership's name, the format of {@code gdpr_lead_status_date}, the key of a lead's transactions. It reposts the
 * smoke kit's read calls itself to see the raw replies, and reports shapes only: never a value, so the summary can be
 * sent back as it is.
 */
final class ReplyShapeReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveAccount account;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<String>> shapes = new LinkedHashMap<>();

    ReplyShapeReport(LiveAccount account) {
        this.account = account;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Posts the request (credentials added) and notes the shapes of its reply under the command's name. */
    void record(String command, String request) {
        String body = "app_id=" + encode(account.appId()) + "&api_key=" + encode(account.apiKey()) + "&api_password="
                      + encode(account.apiPassword()) + "&" + request.replace("[", "%5B").replace("]", "%5D");
        try {
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(account.baseUrl())).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            shapes.put(command, shapesOf(reply.headers().firstValue("Content-Type").orElse("(none)"), reply.body()));
        } catch (IOException e) {
            shapes.put(command, List.of("no reply: " + e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shapes seen, one line per command. */
    String summary() {
        StringBuilder summary = new StringBuilder("Kartra reply shapes of this account (send these lines back to the camel-kartra project):");
        shapes.forEach((command, seen) -> summary.append("\n  ").append(command).append(": ").append(String.join("; ", seen)));
        return summary.toString();
    }

    static List<String> shapesOf(String contentType, String body) {
        List<String> seen = new ArrayList<>();
        seen.add("Content-Type " + contentType);
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            seen.add("not JSON");
            return seen;
        }
        JsonNode first = root.path("actions").path(0);
        String resultKey = first.isObject() && first.size() == 1 ? first.fieldNames().next() : null;
        JsonNode result = resultKey == null ? root : first.get(resultKey);
        JsonNode type = root.has("type") ? root.get("type") : result.path("type");
        seen.add("type " + kind(type));
        if (resultKey != null) {
            seen.add("result under actions[0]." + resultKey);
        }
        JsonNode details = root.has("lead_details") ? root.get("lead_details") : result.path("lead_details");
        if (details.isTextual()) {
            seen.add("lead_details a JSON-encoded string");
            details = parse(details.asText());
        } else if (details.isObject()) {
            seen.add("lead_details an object");
        }
        if (details.isObject()) {
            seen.add("id " + kind(details.path("id")));
            seen.add("score " + kind(details.path("score")));
            seen.add("tags " + (details.path("tags").isEmpty() ? "none to see"
                    : details.path("tags").path(0).has("tag_id") ? "with ids" : "without ids"));
            JsonNode membership = details.path("memberships").path(0);
            seen.add("memberships " + (membership.has("membership_name") ? "named membership_name"
                    : membership.has("name") ? "named name" : "none to see"));
            seen.add("gdpr_lead_status_date " + dateFormat(details.path("gdpr_lead_status_date").asText("")));
        }
        JsonNode transactions = result.path("transaction_list");
        if (!transactions.isMissingNode()) {
            seen.add("transaction_list of " + transactions.size() + (transactions.isEmpty() ? "" : ", transaction_id "
                    + kind(transactions.path(0).path("transaction_id")) + ", fields " + fieldNames(transactions.path(0))));
        }
        return seen;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static String kind(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "absent" : value.isNumber() ? "a number" : value.isTextual() ? "a string"
                : value.getNodeType().toString().toLowerCase();
    }

    private static String dateFormat(String date) {
        if (date.isEmpty()) {
            return "empty";
        }
        return date.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?") ? "yyyy-MM-dd HH:mm:ss"
                : date.matches("\\d{1,2} [A-Za-z]{3} \\d{4} \\d{2}:\\d{2}(:\\d{2})?") ? "dd MMM yyyy HH:mm:ss" : "another format";
    }

    private static String fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return String.join(",", names);
    }
}
