package io.camelkartra.benchmarks;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.simulator.SimulatorCredentials;

/**
 * What a user writes without the component: the form bodies of get_lead and of create_lead with two tags and one list,
 * built by hand as Kartra's PHP samples send them, and the JSON replies read with Jackson. Shared by the plain
 * {@code http:} route and the JDK client, so both baselines do the same work.
 */
final class HandBuiltCalls {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String credentials;

    HandBuiltCalls(SimulatorCredentials credentials) {
        this.credentials = "app_id=" + encode(credentials.appId()) + "&api_key=" + encode(credentials.apiKey())
                           + "&api_password=" + encode(credentials.apiPassword());
    }

    String getLeadBody(String email) {
        return credentials + "&get_lead%5Bemail%5D=" + encode(email);
    }

    /** create_lead, assign_tag for each of {@link SyncScenario#TAGS}, subscribe_lead_to_list to {@link SyncScenario#LIST}. */
    String createLeadBody(String email) {
        StringBuilder body = new StringBuilder(credentials.length() + 400).append(credentials)
                .append("&lead%5Bemail%5D=").append(encode(email))
                .append("&actions%5B0%5D%5Bcmd%5D=create_lead");
        int index = 1;
        for (String tag : SyncScenario.TAGS) {
            body.append("&actions%5B").append(index).append("%5D%5Bcmd%5D=assign_tag&actions%5B").append(index)
                    .append("%5D%5Btag_name%5D=").append(encode(tag));
            index++;
        }
        return body.append("&actions%5B").append(index).append("%5D%5Bcmd%5D=subscribe_lead_to_list&actions%5B").append(index)
                .append("%5D%5Blist_name%5D=").append(encode(SyncScenario.LIST)).toString();
    }

    /** The lead's id from a get_lead reply. */
    static String leadIdOfGetLead(byte[] reply) {
        JsonNode root = successful(reply);
        return root.path("lead_details").path("id").asText();
    }

    /** The new lead's id from a create_lead chain's reply; every action must have succeeded. */
    static String leadIdOfCreateLead(byte[] reply) {
        JsonNode root = successful(reply);
        for (JsonNode action : root.path("actions")) {
            JsonNode result = action.elements().next();
            if (!"Success".equals(result.path("status").asText())) {
                throw new IllegalStateException("Kartra action failed: " + result);
            }
        }
        return root.path("actions").path(0).path("create_lead").path("lead_details").path("id").asText();
    }

    private static JsonNode successful(byte[] reply) {
        JsonNode root;
        try {
            root = MAPPER.readTree(reply);
        } catch (IOException e) {
            throw new IllegalStateException("Kartra reply is not JSON", e);
        }
        if (!"Success".equals(root.path("status").asText())) {
            throw new IllegalStateException("Kartra call failed: " + root.path("type").asText() + " " + root.path("message").asText());
        }
        return root;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
