package io.camelkartra.support;

import io.camelkartra.KartraComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Route tests against a {@link StubKartraServer}: the kartra component is configured at component level with the
 * wire-fixture credentials and the stub's URL.
 */
public abstract class KartraStubTestSupport extends CamelTestSupport {

    protected static StubKartraServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new StubKartraServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void clearServer() {
        server.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KartraComponent kartra = new KartraComponent();
        kartra.getConfiguration().setAppId(Fixtures.APP_ID);
        kartra.getConfiguration().setApiKey(Fixtures.API_KEY);
        kartra.getConfiguration().setApiPassword(Fixtures.API_PASSWORD);
        kartra.getConfiguration().setBaseUrl(server.url());
        kartra.getConfiguration().setAllowPlainHttp(true);
        // the stub answers scripted replies only: no retrieve calls for the account inventory
        kartra.getConfiguration().setInventory(false);
        context.addComponent("kartra", kartra);
        return context;
    }
}
