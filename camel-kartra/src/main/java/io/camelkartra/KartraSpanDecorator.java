package io.camelkartra;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.tracing.SpanAdapter;
import org.apache.camel.tracing.decorators.AbstractSpanDecorator;

/**
 * How camel-tracing (camel-opentelemetry, ...) describes a {@code kartra:} span: named after the Kartra command sent
 * ({@code assign_tag}; the operation for ours, {@code upsertLead} or {@code call}), with the message type Kartra
 * answered and the number of calls made as attributes. Registered through {@code META-INF/services}, so it is used
 * only where camel-tracing is on the classpath.
 * <p>
 * It writes none of the default decorator's URI attributes: an endpoint URI may carry the App id and option values,
 * and an exception's message may quote what was sent. A span shows the operation, the exception's class and Kartra's
 * type, never a credential, a lead or an email.
 */
public class KartraSpanDecorator extends AbstractSpanDecorator {

    /** The Kartra command or our operation, as the span is named. */
    static final String COMMAND = "kartra.command";
    /** Kartra's message type of the reply (the {@code CamelKartraMessageType} header). */
    static final String MESSAGE_TYPE = "kartra.message.type";
    /** HTTP calls the exchange made (the {@code CamelKartraCallCount} header). */
    static final String CALL_COUNT = "kartra.call.count";

    @Override
    public String getComponent() {
        return "kartra";
    }

    @Override
    public String getComponentClassName() {
        return KartraComponent.class.getName();
    }

    @Override
    public String getOperationName(Exchange exchange, Endpoint endpoint) {
        return command(exchange, endpoint);
    }

    @Override
    public void pre(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
        span.setComponent(CAMEL_COMPONENT + getComponent());
        span.setTag("camel.uri", endpoint.toString());
        if (exchange.getFromRouteId() != null) {
            span.setTag("camel.route.id", exchange.getFromRouteId());
        }
        span.setLowCardinalityTag(COMMAND, command(exchange, endpoint));
    }

    @Override
    public void post(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
        Integer type = exchange.getMessage().getHeader(KartraConstants.MESSAGE_TYPE, Integer.class);
        if (type != null) {
            span.setLowCardinalityTag(MESSAGE_TYPE, type);
        }
        Integer calls = exchange.getMessage().getHeader(KartraConstants.CALL_COUNT, Integer.class);
        if (calls != null) {
            span.setTag(CALL_COUNT, calls);
        }
        Exception failure = exchange.getException();
        if (failure != null) {
            span.setError(true);
            span.log(Map.of("event", "error", "error.kind", failure.getClass().getName()));
        }
    }

    /** The command the exchange's operation sends, from the command table; our own operations by their name. */
    private static String command(Exchange exchange, Endpoint endpoint) {
        KartraOperation operation = null;
        String requested = exchange.getMessage().getHeader(KartraConstants.OPERATION, String.class);
        if (requested != null) {
            try {
                operation = KartraOperation.resolve(requested);
            } catch (IllegalArgumentException e) {
                // the producer refuses it with a clear error; the span keeps the endpoint's operation
            }
        }
        if (operation == null && endpoint instanceof KartraEndpoint kartra) {
            operation = kartra.getConfiguration().getOperation();
        }
        if (operation == null) {
            return "kartra";
        }
        return operation.getCommand() == null ? operation.name() : operation.getCommand();
    }
}
