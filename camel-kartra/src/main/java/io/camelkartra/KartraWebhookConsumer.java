package io.camelkartra;

import java.util.concurrent.atomic.AtomicBoolean;

import io.camelkartra.internal.RequestSourceAddress;
import io.camelkartra.internal.SourceAddressFilter;
import io.camelkartra.internal.WebhookRejection;
import io.camelkartra.internal.WebhookReplyHeaderFilter;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the events and IPN consumers share: an HTTP endpoint on the runtime's own server (camel-platform-http), the
 * checks every post goes through before it is routed, duplicate detection, and the reply.
 * <p>
 * The exchange the HTTP server creates is the one routed, so the route's outcome is the HTTP answer: 200 when the
 * route completes, 500 when it fails. Kartra retries nothing it documents, but a failed answer at least shows in its
 * logs and in any proxy's.
 */
abstract class KartraWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(KartraWebhookConsumer.class);

    private final String path;
    private final SourceAddressFilter sources;
    private final IdempotentRepository idempotentRepository;
    private final AtomicBoolean warnedUnknownSource = new AtomicBoolean();
    private Consumer httpConsumer;
    private KartraDeliveryObserver observer = KartraDeliveryObserver.NONE;

    KartraWebhookConsumer(KartraEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.path = endpoint.consumerPath();
        this.sources = endpoint.sourceAddressFilter();
        this.idempotentRepository = endpoint.getConfiguration().getIdempotentRepository();
    }

    @Override
    public KartraEndpoint getEndpoint() {
        return (KartraEndpoint) super.getEndpoint();
    }

    @Override
    public boolean isHostedService() {
        return true;
    }

    /**
     * Checks and converts the post: sets the body and headers the route sees, and returns the delivery key, or null
     * when the post is acknowledged without being routed.
     */
    protected abstract String accept(Exchange exchange) throws WebhookRejection;

    /** Where the consumer reports its posts. */
    protected KartraDeliveryObserver observer() {
        return observer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        observer = getEndpoint().getComponent().deliveryObserver(getEndpoint().getConfiguration().getOperation().name(), path);
        // as Camel's idempotentConsumer does: a repository over a store (Hazelcast, Redis) connects when started
        CamelContextAware.trySetCamelContext(idempotentRepository, getEndpoint().getCamelContext());
        ServiceHelper.startService(idempotentRepository);
        PlatformHttpEndpoint http = getEndpoint().getCamelContext().getEndpoint("platform-http:" + path + "?muteException=true",
                PlatformHttpEndpoint.class);
        http.setHeaderFilterStrategy(new WebhookReplyHeaderFilter());
        httpConsumer = http.createConsumer(this::receive);
        ServiceHelper.startService(httpConsumer);
        LOG.info("kartra:{} receives posts on {}", getEndpoint().getConfiguration().getOperation(), path);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(httpConsumer);
        httpConsumer = null;
        super.doStop();
    }

    private void receive(Exchange exchange) {
        Message message = exchange.getIn();
        try {
            checkSource(message);
            if (!"POST".equalsIgnoreCase(message.getHeader(Exchange.HTTP_METHOD, String.class))) {
                message.setHeader("Allow", "POST");
                throw new WebhookRejection(405, "method not allowed");
            }
            String deliveryKey = accept(exchange);
            if (deliveryKey == null) {
                reply(message, 200, "ignored");
                observer.delivered(KartraDeliveryObserver.Outcome.IGNORED, 200);
            } else {
                message.setHeader(KartraConstants.DELIVERY_KEY, deliveryKey);
                route(exchange, deliveryKey);
            }
        } catch (WebhookRejection rejection) {
            LOG.debug("Refused a post to {}: {} {}", path, rejection.getStatus(), rejection.getMessage());
            reply(message, rejection.getStatus(), rejection.getMessage());
            observer.delivered(KartraDeliveryObserver.Outcome.REFUSED, rejection.getStatus());
        } catch (Exception e) {
            exchange.setException(e);
            reply(exchange.getMessage(), 500, "error");
            observer.delivered(KartraDeliveryObserver.Outcome.ERROR, 500);
        }
    }

    private void checkSource(Message message) throws WebhookRejection {
        if (sources.allowsAny()) {
            return;
        }
        String source = RequestSourceAddress.of(message);
        if (source == null && warnedUnknownSource.compareAndSet(false, true)) {
            LOG.warn("allowedAddresses is set on kartra:{}, but this runtime's HTTP server does not report client addresses: "
                     + "every post is refused. Filter sources in front of the server instead.",
                    getEndpoint().getConfiguration().getOperation());
        }
        if (!sources.allows(source)) {
            throw new WebhookRejection(403, "source not allowed");
        }
    }

    private void route(Exchange exchange, String deliveryKey) throws Exception {
        if (idempotentRepository != null && !idempotentRepository.add(exchange, deliveryKey)) {
            LOG.debug("Dropped a duplicate delivery to {}", path);
            reply(exchange.getMessage(), 200, "duplicate");
            observer.delivered(KartraDeliveryObserver.Outcome.DUPLICATE, 200);
            return;
        }
        // The route sees its own endpoint and route id, as with any consumer; the HTTP server's are restored for
        // the server's own handling of the reply.
        Endpoint httpEndpoint = exchange.getFromEndpoint();
        String httpRouteId = exchange.getFromRouteId();
        exchange.getExchangeExtension().setFromEndpoint(getEndpoint());
        exchange.getExchangeExtension().setFromRouteId(getRouteId());
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            exchange.getExchangeExtension().setFromEndpoint(httpEndpoint);
            exchange.getExchangeExtension().setFromRouteId(httpRouteId);
        }
        boolean failed = exchange.isFailed() || exchange.isRollbackOnly();
        if (idempotentRepository != null) {
            if (failed) {
                idempotentRepository.remove(exchange, deliveryKey);
            } else {
                idempotentRepository.confirm(exchange, deliveryKey);
            }
        }
        reply(exchange.getMessage(), failed ? 500 : 200, failed ? "error" : "ok");
        observer.delivered(failed ? KartraDeliveryObserver.Outcome.ROUTE_FAILED : KartraDeliveryObserver.Outcome.ROUTED, failed ? 500 : 200);
    }

    private static void reply(Message message, int status, String text) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(text);
    }

    /** Sets the header unless the value is null. */
    static void setHeader(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
