package io.camelkartra.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Kartra lead: what {@code getLead} returns, what Outbound API events carry, and what {@code createLead} and
 * {@code editLead} send. Field names on the wire and in JSON are Kartra's ({@code first_name}); JSON and {@code Map}
 * bodies sent to the component may use the Java names ({@code firstName}) too.
 * <p>
 * The fields below are the lead's field table: their {@code @JsonProperty} is Kartra's name, their order the order a
 * request sends them in, and the {@link KartraReadOnly} ones (score, tags, dates...) are read from Kartra and never
 * sent, so a lead read from Kartra can be sent back. Fields Kartra returns that this class does not know are kept in
 * {@link #getAdditionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Lead {

    /**
     * Kartra's names of the fields create_lead and edit_lead accept, in the order a request sends them: the fields
     * below, in their order, but for the {@link KartraReadOnly} ones.
     */
    public static final List<String> WRITABLE_FIELDS = Arrays.stream(Lead.class.getDeclaredFields())
            .filter(field -> field.isAnnotationPresent(JsonProperty.class) && !field.isAnnotationPresent(KartraReadOnly.class))
            .map(field -> field.getAnnotation(JsonProperty.class).value())
            .collect(Collectors.toUnmodifiableList());

    @JsonProperty("id")
    private String id;
    @JsonProperty("email")
    private String email;
    @JsonProperty("new_email")
    private String newEmail;
    @JsonProperty("phone")
    private String phone;
    @JsonProperty("phone_country_code")
    private String phoneCountryCode;
    @JsonProperty("first_name")
    private String firstName;
    @JsonProperty("middle_name")
    private String middleName;
    @JsonProperty("last_name")
    private String lastName;
    @JsonProperty("last_name2")
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
    private String leadPreferredTimeZone;
    @JsonProperty("sales_tax_id")
    private String salesTaxId;
    @JsonProperty("business_type")
    private String businessType;
    @JsonProperty("date_joined")
    @KartraReadOnly
    private String dateJoined;
    @JsonProperty("ip_country")
    @KartraReadOnly
    private String ipCountry;
    @JsonProperty("score")
    @KartraReadOnly
    private Integer score;
    @JsonProperty("source")
    @KartraReadOnly
    private String source;
    @JsonProperty("source_id")
    @KartraReadOnly
    private String sourceId;
    @JsonProperty("notes")
    @KartraReadOnly
    private String notes;
    @JsonProperty("blacklisted")
    @KartraReadOnly
    private Integer blacklisted;
    @JsonProperty("gdpr_lead_status")
    @KartraReadOnly
    private Integer gdprLeadStatus;
    @JsonProperty("gdpr_lead_status_date")
    @KartraReadOnly
    private String gdprLeadStatusDate;
    @JsonProperty("gdpr_lead_status_ip")
    @KartraReadOnly
    private String gdprLeadStatusIp;
    @JsonProperty("gdpr_lead_communications")
    @KartraReadOnly
    private Integer gdprLeadCommunications;
    @JsonProperty("referring_id")
    @KartraReadOnly
    private String referringId;
    @JsonProperty("lead_deleted")
    @KartraReadOnly
    private Integer leadDeleted;
    @JsonProperty("lead_deleted_date")
    @KartraReadOnly
    private String leadDeletedDate;
    @JsonProperty("google_plus")
    @KartraReadOnly
    private String googlePlus;
    @JsonProperty("custom_fields")
    private List<CustomField> customFields;
    @JsonProperty("tags")
    @KartraReadOnly
    private List<LeadTag> tags;
    @JsonProperty("lists")
    @KartraReadOnly
    private List<LeadList> lists;
    @JsonProperty("sequences")
    @KartraReadOnly
    private List<LeadSequence> sequences;
    @JsonProperty("memberships")
    @KartraReadOnly
    private List<LeadMembership> memberships;
    @JsonIgnore
    private Map<String, Object> additionalProperties;

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

    /** When the GDPR status was set, as Kartra sends it; see {@link #getGdprLeadStatusTime()}. */
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

    /**
     * {@link #getGdprLeadStatusDate()} as a time in America/New_York (either format Kartra documents), or null when
     * absent or in neither.
     */
    @JsonIgnore
    public ZonedDateTime getGdprLeadStatusTime() {
        return KartraTimes.parseEastern(gdprLeadStatusDate);
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

    /** Fields Kartra returned that this class does not model, by Kartra's name. */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
        }
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        getAdditionalProperties().put(name, value);
    }

    /** Identity only: a lead's personal data stays out of logs. */
    @Override
    public String toString() {
        return "Lead[id=" + id + "]";
    }
}
