package io.camelkartra.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A membership level a lead has or had access to. Clients of the live API read the membership's name as
 * {@code membership_name} or as {@code name}: both are read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class LeadMembership {

    @JsonProperty("membership_id")
    private String membershipId;
    @JsonProperty("membership_name")
    @JsonAlias("name")
    private String membershipName;
    @JsonProperty("level_id")
    private String levelId;
    @JsonProperty("level_name")
    private String levelName;
    @JsonProperty("active")
    private String active;
    @JsonProperty("granted_at")
    private String grantedAt;

    public LeadMembership() {
    }

    /** The membership's id. */
    public String getMembershipId() {
        return membershipId;
    }

    public void setMembershipId(String membershipId) {
        this.membershipId = membershipId;
    }

    /** The membership's name. */
    public String getMembershipName() {
        return membershipName;
    }

    public void setMembershipName(String membershipName) {
        this.membershipName = membershipName;
    }

    /** The level's id. */
    public String getLevelId() {
        return levelId;
    }

    public void setLevelId(String levelId) {
        this.levelId = levelId;
    }

    /** The level's name. */
    public String getLevelName() {
        return levelName;
    }

    public void setLevelName(String levelName) {
        this.levelName = levelName;
    }

    /** {@code 1} while access is granted, else {@code 0} (as Kartra sends it, a string or a number). */
    public String getActive() {
        return active;
    }

    /** Whether access is granted now: {@link #getActive()} is {@code 1} (or {@code true}). */
    @JsonIgnore
    public boolean isGranted() {
        return active != null && ("1".equals(active.trim()) || "true".equalsIgnoreCase(active.trim()));
    }

    public void setActive(String active) {
        this.active = active;
    }

    /** When access was granted (Eastern time), when Kartra sends it. */
    public String getGrantedAt() {
        return grantedAt;
    }

    public void setGrantedAt(String grantedAt) {
        this.grantedAt = grantedAt;
    }
}
