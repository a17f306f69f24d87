package io.camelkartra.quarkus.deployment;

import java.util.List;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

/**
 * The classes Jackson binds by reflection: everything under {@code io.camelkartra.model}, found in the Jandex index
 * rather than listed by hand, so that model classes added later (Outbound API events, IPN notifications, their nested
 * types) are registered without touching the extension.
 */
final class KartraModelClasses {

    static final String MODEL_PACKAGE = "io.camelkartra.model";

    private KartraModelClasses() {
    }

    /** Names of the indexed classes in the model package and its sub-packages, nested classes included, sorted. */
    static List<String> in(IndexView index) {
        return index.getKnownClasses().stream()
                .map(ClassInfo::name)
                .map(Object::toString)
                .filter(name -> name.startsWith(MODEL_PACKAGE + "."))
                .sorted()
                .toList();
    }
}
