package io.camelkartra.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of {@code retrieveTransactionsFromLead}. */
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
}
