package io.camelkartra.it;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConstants;
import io.camelkartra.KartraException;
import io.camelkartra.KartraTransportException;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.ReplyShape;
import io.camelkartra.support.InEveryReplyShape;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The transport against the simulator's listeners: HTTPS trusting its certificate through Camel's
 * sslContextParameters, and plain http refused before anything is sent unless allowPlainHttp opts in.
 */
@InEveryReplyShape
class KartraHttpsSimulatorTest extends CamelTestSupport {

    @Parameter
    ReplyShape shape;

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension();

    @BeforeEach
    void answerInTheShape() {
        KARTRA.simulator().settings().replyShape(shape);
    }

    @BindToRegistry("simulatorTls")
    private final SSLContextParameters simulatorTls = trustingTheSimulator(KARTRA.simulator());

    private static SSLContextParameters trustingTheSimulator(KartraSimulator simulator) {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + simulator.trustStorePath());
        trustStore.setPassword(simulator.trustStorePassword());
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        KartraComponent kartra = SimulatorKartra.component(context, KARTRA.simulator());
        kartra.getConfiguration().setBaseUrl(KARTRA.simulator().httpsBaseUrl());
        kartra.getConfiguration().setAllowPlainHttp(false);
        context.addComponent("kartra", kartra);
        return context;
    }

    private Exchange getJohn(String uri) {
        return template.request(uri, e -> e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, "john.smith@example.com"));
    }

    @Test
    void httpsWithTheSimulatorsTrustStore() {
        Exchange exchange = getJohn("kartra:getLead?sslContextParameters=#simulatorTls");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Lead.class).getFirstName()).isEqualTo("John");
        assertThat(KARTRA.simulator().calls().count("get_lead", Outcome.SUCCESS)).isEqualTo(1);
    }

    @Test
    void anUntrustedCertificateFailsBeforeAnythingIsSent() {
        Exchange exchange = getJohn("kartra:getLead");

        assertThat(exchange.getException()).isInstanceOf(KartraTransportException.class);
        assertThat(((KartraException) exchange.getException()).isRetryable()).isTrue();
        assertThat(KARTRA.simulator().calls().total()).isZero();
    }

    @Test
    void plainHttpIsRefusedWithoutTheOptIn() {
        String plain = KARTRA.simulator().baseUrl();

        assertThatThrownBy(() -> getJohn("kartra:getLead?baseUrl=" + plain))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("allowPlainHttp");
        Exchange optedIn = getJohn("kartra:getLead?allowPlainHttp=true&baseUrl=" + plain);

        assertThat(optedIn.getException()).isNull();
        assertThat(KARTRA.simulator().calls().total()).isEqualTo(1);
    }
}
