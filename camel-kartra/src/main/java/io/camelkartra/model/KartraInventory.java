package io.camelkartra.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a Kartra account holds, as its {@code retrieve_*} commands returned it at one moment: tag, list and sequence
 * names, custom fields with their types and options, and pages. The component keeps one per account and checks names
 * against it before sending; {@code kartra:refreshInventory} returns a fresh one.
 * <p>
 * A part the account would not return (the App may not run that {@code retrieve_*} command, or the call failed) is
 * null, and nothing is checked against it. Names compare ignoring case, as Kartra's database does.
 */
public final class KartraInventory {

    private final Instant loadedAt;
    private final Set<String> tags;
    private final Set<String> lists;
    private final Set<String> sequences;
    private final Map<String, CustomFieldDefinition> customFields;
    private final List<KartraPage> pages;

    public KartraInventory(Instant loadedAt, Collection<String> tags, Collection<String> lists, Collection<String> sequences,
                           Collection<CustomFieldDefinition> customFields, List<KartraPage> pages) {
        this.loadedAt = loadedAt;
        this.tags = names(tags);
        this.lists = names(lists);
        this.sequences = names(sequences);
        this.customFields = customFields == null ? null : byIdentifier(customFields);
        this.pages = pages == null ? null : List.copyOf(pages);
    }

    private static Set<String> names(Collection<String> names) {
        return names == null ? null
                : names.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, CustomFieldDefinition> byIdentifier(Collection<CustomFieldDefinition> fields) {
        Map<String, CustomFieldDefinition> map = new LinkedHashMap<>();
        for (CustomFieldDefinition field : fields) {
            if (field.getFieldIdentifier() != null) {
                map.putIfAbsent(key(field.getFieldIdentifier()), field);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean containsIgnoringCase(Set<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    /** When the inventory was read from Kartra. */
    public Instant getLoadedAt() {
        return loadedAt;
    }

    /** The account's tag names, or null when they could not be read. */
    public Set<String> getTags() {
        return tags == null ? null : Collections.unmodifiableSet(tags);
    }

    /** The account's list names, or null when they could not be read. */
    public Set<String> getLists() {
        return lists == null ? null : Collections.unmodifiableSet(lists);
    }

    /** The account's sequence names, or null when they could not be read. */
    public Set<String> getSequences() {
        return sequences == null ? null : Collections.unmodifiableSet(sequences);
    }

    /** The account's custom fields in Kartra's order, or null when they could not be read. */
    public Collection<CustomFieldDefinition> getCustomFields() {
        return customFields == null ? null : customFields.values();
    }

    /** The account's pages, or null when they could not be read. */
    public List<KartraPage> getPages() {
        return pages;
    }

    /** Whether the tag exists; true when the tags could not be read (nothing to check against). */
    public boolean hasTag(String name) {
        return tags == null || containsIgnoringCase(tags, name);
    }

    /** Whether the list exists; true when the lists could not be read. */
    public boolean hasList(String name) {
        return lists == null || containsIgnoringCase(lists, name);
    }

    /** Whether the sequence exists; true when the sequences could not be read. */
    public boolean hasSequence(String name) {
        return sequences == null || containsIgnoringCase(sequences, name);
    }

    /** Whether the custom fields were read, so that an unknown identifier really is unknown. */
    public boolean knowsCustomFields() {
        return customFields != null;
    }

    /** The custom field with this identifier (case ignored), if the account has it. */
    public Optional<CustomFieldDefinition> customField(String identifier) {
        return customFields == null || identifier == null ? Optional.empty()
                : Optional.ofNullable(customFields.get(key(identifier)));
    }

    /** The label of an option of a custom field, if both exist: to show what a lead read back has chosen. */
    public Optional<String> optionLabel(String identifier, String optionId) {
        return customField(identifier).map(CustomFieldDefinition::getFieldValue).orElse(List.of()).stream()
                .filter(o -> o.getOptionId() != null && o.getOptionId().equals(optionId))
                .map(CustomFieldOption::getOptionValue)
                .findFirst();
    }

    @Override
    public String toString() {
        return "KartraInventory[loadedAt=" + loadedAt + ", tags=" + size(tags) + ", lists=" + size(lists) + ", sequences="
               + size(sequences) + ", customFields=" + (customFields == null ? "?" : customFields.size()) + ", pages="
               + (pages == null ? "?" : pages.size()) + "]";
    }

    private static String size(Set<String> names) {
        return names == null ? "?" : String.valueOf(names.size());
    }
}
