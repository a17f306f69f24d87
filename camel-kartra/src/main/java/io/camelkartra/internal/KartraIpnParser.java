package io.camelkartra.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.camelkartra.model.KartraIpnNotification;

/**
 * Reads posted IPN variables into a {@link KartraIpnNotification}: {@code N/A} and empty values become null, and the
 * legacy names ({@code buyer_id}, {@code buyer_billing_city}, {@code trial_payment}) count as their current ones
 * unless those were posted too.
 */
public final class KartraIpnParser {

    /** The variable carrying the shared secret; never kept. */
    public static final String SECRET_KEY = "secret_key";

    private static final Map<String, String> LEGACY_NAMES = Map.of(
            "trial_payment", "trial",
            "buyer_billing_phone", "lead_phone_number",
            "buyer_phone", "lead_phone_number");

    private KartraIpnParser() {
    }

    public static KartraIpnNotification parse(Map<String, String> posted) {
        Map<String, String> variables = new LinkedHashMap<>(posted);
        variables.remove(SECRET_KEY);
        Map<String, String> current = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            String currentName = currentName(name);
            boolean shadowed = !currentName.equals(name) && variables.containsKey(currentName);
            if (!shadowed && !isEmpty(value)) {
                current.put(currentName, value.trim());
            }
        });
        KartraIpnNotification notification = KartraJson.mapper().convertValue(current, KartraIpnNotification.class);
        notification.setVariables(variables);
        return notification;
    }

    /** Kartra posts {@code N/A} for empty values; legacy notifications posted empty texts. */
    public static boolean isEmpty(String value) {
        return value == null || value.isBlank() || "N/A".equalsIgnoreCase(value.trim());
    }

    private static String currentName(String name) {
        String legacy = LEGACY_NAMES.get(name);
        if (legacy != null) {
            return legacy;
        }
        if (name.startsWith("buyer_billing_")) {
            return "lead_" + name.substring("buyer_billing_".length());
        }
        if (name.startsWith("buyer_")) {
            return "lead_" + name.substring("buyer_".length());
        }
        return name;
    }
}
