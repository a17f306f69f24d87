package io.camelkartra.support;

import io.camelkartra.KartraComponent;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;

/**
 * A kartra component configured, at component level as the docs advise, with the Kartra simulator's demo credentials
 * and its plain-HTTP URL. The account inventory is off: these tests prove what Kartra itself answers and how many calls
 * reach it, so no check may refuse a call before it is sent (KartraInventoryTest covers the fail-fast checks).
 */
public final class SimulatorKartra {

    private SimulatorKartra() {
    }

    public static KartraComponent component(KartraSimulator simulator) {
        SimulatorCredentials credentials = simulator.demoCredentials();
        KartraComponent kartra = new KartraComponent();
        kartra.getConfiguration().setAppId(credentials.appId());
        kartra.getConfiguration().setApiKey(credentials.apiKey());
        kartra.getConfiguration().setApiPassword(credentials.apiPassword());
        kartra.getConfiguration().setBaseUrl(simulator.baseUrl());
        kartra.getConfiguration().setAllowPlainHttp(true);
        kartra.getConfiguration().setInventory(false);
        return kartra;
    }
}
