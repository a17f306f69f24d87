package io.camelkartra;

import java.time.Duration;
import java.util.Objects;

import io.camelkartra.model.KartraResponse;
import org.apache.camel.RuntimeCamelException;

/**
 * Root of every exception the Kartra component raises: Kartra's error envelopes (carrying Kartra's numeric message
 * type) as well as transport failures and rate limiting. Each {@link KartraErrorCategory} has a subclass, so
 * {@code onException(KartraNotFoundException.class)} works without a predicate, and the message type is a property,
 * so {@code onWhen(simple("${exception.type} == 212"))} narrows further.
 * <p>
 * A type this version does not know still arrives as a plain {@code KartraException} (category
 * {@link KartraErrorCategory#UNKNOWN}) with the type and message Kartra sent. Credentials never appear in the message,
 * in {@link #getRawResponse()} or anywhere else on the exception.
 */
public class KartraException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final KartraErrorCategory category;
    private final int type;
    private final String kartraMessage;
    private final String command;
    private final int actionIndex;
    private final boolean retryable;
    private final int httpStatus;
    private final Duration retryAfter;
    private final transient KartraResponse response;
    private final String rawResponse;

    public KartraException(Details details) {
        super(details.describe(), details.cause);
        this.category = details.category;
        this.type = details.type;
        this.kartraMessage = details.kartraMessage;
        this.command = details.command;
        this.actionIndex = details.actionIndex;
        this.retryable = details.retryable;
        this.httpStatus = details.httpStatus;
        this.retryAfter = details.retryAfter;
        this.response = details.response;
        this.rawResponse = details.rawResponse;
    }

    /** Kartra's message type ({@code 212}), or 0 where Kartra gave none (transport failures, rate limiting). */
    public int getType() {
        return type;
    }

    /** The text Kartra sent in {@code message}, or a description of the transport failure. */
    public String getKartraMessage() {
        return kartraMessage;
    }

    /** The {@code cmd} that failed ({@code assign_tag}, {@code get_lead}), or null when no single command is to blame. */
    public String getCommand() {
        return command;
    }

    /** Position of the failing action in the call's {@code actions[]}, or -1 for a call-level failure. */
    public int getActionIndex() {
        return actionIndex;
    }

    public KartraErrorCategory getCategory() {
        return category;
    }

    /**
     * Whether sending the same call again may succeed and is safe: the failure is transient (rate limit, gateway
     * failure, transport) and, where the outcome of the first attempt is unknown, the operation can be replayed
     * without doing its effect twice.
     */
    public boolean isRetryable() {
        return retryable;
    }

    /** The HTTP status of the reply, or 0 when there was none (I/O failure, or a failure raised before sending). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** How long to wait before trying again (Kartra asks for one second after a 429), or null for no advice. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** The parsed reply with every action's result, or null when there was no Kartra envelope. */
    public KartraResponse getResponse() {
        return response;
    }

    /** The raw reply body, cut to a few kilobytes; null when there was none. Kartra never echoes credentials. */
    public String getRawResponse() {
        return rawResponse;
    }

    /** Everything an exception carries; built by the component, and by tests or custom processors. */
    public static final class Details {
        private final KartraErrorCategory category;
        private int type;
        private String kartraMessage;
        private String command;
        private int actionIndex = -1;
        private boolean retryable;
        private int httpStatus;
        private Duration retryAfter;
        private KartraResponse response;
        private String rawResponse;
        private Throwable cause;

        public Details(KartraErrorCategory category) {
            this.category = Objects.requireNonNull(category, "category");
        }

        public KartraErrorCategory category() {
            return category;
        }

        public Details type(int type) {
            this.type = type;
            return this;
        }

        public Details kartraMessage(String kartraMessage) {
            this.kartraMessage = kartraMessage;
            return this;
        }

        public Details command(String command) {
            this.command = command;
            return this;
        }

        public Details actionIndex(int actionIndex) {
            this.actionIndex = actionIndex;
            return this;
        }

        public Details retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public Details httpStatus(int httpStatus) {
            this.httpStatus = httpStatus;
            return this;
        }

        public Details retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        public Details response(KartraResponse response) {
            this.response = response;
            return this;
        }

        public Details rawResponse(String rawResponse) {
            this.rawResponse = rawResponse;
            return this;
        }

        public Details cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        String describe() {
            StringBuilder sb = new StringBuilder("Kartra ");
            if (type > 0) {
                sb.append("error ").append(type).append(" (").append(kartraMessage).append(')');
            } else {
                sb.append(category.name().toLowerCase().replace('_', ' ')).append(" failure: ").append(kartraMessage);
            }
            if (command != null) {
                sb.append(" from ").append(command);
                if (actionIndex >= 0) {
                    sb.append(" (action ").append(actionIndex).append(')');
                }
            }
            return sb.toString();
        }
    }
}
