package io.camelkartra.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.camelkartra.model.KartraIpnNotification;
import io.camelkartra.model.Lead;
import io.camelkartra.model.event.KartraEvent;

/**
 * The keys that identify one delivery, for idempotent repositories: {@code action:leadId:detailId} for events and
 * {@code ipn:transactionId:transactionType} for IPN notifications. Where Kartra sends no id, a hash of what it sent
 * stands in, so a redelivery of the same post gets the same key.
 */
public final class DeliveryKeys {

    private static final ObjectWriter CANONICAL = KartraJson.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private DeliveryKeys() {
    }

    /** {@code action:leadId:detailId}; the lead's email stands in for a missing lead id. */
    public static String of(KartraEvent event) {
        String detailId = event.getDetails() == null ? null : event.getDetails().getDetailId();
        return normalized(event.getActionName()) + ":" + leadKey(event.getLead()) + ":"
               + (detailId != null ? detailId : hash(event.getRawDetails()));
    }

    /** {@code ipn:transactionId:transactionType}. */
    public static String of(KartraIpnNotification notification) {
        String transactionId = notification.getTransactionId();
        return "ipn:" + (transactionId != null ? transactionId : hash(notification.getVariables())) + ":"
               + normalized(notification.getTransactionType());
    }

    private static String leadKey(Lead lead) {
        if (lead == null) {
            return "";
        }
        return lead.getId() != null ? lead.getId() : normalized(lead.getEmail());
    }

    private static String normalized(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    /** The first 128 bits of the SHA-256 of the value's JSON with map entries sorted, in hex. */
    static String hash(Object value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the delivery", e);
        }
    }
}
