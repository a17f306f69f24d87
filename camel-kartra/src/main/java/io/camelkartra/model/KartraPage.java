package io.camelkartra.model;

import java.util.Map;

/**
 * A page of the account, as {@code retrieveAccountPages} returns it. Kartra's reply shape for this command is not
 * public: a plain page name and a {@code {kartra_page_id, kartra_page_name}} object are both understood.
 */
public class KartraPage {

    private final String id;
    private final String name;

    public KartraPage(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** Reads one element of Kartra's page list: a name, or an object with id and name. */
    public static KartraPage of(Object element) {
        if (element instanceof Map<?, ?> map) {
            Object id = map.containsKey("kartra_page_id") ? map.get("kartra_page_id") : map.get("page_id");
            Object name = map.containsKey("kartra_page_name") ? map.get("kartra_page_name") : map.get("page_name");
            return new KartraPage(id == null ? null : id.toString(), name == null ? null : name.toString());
        }
        return new KartraPage(null, element == null ? null : element.toString());
    }

    /** The page's id, or null when Kartra sent names only. */
    public String getId() {
        return id;
    }

    /** The page's name. */
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "KartraPage[" + id + ", " + name + "]";
    }
}
