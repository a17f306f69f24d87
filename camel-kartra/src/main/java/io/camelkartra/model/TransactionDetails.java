package io.camelkartra.model;

import java.math.BigDecimal;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A transaction as {@code getTransactionDetails} returns it. Amounts are decimals; buyer fields are as at the moment of purchase. Fields Kartra adds beyond the documented ones are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class TransactionDetails {

    @JsonProperty("transaction_id")
    private String transactionId;
    @JsonProperty("transaction_type")
    private String transactionType;
    @JsonProperty("transaction_date")
    private String transactionDate;
    @JsonProperty("transaction_parent_id")
    private String transactionParentId;
    @JsonProperty("transaction_full_amount")
    private BigDecimal transactionFullAmount;
    @JsonProperty("transaction_base_amount")
    private BigDecimal transactionBaseAmount;
    @JsonProperty("transaction_discount")
    private BigDecimal transactionDiscount;
    @JsonProperty("transaction_shipping")
    private BigDecimal transactionShipping;
    @JsonProperty("transaction_tax")
    private BigDecimal transactionTax;
    @JsonProperty("transaction_quantity")
    private Integer transactionQuantity;
    @JsonProperty("transaction_affiliate")
    private String transactionAffiliate;
    @JsonProperty("transaction_jv")
    private String transactionJv;
    @JsonProperty("product_name")
    private String productName;
    @JsonProperty("product_id")
    private String productId;
    @JsonProperty("product_price_point")
    private String productPricePoint;
    @JsonProperty("lead_id")
    private String leadId;
    @JsonProperty("lead_email")
    private String leadEmail;
    @JsonProperty("lead_first_name")
    private String leadFirstName;
    @JsonProperty("lead_last_name")
    private String leadLastName;
    @JsonProperty("lead_username")
    private String leadUsername;
    @JsonProperty("lead_phone_country_code")
    private String leadPhoneCountryCode;
    @JsonProperty("lead_phone_number")
    private String leadPhoneNumber;
    @JsonProperty("lead_address")
    private String leadAddress;
    @JsonProperty("lead_city")
    private String leadCity;
    @JsonProperty("lead_zip")
    private String leadZip;
    @JsonProperty("lead_state")
    private String leadState;
    @JsonProperty("lead_country")
    private String leadCountry;
    @JsonProperty("lead_country_code_2")
    private String leadCountryCode2;
    @JsonProperty("lead_country_code_3")
    private String leadCountryCode3;

    public TransactionDetails() {
    }

    /** Kartra's order id. */
    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    /** {@code sale}, {@code rebill}, {@code refund}, ... */
    public String getTransactionType() {
        return transactionType;
    }

    public void setTransactionType(String transactionType) {
        this.transactionType = transactionType;
    }

    /** When it happened, Eastern time; see {@link KartraTimes}. */
    public String getTransactionDate() {
        return transactionDate;
    }

    public void setTransactionDate(String transactionDate) {
        this.transactionDate = transactionDate;
    }

    /** {@link #getTransactionDate()} in America/New_York, or null when absent or not in Kartra's format. */
    @JsonIgnore
    public ZonedDateTime getTransactionTime() {
        return KartraTimes.parseEastern(transactionDate);
    }

    /** For refunds and chargebacks: the original order id. */
    public String getTransactionParentId() {
        return transactionParentId;
    }

    public void setTransactionParentId(String transactionParentId) {
        this.transactionParentId = transactionParentId;
    }

    /** Amount paid, all included. */
    public BigDecimal getTransactionFullAmount() {
        return transactionFullAmount;
    }

    public void setTransactionFullAmount(BigDecimal transactionFullAmount) {
        this.transactionFullAmount = transactionFullAmount;
    }

    /** Amount before tax, shipping and discount. */
    public BigDecimal getTransactionBaseAmount() {
        return transactionBaseAmount;
    }

    public void setTransactionBaseAmount(BigDecimal transactionBaseAmount) {
        this.transactionBaseAmount = transactionBaseAmount;
    }

    /** Discount. */
    public BigDecimal getTransactionDiscount() {
        return transactionDiscount;
    }

    public void setTransactionDiscount(BigDecimal transactionDiscount) {
        this.transactionDiscount = transactionDiscount;
    }

    /** Shipping. */
    public BigDecimal getTransactionShipping() {
        return transactionShipping;
    }

    public void setTransactionShipping(BigDecimal transactionShipping) {
        this.transactionShipping = transactionShipping;
    }

    /** Tax. */
    public BigDecimal getTransactionTax() {
        return transactionTax;
    }

    public void setTransactionTax(BigDecimal transactionTax) {
        this.transactionTax = transactionTax;
    }

    /** Quantity. */
    public Integer getTransactionQuantity() {
        return transactionQuantity;
    }

    public void setTransactionQuantity(Integer transactionQuantity) {
        this.transactionQuantity = transactionQuantity;
    }

    /** Affiliate username. */
    public String getTransactionAffiliate() {
        return transactionAffiliate;
    }

    public void setTransactionAffiliate(String transactionAffiliate) {
        this.transactionAffiliate = transactionAffiliate;
    }

    /** JV partner username. */
    public String getTransactionJv() {
        return transactionJv;
    }

    public void setTransactionJv(String transactionJv) {
        this.transactionJv = transactionJv;
    }

    /** Product name. */
    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    /** Product id. */
    public String getProductId() {
        return productId;
    }

    public void setProductId(String productId) {
        this.productId = productId;
    }

    /** Price point (1 to n). */
    public String getProductPricePoint() {
        return productPricePoint;
    }

    public void setProductPricePoint(String productPricePoint) {
        this.productPricePoint = productPricePoint;
    }

    /** Buyer's lead id. */
    public String getLeadId() {
        return leadId;
    }

    public void setLeadId(String leadId) {
        this.leadId = leadId;
    }

    /** Buyer's email. */
    public String getLeadEmail() {
        return leadEmail;
    }

    public void setLeadEmail(String leadEmail) {
        this.leadEmail = leadEmail;
    }

    /** Buyer's first name. */
    public String getLeadFirstName() {
        return leadFirstName;
    }

    public void setLeadFirstName(String leadFirstName) {
        this.leadFirstName = leadFirstName;
    }

    /** Buyer's last name. */
    public String getLeadLastName() {
        return leadLastName;
    }

    public void setLeadLastName(String leadLastName) {
        this.leadLastName = leadLastName;
    }

    /** Buyer's username. */
    public String getLeadUsername() {
        return leadUsername;
    }

    public void setLeadUsername(String leadUsername) {
        this.leadUsername = leadUsername;
    }

    /** Buyer's phone country code. */
    public String getLeadPhoneCountryCode() {
        return leadPhoneCountryCode;
    }

    public void setLeadPhoneCountryCode(String leadPhoneCountryCode) {
        this.leadPhoneCountryCode = leadPhoneCountryCode;
    }

    /** Buyer's phone. */
    public String getLeadPhoneNumber() {
        return leadPhoneNumber;
    }

    public void setLeadPhoneNumber(String leadPhoneNumber) {
        this.leadPhoneNumber = leadPhoneNumber;
    }

    /** Buyer's address. */
    public String getLeadAddress() {
        return leadAddress;
    }

    public void setLeadAddress(String leadAddress) {
        this.leadAddress = leadAddress;
    }

    /** Buyer's city. */
    public String getLeadCity() {
        return leadCity;
    }

    public void setLeadCity(String leadCity) {
        this.leadCity = leadCity;
    }

    /** Buyer's postal code. */
    public String getLeadZip() {
        return leadZip;
    }

    public void setLeadZip(String leadZip) {
        this.leadZip = leadZip;
    }

    /** Buyer's state. */
    public String getLeadState() {
        return leadState;
    }

    public void setLeadState(String leadState) {
        this.leadState = leadState;
    }

    /** Buyer's country. */
    public String getLeadCountry() {
        return leadCountry;
    }

    public void setLeadCountry(String leadCountry) {
        this.leadCountry = leadCountry;
    }

    /** Buyer's country, ISO 3166 alpha-2. */
    public String getLeadCountryCode2() {
        return leadCountryCode2;
    }

    public void setLeadCountryCode2(String leadCountryCode2) {
        this.leadCountryCode2 = leadCountryCode2;
    }

    /** Buyer's country, ISO 3166 alpha-3. */
    public String getLeadCountryCode3() {
        return leadCountryCode3;
    }

    public void setLeadCountryCode3(String leadCountryCode3) {
        this.leadCountryCode3 = leadCountryCode3;
    }
}
