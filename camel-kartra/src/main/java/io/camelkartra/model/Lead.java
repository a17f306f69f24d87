package io.camelkartra.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A Kartra lead: what {@code getLead} returns, what Outbound API events carry, and what {@code createLead} and
 * {@code editLead} send. Field names on the wire are Kartra's ({@code first_name}); JSON and {@code Map} bodies may
 * use either those or the Java names ({@code firstName}).
 * <p>
 * Only the writable fields (see {@link #WRITABLE_FIELDS}) are sent to Kartra; the others (score, tags, dates...) are
 * read-only and ignored when a lead read from Kartra is sent back. Fields Kartra returns that this class does not
 * know are kept in {@link #getAdditionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "id", "email", "new_email", "phone", "phone_country_code", "first_name", "middle_name", "last_name",
        "last_name2", "ip", "address", "zip", "city", "state", "country", "company", "lead_picture", "website",
        "facebook", "twitter", "linkedin", "lead_preferred_time_zone", "sales_tax_id", "business_type",
        "date_joined", "ip_country", "score", "source", "source_id", "notes", "blacklisted", "gdpr_lead_status",
        "gdpr_lead_status_date", "gdpr_lead_status_ip", "gdpr_lead_communications", "referring_id",
        "lead_deleted", "lead_deleted_date", "google_plus", "custom_fields", "tags", "lists", "sequences",
        "memberships" })
public class Lead {

    /** Kartra's names of the fields create_lead and edit_lead accept, in the order the component sends them. */
    public static final List<String> WRITABLE_FIELDS = List.of(
            "id", "email", "new_email", "phone", "phone_country_code", "first_name", "middle_name", "last_name",
            "last_name2", "ip", "address", "zip", "city", "state", "country", "company", "lead_picture",
            "website", "facebook", "twitter", "linkedin", "lead_preferred_time_zone", "sales_tax_id",
            "business_type", "custom_fields");

    @JsonProperty("id")
    private String id;
    @JsonProperty("email")
    private String email;
    @JsonProperty("new_email")
    @JsonAlias("newEmail")
    private String newEmail;
    @JsonProperty("phone")
    private String phone;
    @JsonProperty("phone_country_code")
    @JsonAlias("phoneCountryCode")
    private String phoneCountryCode;
    @JsonProperty("first_name")
    @JsonAlias("firstName")
    private String firstName;
    @JsonProperty("middle_name")
    @JsonAlias("middleName")
    private String middleName;
    @JsonProperty("last_name")
    @JsonAlias("lastName")
    private String lastName;
    @JsonProperty("last_name2")
    @JsonAlias("lastName2")
    private String lastName2;
    @JsonProperty("ip")
    private String ip;
    @JsonProperty("address")
    private String address;
    @JsonProperty("zip")
    private String zip;
    @JsonProperty("city")
    private String city;
    @JsonProperty("state")
    private String state;
    @JsonProperty("country")
    private String country;
    @JsonProperty("company")
    private String company;
    @JsonProperty("lead_picture")
    @JsonAlias("leadPicture")
    private String leadPicture;
    @JsonProperty("website")
    private String website;
    @JsonProperty("facebook")
    private String facebook;
    @JsonProperty("twitter")
    private String twitter;
    @JsonProperty("linkedin")
    private String linkedin;
    @JsonProperty("lead_preferred_time_zone")
    @JsonAlias("leadPreferredTimeZone")
    private String leadPreferredTimeZone;
    @JsonProperty("sales_tax_id")
    @JsonAlias("salesTaxId")
    private String salesTaxId;
    @JsonProperty("business_type")
    @JsonAlias("businessType")
    private String businessType;
    @JsonProperty("date_joined")
    @JsonAlias("dateJoined")
    private String dateJoined;
    @JsonProperty("ip_country")
    @JsonAlias("ipCountry")
    private String ipCountry;
    @JsonProperty("score")
    private Integer score;
    @JsonProperty("source")
    private String source;
    @JsonProperty("source_id")
    @JsonAlias("sourceId")
    private String sourceId;
    @JsonProperty("notes")
    private String notes;
    @JsonProperty("blacklisted")
    private Integer blacklisted;
    @JsonProperty("gdpr_lead_status")
    @JsonAlias("gdprLeadStatus")
    private Integer gdprLeadStatus;
    @JsonProperty("gdpr_lead_status_date")
    @JsonAlias("gdprLeadStatusDate")
    private String gdprLeadStatusDate;
    @JsonProperty("gdpr_lead_status_ip")
    @JsonAlias("gdprLeadStatusIp")
    private String gdprLeadStatusIp;
    @JsonProperty("gdpr_lead_communications")
    @JsonAlias("gdprLeadCommunications")
    private Integer gdprLeadCommunications;
    @JsonProperty("referring_id")
    @JsonAlias("referringId")
    private String referringId;
    @JsonProperty("lead_deleted")
    @JsonAlias("leadDeleted")
    private Integer leadDeleted;
    @JsonProperty("lead_deleted_date")
    @JsonAlias("leadDeletedDate")
    private String leadDeletedDate;
    @JsonProperty("google_plus")
    @JsonAlias("googlePlus")
    private String googlePlus;
    @JsonProperty("custom_fields")
    @JsonAlias("customFields")
    private List<CustomField> customFields;
    @JsonProperty("tags")
    private List<LeadTag> tags;
    @JsonProperty("lists")
    private List<LeadList> lists;
    @JsonProperty("sequences")
    private List<LeadSequence> sequences;
    @JsonProperty("memberships")
    private List<LeadMembership> memberships;
    @JsonIgnore
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    @JsonIgnore
    private List<String> fieldOrder;

    public Lead() {
    }

    /** A lead identified by its email. */
    public static Lead ofEmail(String email) {
        Lead lead = new Lead();
        lead.setEmail(email);
        return lead;
    }

    /** A lead identified by its Kartra id. */
    public static Lead ofId(String id) {
        Lead lead = new Lead();
        lead.setId(id);
        return lead;
    }

    /** Kartra's lead id. Identifies the lead (wins over the email when both are sent). */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The lead's email; identifies the lead and is required to create one. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** edit_lead only: the email the lead changes to. */
    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    /** Phone number. */
    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** Phone country code, e.g. {@code +1}. */
    public String getPhoneCountryCode() {
        return phoneCountryCode;
    }

    public void setPhoneCountryCode(String phoneCountryCode) {
        this.phoneCountryCode = phoneCountryCode;
    }

    /** First name. */
    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    /** Middle name. */
    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    /** Last name. */
    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** Second surname. */
    public String getLastName2() {
        return lastName2;
    }

    public void setLastName2(String lastName2) {
        this.lastName2 = lastName2;
    }

    /** IP address. */
    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    /** Street address. */
    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** Postal code. */
    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    /** City. */
    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    /** State or region. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    /** Country. */
    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    /** Company. */
    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    /** URL of the lead's picture. */
    public String getLeadPicture() {
        return leadPicture;
    }

    public void setLeadPicture(String leadPicture) {
        this.leadPicture = leadPicture;
    }

    /** Website URL. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** Facebook URL. */
    public String getFacebook() {
        return facebook;
    }

    public void setFacebook(String facebook) {
        this.facebook = facebook;
    }

    /** Twitter URL. */
    public String getTwitter() {
        return twitter;
    }

    public void setTwitter(String twitter) {
        this.twitter = twitter;
    }

    /** LinkedIn URL. */
    public String getLinkedin() {
        return linkedin;
    }

    public void setLinkedin(String linkedin) {
        this.linkedin = linkedin;
    }

    /** Preferred time zone (Kartra's option list is not public; IANA names are the likely format). */
    public String getLeadPreferredTimeZone() {
        return leadPreferredTimeZone;
    }

    public void setLeadPreferredTimeZone(String leadPreferredTimeZone) {
        this.leadPreferredTimeZone = leadPreferredTimeZone;
    }

    /** Sales tax id. */
    public String getSalesTaxId() {
        return salesTaxId;
    }

    public void setSalesTaxId(String salesTaxId) {
        this.salesTaxId = salesTaxId;
    }

    /** Business type (a number in Kartra's docs; its values are not public). */
    public String getBusinessType() {
        return businessType;
    }

    public void setBusinessType(String businessType) {
        this.businessType = businessType;
    }

    /** When the lead joined, {@code yyyy-MM-dd HH:mm:ss} in US Eastern time; see {@link #getDateJoinedTime()}. */
    public String getDateJoined() {
        return dateJoined;
    }

    public void setDateJoined(String dateJoined) {
        this.dateJoined = dateJoined;
    }

    /** Country of the lead's IP address. */
    public String getIpCountry() {
        return ipCountry;
    }

    public void setIpCountry(String ipCountry) {
        this.ipCountry = ipCountry;
    }

    /** Lead score (points). */
    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    /** How the lead was acquired ({@code api}, {@code checkout}, ...; webhooks send a numeric code). */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    /** Internal id of the source. */
    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    /** Profile notes. */
    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** 1 when email delivery to the lead is blocked, else 0. */
    public Integer getBlacklisted() {
        return blacklisted;
    }

    public void setBlacklisted(Integer blacklisted) {
        this.blacklisted = blacklisted;
    }

    /** GDPR status: 0 off for the account, 1 not subject, 2 accepted, 3 not accepted, 4 unknown, 5 pending. */
    public Integer getGdprLeadStatus() {
        return gdprLeadStatus;
    }

    public void setGdprLeadStatus(Integer gdprLeadStatus) {
        this.gdprLeadStatus = gdprLeadStatus;
    }

    /** When the GDPR status was set. */
    public String getGdprLeadStatusDate() {
        return gdprLeadStatusDate;
    }

    public void setGdprLeadStatusDate(String gdprLeadStatusDate) {
        this.gdprLeadStatusDate = gdprLeadStatusDate;
    }

    /** IP from which the GDPR status was set. */
    public String getGdprLeadStatusIp() {
        return gdprLeadStatusIp;
    }

    public void setGdprLeadStatusIp(String gdprLeadStatusIp) {
        this.gdprLeadStatusIp = gdprLeadStatusIp;
    }

    /** GDPR communications flag (Kartra's pages disagree on which value means consent). */
    public Integer getGdprLeadCommunications() {
        return gdprLeadCommunications;
    }

    public void setGdprLeadCommunications(Integer gdprLeadCommunications) {
        this.gdprLeadCommunications = gdprLeadCommunications;
    }

    /** Id of the referring lead or affiliate. */
    public String getReferringId() {
        return referringId;
    }

    public void setReferringId(String referringId) {
        this.referringId = referringId;
    }

    /** 1 when the lead is deleted (outbound payloads). */
    public Integer getLeadDeleted() {
        return leadDeleted;
    }

    public void setLeadDeleted(Integer leadDeleted) {
        this.leadDeleted = leadDeleted;
    }

    /** When the lead was deleted (outbound payloads). */
    public String getLeadDeletedDate() {
        return leadDeletedDate;
    }

    public void setLeadDeletedDate(String leadDeletedDate) {
        this.leadDeletedDate = leadDeletedDate;
    }

    /** Google+ URL (legacy payloads). */
    public String getGooglePlus() {
        return googlePlus;
    }

    public void setGooglePlus(String googlePlus) {
        this.googlePlus = googlePlus;
    }

    /** {@link #getDateJoined()} as a time in America/New_York, or null when absent or not in Kartra's format. */
    @JsonIgnore
    public ZonedDateTime getDateJoinedTime() {
        return KartraTimes.parseEastern(dateJoined);
    }

    /** Custom field values: every account field when read from Kartra (empty ones too); those to set when sent. */
    public List<CustomField> getCustomFields() {
        return customFields;
    }

    public void setCustomFields(List<CustomField> customFields) {
        this.customFields = customFields;
    }

    /** Adds a custom field value to send (a text, an option id, or several option ids for a checkbox field). */
    public Lead addCustomField(CustomField field) {
        if (customFields == null) {
            customFields = new ArrayList<>();
        }
        customFields.add(Objects.requireNonNull(field, "field"));
        return this;
    }

    /** The custom field with this identifier, or null. */
    public CustomField getCustomField(String identifier) {
        if (customFields == null) {
            return null;
        }
        return customFields.stream().filter(f -> identifier.equals(f.getFieldIdentifier())).findFirst().orElse(null);
    }

    /** The lead's tags (read-only). */
    public List<LeadTag> getTags() {
        return tags;
    }

    public void setTags(List<LeadTag> tags) {
        this.tags = tags;
    }

    /** The names of the lead's tags; empty when none were read. */
    @JsonIgnore
    public List<String> getTagNames() {
        return tags == null ? Collections.emptyList()
                : tags.stream().map(LeadTag::getTagName).collect(Collectors.toUnmodifiableList());
    }

    /** The lead's lists (read-only). */
    public List<LeadList> getLists() {
        return lists;
    }

    public void setLists(List<LeadList> lists) {
        this.lists = lists;
    }

    /** The lead's sequences (read-only). */
    public List<LeadSequence> getSequences() {
        return sequences;
    }

    public void setSequences(List<LeadSequence> sequences) {
        this.sequences = sequences;
    }

    /** The lead's memberships (read-only). */
    public List<LeadMembership> getMemberships() {
        return memberships;
    }

    public void setMemberships(List<LeadMembership> memberships) {
        this.memberships = memberships;
    }

    /**
     * The order in which the writable fields are sent, by Kartra's names; null for the order of
     * {@link #WRITABLE_FIELDS}. The component sets it when it reads a lead from a Map or JSON body, so the request
     * lists the fields in the body's order, as PHP's http_build_query would for that array.
     */
    @JsonIgnore
    public List<String> getFieldOrder() {
        return fieldOrder;
    }

    @JsonIgnore
    public void setFieldOrder(List<String> fieldOrder) {
        this.fieldOrder = fieldOrder == null ? null : List.copyOf(fieldOrder);
    }

    /** Fields Kartra returned that this class does not model, by Kartra's name. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }

    /** Identity only: a lead's personal data stays out of logs. */
    @Override
    public String toString() {
        return "Lead[id=" + id + "]";
    }
}
