package io.camelkartra.support;

import java.util.LinkedHashMap;
import java.util.Map;

import io.camelkartra.KartraComponent;
import io.camelkartra.simulator.KartraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * A kartra component pointed at the Kartra simulator by its {@code camelProperties()}, bound the way Camel Main binds
 * {@code camel.component.kartra.*}: component level, as the docs advise.
 */
public final class SimulatorKartra {

    private static final String PREFIX = "camel.component.kartra.";

    private SimulatorKartra() {
    }

    /**
     * Without the account inventory: these tests prove what Kartra itself answers and how many calls reach it, so no
     * check may refuse a call before it is sent (KartraInventoryTest covers the fail-fast checks).
     */
    public static KartraComponent component(CamelContext context, KartraSimulator simulator) {
        KartraComponent kartra = componentWithInventory(context, simulator);
        kartra.getConfiguration().setInventory(false);
        return kartra;
    }

    /** With the account inventory on, as the component starts by default. */
    public static KartraComponent componentWithInventory(CamelContext context, KartraSimulator simulator) {
        return bind(context, simulator.camelProperties());
    }

    /** A component with these {@code camel.component.kartra.*} properties bound, kebab-case keys included. */
    public static KartraComponent bind(CamelContext context, Map<String, String> properties) {
        KartraComponent kartra = new KartraComponent();
        // in order: a #class: value must create an object before the properties nested in it are set
        boolean bound = PropertyBindingSupport.build().withCamelContext(context).withTarget(kartra).withOptionPrefix(PREFIX)
                .withMandatory(true).withProperties(new LinkedHashMap<>(properties)).bind();
        if (!bound) {
            throw new IllegalArgumentException("no camel.component.kartra.* property in " + properties.keySet());
        }
        return kartra;
    }
}
