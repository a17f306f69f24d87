package io.camelkartra.model.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code product} of {@code affiliate_signup} and {@code jv_signup}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ProductEventDetails implements KartraEventDetails {

    @JsonProperty("product_id")
    private String productId;
    @JsonProperty("product_name")
    private String productName;
    @JsonProperty("official_product_name")
    private String officialProductName;

    public String getProductId() {
        return productId;
    }

    /** The product's internal name. */
    public String getProductName() {
        return productName;
    }

    /** The name buyers see. */
    public String getOfficialProductName() {
        return officialProductName;
    }

    @Override
    public String getDetailId() {
        return productId;
    }
}
