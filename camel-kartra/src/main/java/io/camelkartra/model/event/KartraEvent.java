package io.camelkartra.model.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.camelkartra.model.Lead;

/**
 * One Outbound API event as {@code kartra:events} delivers it: the lead, the action, and the details both typed and
 * as sent. Marshalled to JSON it is Kartra's envelope again ({@code lead}, {@code action}, {@code action_details}).
 */
@JsonPropertyOrder({ "lead", "action", "action_details" })
public class KartraEvent {

    private final Lead lead;
    private final String actionName;
    private final KartraEventAction action;
    private final KartraEventDetails details;
    private final Map<String, Object> rawDetails;

    /**
     * @param lead       the lead, or null when Kartra sent none
     * @param actionName Kartra's action name as sent
     * @param details    the typed details, or null
     * @param rawDetails {@code action_details} as sent
     */
    public KartraEvent(Lead lead, String actionName, KartraEventDetails details, Map<String, Object> rawDetails) {
        this.lead = lead;
        this.actionName = actionName;
        this.action = KartraEventAction.fromKartraName(actionName);
        this.details = details;
        this.rawDetails = Collections.unmodifiableMap(new LinkedHashMap<>(rawDetails));
    }

    /** The lead the event is about, custom fields included. */
    @JsonProperty("lead")
    public Lead getLead() {
        return lead;
    }

    /** The action; {@link KartraEventAction#UNKNOWN} for actions this version does not know. */
    @JsonIgnore
    public KartraEventAction getAction() {
        return action;
    }

    /** The action's name as Kartra sent it ({@code buy_product}), also for unknown actions. */
    @JsonProperty("action")
    public String getActionName() {
        return actionName;
    }

    /**
     * The typed details ({@link TransactionEventDetails} for {@code buy_product}, ...). For an unknown action, the
     * details are typed when they sit under a key a known action uses ({@code transaction_details}, {@code tag}, ...),
     * else null.
     */
    @JsonIgnore
    public KartraEventDetails getDetails() {
        return details;
    }

    /**
     * The typed details when they are of this type, else null. (Not an overload of {@link #getDetails()}: Camel's
     * simple language could not tell {@code ${body.details}} apart.)
     */
    public <T extends KartraEventDetails> T detailsAs(Class<T> type) {
        return type.isInstance(details) ? type.cast(details) : null;
    }

    /** {@code action_details} as sent: maps, lists and texts, whatever the action. */
    @JsonProperty("action_details")
    public Map<String, Object> getRawDetails() {
        return rawDetails;
    }

    /** Action and lead id only: lead data stays out of logs. */
    @Override
    public String toString() {
        return "KartraEvent[action=" + actionName + ", leadId=" + (lead == null ? null : lead.getId()) + "]";
    }
}
