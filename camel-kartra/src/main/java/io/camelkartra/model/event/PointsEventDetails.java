package io.camelkartra.model.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelkartra.model.KartraNumbers;

/**
 * The {@code points} of {@code reaches_score}. Kartra does not document their shape, so both a plain number and an
 * object are read: the number is {@link #getPoints()}, an object's entries are {@link #getProperties()} (and its
 * {@code points} or {@code score} entry, when numeric, is {@link #getPoints()}).
 */
public class PointsEventDetails implements KartraEventDetails {

    private final Integer points;
    private final Map<String, Object> properties;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PointsEventDetails(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, entry) -> copy.put(String.valueOf(key), entry));
            properties = Collections.unmodifiableMap(copy);
            Object number = copy.containsKey("points") ? copy.get("points") : copy.get("score");
            points = integerOrNull(number);
        } else {
            properties = Map.of();
            points = integerOrNull(value);
        }
    }

    private static Integer integerOrNull(Object value) {
        if (value == null || value instanceof Map || value instanceof Iterable) {
            return null;
        }
        return KartraNumbers.integerOrNull(value.toString());
    }

    /** The score reached, when Kartra sent a number; else null. */
    public Integer getPoints() {
        return points;
    }

    /** The entries of the points object as sent; empty when Kartra sent a plain number. */
    public Map<String, Object> getProperties() {
        return properties;
    }

    /** None: the delivery key falls back to a hash of the details. */
    @JsonIgnore
    @Override
    public String getDetailId() {
        return null;
    }
}
