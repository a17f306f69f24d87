package io.camelkartra.model;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One IPN payment notification as {@code kartra:ipn} delivers it: the {@link TransactionDetails} of the transaction
 * (amounts, product, buyer) plus what only IPN carries (subscription, trial, tracking). Kartra posts {@code N/A} for
 * empty values: those are null here. Amounts are decimals; dates are US Eastern. The legacy {@code buyer_*} names and
 * {@code trial_payment} are read as their current {@code lead_*} and {@code trial} counterparts.
 * <p>
 * {@link #getVariables()} keeps every posted variable as sent ({@code N/A} included) except {@code secret_key};
 * marshalled to JSON, the notification is that map.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class KartraIpnNotification extends TransactionDetails {

    @JsonProperty("transaction_subscription_id")
    private String transactionSubscriptionId;
    @JsonProperty("transaction_internal_subscription_id")
    private String transactionInternalSubscriptionId;
    @JsonProperty("transaction_subscription_pay_number")
    private Integer transactionSubscriptionPayNumber;
    @JsonProperty("transaction_last_4_card_digits")
    private String transactionLast4CardDigits;
    @JsonProperty("original_id")
    private String originalId;
    @JsonProperty("trial")
    private Integer trial;
    @JsonProperty("trial_amount")
    private BigDecimal trialAmount;
    @JsonProperty("trial_period")
    private Integer trialPeriod;
    @JsonProperty("payments_left")
    private Integer paymentsLeft;
    @JsonProperty("lead_ip")
    private String leadIp;
    @JsonProperty("gdpr_lead_status")
    private Integer gdprLeadStatus;
    @JsonProperty("gdpr_lead_status_date")
    private String gdprLeadStatusDate;
    @JsonProperty("vendor_tracking_id_1")
    private String vendorTrackingId1;
    @JsonProperty("vendor_tracking_id_2")
    private String vendorTrackingId2;
    @JsonProperty("vendor_tracking_link")
    private String vendorTrackingLink;
    private Map<String, String> variables = Map.of();

    /**
     * {@link #getTransactionType()} as an enum; {@link KartraIpnTransactionType#UNKNOWN} for a type this version does
     * not know (the text stays in {@link #getTransactionType()}).
     */
    public KartraIpnTransactionType getType() {
        return KartraIpnTransactionType.fromKartraName(getTransactionType());
    }

    /** The payment gateway's subscription id (PayPal's, for PayPal), or null for one-time payments. */
    public String getTransactionSubscriptionId() {
        return transactionSubscriptionId;
    }

    /** Kartra's subscription id, or null for one-time payments. */
    public String getTransactionInternalSubscriptionId() {
        return transactionInternalSubscriptionId;
    }

    /** Which payment of the subscription this is (1 for the first), or null. */
    public Integer getTransactionSubscriptionPayNumber() {
        return transactionSubscriptionPayNumber;
    }

    /** The card's last 4 digits, or null (PayPal). */
    public String getTransactionLast4CardDigits() {
        return transactionLast4CardDigits;
    }

    /** The first order of the subscription ({@code 0} for one-time payments). */
    public String getOriginalId() {
        return originalId;
    }

    /** 1 when the order has a trial (initial payment), 0 when not; the legacy {@code trial_payment} is read too. */
    public Integer getTrial() {
        return trial;
    }

    /** Whether {@link #getTrial()} is 1. */
    public boolean isTrialOrder() {
        return trial != null && trial == 1;
    }

    /** The trial amount, or null. */
    public BigDecimal getTrialAmount() {
        return trialAmount;
    }

    /** The trial period in days, or null. */
    public Integer getTrialPeriod() {
        return trialPeriod;
    }

    /** Installments left. */
    public Integer getPaymentsLeft() {
        return paymentsLeft;
    }

    /** The buyer's IP address. */
    public String getLeadIp() {
        return leadIp;
    }

    /** The buyer's GDPR status: 0 off for the account, 1 not subject, 2 accepted, 3 not accepted, 4 unknown, 5 pending. */
    public Integer getGdprLeadStatus() {
        return gdprLeadStatus;
    }

    /**
     * When the buyer's GDPR status was set, as posted: {@code 05 Mar 2026 14:02:11} on some documentation pages,
     * {@code 2026-03-05 14:02:11} on others; see {@link #getGdprLeadStatusTime()}.
     */
    public String getGdprLeadStatusDate() {
        return gdprLeadStatusDate;
    }

    /** {@link #getGdprLeadStatusDate()} in America/New_York, read in either format, or null. */
    @JsonIgnore
    public ZonedDateTime getGdprLeadStatusTime() {
        return KartraTimes.parseEastern(gdprLeadStatusDate);
    }

    /** The first vendor tracking id (sales through tracking links). */
    public String getVendorTrackingId1() {
        return vendorTrackingId1;
    }

    /** The second vendor tracking id. */
    public String getVendorTrackingId2() {
        return vendorTrackingId2;
    }

    /** The vendor tracking link. */
    public String getVendorTrackingLink() {
        return vendorTrackingLink;
    }

    /** Every posted variable as sent, in the order posted when the HTTP server keeps it, without {@code secret_key}. */
    @JsonValue
    public Map<String, String> getVariables() {
        return variables;
    }

    /** Set by the component when it reads a notification. */
    @JsonIgnore
    public void setVariables(Map<String, String> variables) {
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** Type and order id only: buyer data stays out of logs. */
    @Override
    public String toString() {
        return "KartraIpnNotification[type=" + getTransactionType() + ", transactionId=" + getTransactionId() + "]";
    }
}
