package io.camelkartra.internal;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.camelkartra.model.KartraReadOnly;
import io.camelkartra.model.Lead;

/**
 * The lead's field table as the {@link Lead} class declares it: for each field, Kartra's name ({@code @JsonProperty}),
 * the Java name, and whether create_lead and edit_lead accept it ({@link KartraReadOnly}); the writable ones in the
 * order a request sends them.
 */
public final class LeadFields {

    private static final Map<String, Field> WRITABLE = writableFields();
    private static final Map<String, String> WIRE_NAMES = wireNames();
    private static final Set<String> READ_ONLY = Arrays.stream(Lead.class.getDeclaredFields())
            .filter(field -> field.isAnnotationPresent(KartraReadOnly.class))
            .map(field -> field.getAnnotation(JsonProperty.class).value())
            .collect(Collectors.toUnmodifiableSet());

    private LeadFields() {
    }

    /** Kartra's names of the writable fields, in the order a request sends them. */
    public static List<String> writable() {
        return Lead.WRITABLE_FIELDS;
    }

    /** Kartra's name of a field named by Kartra's name or its Java name; empty for no field of the lead. */
    public static Optional<String> wireName(String name) {
        return Optional.ofNullable(WIRE_NAMES.get(name));
    }

    /** Whether the field with this Kartra name is one Kartra returns but does not accept. */
    public static boolean isReadOnly(String wireName) {
        return READ_ONLY.contains(wireName);
    }

    /** The value of a writable field; null for a field that is none. */
    static Object value(Lead lead, String wireName) {
        Field field = WRITABLE.get(wireName);
        if (field == null) {
            return null;
        }
        try {
            return field.get(lead);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the lead field " + wireName, e);
        }
    }

    private static Map<String, Field> writableFields() {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : Lead.class.getDeclaredFields()) {
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property != null && Lead.WRITABLE_FIELDS.contains(property.value())) {
                field.setAccessible(true);
                fields.put(property.value(), field);
            }
        }
        return fields;
    }

    private static Map<String, String> wireNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Field field : Lead.class.getDeclaredFields()) {
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            if (property != null) {
                names.put(property.value(), property.value());
                names.put(field.getName(), property.value());
            }
        }
        return Map.copyOf(names);
    }
}
