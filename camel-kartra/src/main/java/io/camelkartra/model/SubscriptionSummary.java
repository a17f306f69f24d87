package io.camelkartra.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of {@code retrieveSubscriptionsFromLead}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SubscriptionSummary {

    @JsonProperty("subscription_id")
    private String subscriptionId;
    @JsonProperty("lead_id")
    private String leadId;
    @JsonProperty("lead_email")
    private String leadEmail;
    @JsonProperty("subscription_status")
    private String subscriptionStatus;

    public SubscriptionSummary() {
    }

    /** The subscription's id. */
    public String getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(String subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    /** The subscriber's lead id. */
    public String getLeadId() {
        return leadId;
    }

    public void setLeadId(String leadId) {
        this.leadId = leadId;
    }

    /** The subscriber's email. */
    public String getLeadEmail() {
        return leadEmail;
    }

    public void setLeadEmail(String leadEmail) {
        this.leadEmail = leadEmail;
    }

    /** {@code Active}, {@code Paused}, {@code Cancelled} or {@code Terminated}. */
    public String getSubscriptionStatus() {
        return subscriptionStatus;
    }

    public void setSubscriptionStatus(String subscriptionStatus) {
        this.subscriptionStatus = subscriptionStatus;
    }
}
