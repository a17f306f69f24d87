package io.camelkartra.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code retrieveTransactionsFromLead}. The documentation shows four fields; older replies (under
 * {@code get_transactions_from_lead}) also carry amounts, as strings ({@code "0.00"}): every field this class does not
 * model is kept in {@link #getAdditionalProperties()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class TransactionSummary {

    @JsonProperty("transaction_id")
    private String transactionId;
    @JsonProperty("lead_id")
    private String leadId;
    @JsonProperty("lead_email")
    private String leadEmail;
    @JsonProperty("transaction_type")
    private String transactionType;
    @JsonIgnore
    private Map<String, Object> additionalProperties;

    public TransactionSummary() {
    }

    /** Kartra's order id. */
    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    /** The buyer's lead id. */
    public String getLeadId() {
        return leadId;
    }

    public void setLeadId(String leadId) {
        this.leadId = leadId;
    }

    /** The buyer's email. */
    public String getLeadEmail() {
        return leadEmail;
    }

    public void setLeadEmail(String leadEmail) {
        this.leadEmail = leadEmail;
    }

    /** {@code sale}, {@code refund}, {@code failed}, {@code rebill}, {@code cancellation}, {@code chargeback} or {@code partial_refund}. */
    public String getTransactionType() {
        return transactionType;
    }

    public void setTransactionType(String transactionType) {
        this.transactionType = transactionType;
    }

    /** Fields Kartra returned that this class does not model, by Kartra's name. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties == null ? Map.of() : Collections.unmodifiableMap(additionalProperties);
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
        }
        additionalProperties.put(name, value);
    }
}
