package io.camelkartra.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A subscription as {@code getSubscriptionDetails} returns it; dates are Eastern time (see {@link KartraTimes}), {@code N/A} amounts are null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SubscriptionDetails {

    @JsonProperty("subscription_id")
    private String subscriptionId;
    @JsonProperty("subscription_product_id")
    private String subscriptionProductId;
    @JsonProperty("subscription_price_point")
    private String subscriptionPricePoint;
    @JsonProperty("subscription_lead_id")
    private String subscriptionLeadId;
    @JsonProperty("subscription_start_date")
    private String subscriptionStartDate;
    @JsonProperty("subscription_end_date")
    private String subscriptionEndDate;
    @JsonProperty("subscription_current_installment")
    private Integer subscriptionCurrentInstallment;
    @JsonProperty("subscription_installments_left")
    private String subscriptionInstallmentsLeft;
    @JsonProperty("subscription_recurring_period")
    private String subscriptionRecurringPeriod;
    @JsonProperty("subscription_status")
    private String subscriptionStatus;
    @JsonProperty("subscription_next_payment_date")
    private String subscriptionNextPaymentDate;
    @JsonProperty("subscription_next_scheduled_payment_amount")
    private BigDecimal subscriptionNextScheduledPaymentAmount;
    @JsonProperty("subscription_affiliate")
    private String subscriptionAffiliate;
    @JsonProperty("subscription_jv")
    private String subscriptionJv;

    public SubscriptionDetails() {
    }

    /** The subscription's id. */
    public String getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(String subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    /** Product id. */
    public String getSubscriptionProductId() {
        return subscriptionProductId;
    }

    public void setSubscriptionProductId(String subscriptionProductId) {
        this.subscriptionProductId = subscriptionProductId;
    }

    /** Price point. */
    public String getSubscriptionPricePoint() {
        return subscriptionPricePoint;
    }

    public void setSubscriptionPricePoint(String subscriptionPricePoint) {
        this.subscriptionPricePoint = subscriptionPricePoint;
    }

    /** Subscriber's lead id. */
    public String getSubscriptionLeadId() {
        return subscriptionLeadId;
    }

    public void setSubscriptionLeadId(String subscriptionLeadId) {
        this.subscriptionLeadId = subscriptionLeadId;
    }

    /** Start, {@code yyyy-MM-dd HH:mm:ss} Eastern. */
    public String getSubscriptionStartDate() {
        return subscriptionStartDate;
    }

    public void setSubscriptionStartDate(String subscriptionStartDate) {
        this.subscriptionStartDate = subscriptionStartDate;
    }

    /** End; {@code 0000-00-00 00:00:00} unless cancelled or terminated. */
    public String getSubscriptionEndDate() {
        return subscriptionEndDate;
    }

    public void setSubscriptionEndDate(String subscriptionEndDate) {
        this.subscriptionEndDate = subscriptionEndDate;
    }

    /** Current installment. */
    public Integer getSubscriptionCurrentInstallment() {
        return subscriptionCurrentInstallment;
    }

    public void setSubscriptionCurrentInstallment(Integer subscriptionCurrentInstallment) {
        this.subscriptionCurrentInstallment = subscriptionCurrentInstallment;
    }

    /** Installments left, or {@code Until cancelled}. */
    public String getSubscriptionInstallmentsLeft() {
        return subscriptionInstallmentsLeft;
    }

    public void setSubscriptionInstallmentsLeft(String subscriptionInstallmentsLeft) {
        this.subscriptionInstallmentsLeft = subscriptionInstallmentsLeft;
    }

    /** {@code monthly}, {@code every 2 months}, {@code quarterly}, {@code yearly}, {@code every 2 years}, {@code weekly} or {@code every 2 weeks}. */
    public String getSubscriptionRecurringPeriod() {
        return subscriptionRecurringPeriod;
    }

    public void setSubscriptionRecurringPeriod(String subscriptionRecurringPeriod) {
        this.subscriptionRecurringPeriod = subscriptionRecurringPeriod;
    }

    /** {@code Active}, {@code Paused}, {@code Cancelled} or {@code Terminated}. */
    public String getSubscriptionStatus() {
        return subscriptionStatus;
    }

    public void setSubscriptionStatus(String subscriptionStatus) {
        this.subscriptionStatus = subscriptionStatus;
    }

    /** Next payment, Eastern. */
    public String getSubscriptionNextPaymentDate() {
        return subscriptionNextPaymentDate;
    }

    public void setSubscriptionNextPaymentDate(String subscriptionNextPaymentDate) {
        this.subscriptionNextPaymentDate = subscriptionNextPaymentDate;
    }

    /** Next amount; null when Kartra says {@code N/A}. */
    public BigDecimal getSubscriptionNextScheduledPaymentAmount() {
        return subscriptionNextScheduledPaymentAmount;
    }

    public void setSubscriptionNextScheduledPaymentAmount(BigDecimal subscriptionNextScheduledPaymentAmount) {
        this.subscriptionNextScheduledPaymentAmount = subscriptionNextScheduledPaymentAmount;
    }

    /** Affiliate username or {@code N/A}. */
    public String getSubscriptionAffiliate() {
        return subscriptionAffiliate;
    }

    public void setSubscriptionAffiliate(String subscriptionAffiliate) {
        this.subscriptionAffiliate = subscriptionAffiliate;
    }

    /** JV username or {@code N/A}. */
    public String getSubscriptionJv() {
        return subscriptionJv;
    }

    public void setSubscriptionJv(String subscriptionJv) {
        this.subscriptionJv = subscriptionJv;
    }
}
