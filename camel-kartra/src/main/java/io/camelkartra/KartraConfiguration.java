package io.camelkartra;

import io.camelkartra.model.CustomFieldType;
import io.camelkartra.model.SubscriptionStatusModification;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The Kartra options. The component holds one instance whose values are the defaults of every endpoint
 * ({@code camel.component.kartra.api-key=...}); each endpoint works on its own {@link #copy()}.
 * <p>
 * Every command parameter is an option here and a {@link KartraConstants header} that overrides it per message.
 * {@link #toString()} never shows credentials.
 */
@UriParams
@Configurer
public class KartraConfiguration implements Cloneable {

    @UriPath(description = "The operation: a Kartra command in camelCase (assignTag) or Kartra's own snake_case (assign_tag), "
                           + "upsertLead, call (a KartraRequest body with any chain of actions), refreshInventory (load the account "
                           + "inventory now), or the consumers events and ipn.")
    @Metadata(required = true)
    private KartraOperation operation;
    @UriParam(label = "security", description = "The App id of the Kartra App (its developer's key). Kartra refuses calls without a valid one (238, 239). Prefer setting it at component level, in properties, rather than in URIs.", secret = true)
    private String appId;
    @UriParam(label = "security", description = "The API key of the Kartra account the calls act on (in Kartra: Integrations, API, My API).", secret = true)
    private String apiKey;
    @UriParam(label = "security", description = "The API password of the Kartra account, shown next to the API key.", secret = true)
    private String apiPassword;
    @UriParam(label = "common", defaultValue = "https://app.kartra.com/api", description = "The Kartra API URL. Override it to talk to the Kartra simulator or a proxy; plain http:// is refused unless allowPlainHttp is set.")
    private String baseUrl = "https://app.kartra.com/api";
    @UriParam(label = "security", defaultValue = "false", description = "Accept a plain http:// baseUrl (a local Kartra simulator). Kartra itself answers plain http with error 201, and credentials would travel in clear.")
    private boolean allowPlainHttp = false;
    @UriParam(label = "security", description = "TLS settings (trust store, protocols) for the connection to Kartra.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "producer", defaultValue = "true", description = "Raise a typed KartraException for Kartra error replies. When false the reply (a KartraResponse with the error) becomes the body and the exchange does not fail; transport failures still raise.")
    private boolean throwExceptionOnFailure = true;
    @UriParam(label = "advanced", defaultValue = "10s", description = "How long to wait for a connection to Kartra.", javaType = "java.time.Duration")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "30s", description = "How long a call may take from the moment it asks the pool for a connection until Kartra's whole reply has arrived.", javaType = "java.time.Duration")
    private long requestTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "20", description = "Connections kept to Kartra by the component's shared client (endpoints with the same transport settings share one pool).")
    private int maxConnections = 20;
    @UriParam(label = "producer,advanced", defaultValue = "30s", javaType = "java.time.Duration",
              description = "The longest a call waits for a slot of the rate limiter; past it the call fails with a "
                            + "KartraRateLimitException without being sent.")
    private long rateLimitMaxWait = 30000;
    @UriParam(label = "producer,advanced", defaultValue = "0", description = "How many times a call that Kartra answers with "
                                                                           + "HTTP 429 is sent again by the component itself, "
                                                                           + "after the delay Kartra asks for (one second): 0 to "
                                                                           + "3. A 429 means Kartra did nothing, so this is safe "
                                                                           + "for every operation; other failures are never "
                                                                           + "retried by the component.")
    private int rateLimitRetries;
    @UriParam(label = "producer", defaultValue = "createFirst",
              description = "upsertLead: try create_lead first (one call for a new lead, two for an existing one) or "
                            + "edit_lead first (one call for an existing lead, two for a new one). A lead given by id is "
                            + "always edited.")
    private KartraUpsertStrategy upsertStrategy = KartraUpsertStrategy.createFirst;
    @UriParam(label = "producer", defaultValue = "true",
              description = "Keep an inventory of the account (tag, list and sequence names, custom fields with their options, "
                            + "pages), loaded with the five retrieve commands when a call first needs it and shared by all "
                            + "endpoints of the component that use the same account. It lets calls fail fast on unknown names "
                            + "and custom fields, and lets custom field values be option labels. Costs five calls per "
                            + "inventoryRefreshInterval per account. If it cannot be loaded, calls are sent unchecked.")
    private boolean inventory = true;
    @UriParam(label = "producer", defaultValue = "10m", javaType = "java.time.Duration",
              description = "How long the account inventory is used before it is loaded again. The refreshInventory "
                            + "operation loads it at once; it is also loaded again after createCustomField, and once when "
                            + "Kartra answers that a name the inventory has does not exist.")
    private long inventoryRefreshInterval = 600000;
    @UriParam(label = "producer", defaultValue = "true",
              description = "With the inventory: refuse a tag, list or sequence name the account does not have, before "
                            + "sending, with the exception Kartra would answer (212, 214, 231, 209, 219, 220). Names compare "
                            + "ignoring case, as Kartra does.")
    private boolean validateNames = true;
    @UriParam(label = "producer", defaultValue = "fail",
              description = "With the inventory: what to do with a custom field identifier the account does not have, whose "
                            + "value Kartra would drop without an error: fail (a KartraValidationException, type 271, naming "
                            + "the field; nothing is sent) or warn (log a WARN and send the call).")
    private KartraUnknownCustomField unknownCustomField = KartraUnknownCustomField.fail;
    @UriParam(label = "proxy", description = "HTTP proxy host.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "HTTP proxy port.")
    private Integer proxyPort;
    @UriParam(label = "proxy", description = "Proxy user name.", secret = true)
    private String proxyAuthUsername;
    @UriParam(label = "proxy", description = "Proxy password.", secret = true)
    private String proxyAuthPassword;
    @UriParam(label = "producer", description = "assignTag, unassignTag: the tag name.")
    private String tagName;
    @UriParam(label = "producer", description = "createLead, editLead, upsertLead: comma-separated tags to assign in the same call.")
    private String tagNames;
    @UriParam(label = "producer", description = "subscribeLeadToList, unsubscribeLeadFromList: the list name.")
    private String listName;
    @UriParam(label = "producer", description = "createLead, editLead, upsertLead: comma-separated lists to subscribe the lead to in the same call.")
    private String listNames;
    @UriParam(label = "producer", description = "subscribeLeadToSequenceAtStep, unsubscribeLeadFromSequence: the sequence name. On createLead, editLead and upsertLead, with step, subscribes the lead in the same call.")
    private String sequenceName;
    @UriParam(label = "producer", description = "subscribeLeadToSequenceAtStep: the step's box number in the sequence builder.")
    private String step;
    @UriParam(label = "producer", description = "givePointsToLead, removePointsFromLead: the points. On createLead, editLead and upsertLead, gives the points in the same call.")
    private Integer points;
    @UriParam(label = "producer", description = "givePointsToLead: days after which the points are deducted again (0 or absent: never).")
    private Integer expiration;
    @UriParam(label = "producer", description = "createCustomField: the identifier (letters, digits, dashes, underscores).")
    private String customFieldIdentifier;
    @UriParam(label = "producer", description = "createCustomField: the type.")
    private CustomFieldType customFieldType;
    @UriParam(label = "producer", description = "createCustomField: comma-separated option names (two or more) for drop_down, radio_button and checkbox fields.")
    private String customFieldOptions;
    @UriParam(label = "producer", description = "calendarSubscribe, calendarCancel: the calendar name.")
    private String calendarName;
    @UriParam(label = "producer", description = "calendarSubscribe, calendarCancel: the class name.")
    private String className;
    @UriParam(label = "producer", description = "calendarSubscribe: the date, dd MMM yyyy (16 Jan 2019), Eastern time.")
    private String startingDate;
    @UriParam(label = "producer", description = "calendarSubscribe: the hour, HH:mm (15:00), Eastern time.")
    private String startingHour;
    @UriParam(label = "producer", description = "searchTransaction, getTransactionDetails, refundTransaction, cancelTransaction: the transaction id.")
    private String transactionId;
    @UriParam(label = "producer", description = "refundTransaction: the amount to refund, a decimal in the original currency; absent refunds in full.")
    private String refundAmount;
    @UriParam(label = "producer", description = "searchSubscription, getSubscriptionDetails, modifySubscriptionStatus, editSubscription: the subscription id.")
    private String subscriptionId;
    @UriParam(label = "producer", description = "cancelTransaction: Kartra's internal subscription id, instead of transactionId.")
    private String transactionInternalSubscriptionId;
    @UriParam(label = "producer", description = "modifySubscriptionStatus: the change to make.")
    private SubscriptionStatusModification subscriptionStatusModification;
    @UriParam(label = "producer", description = "editSubscription: the new product id; send it with subscriptionPricePoint.")
    private String subscriptionProductId;
    @UriParam(label = "producer", description = "editSubscription: the new price point.")
    private String subscriptionPricePoint;
    @UriParam(label = "producer", description = "editSubscription: the next payment date, yyyy-MM-dd HH:mm, Eastern time.")
    private String subscriptionNextPaymentDate;
    @UriParam(label = "producer", description = "editSubscription: the new amount, a decimal from 1.00 to 9,999.99.")
    private String subscriptionAmount;
    @UriParam(label = "producer", description = "editSubscription: the recurring period (subscription_recurrence[recurring_period_1]).", enums = "monthly,every 2 months,quarterly,yearly,every 2 years,weekly,every 2 weeks")
    private String subscriptionRecurringPeriod1;
    @UriParam(label = "producer", description = "editSubscription: the second recurring period of recurring installments (subscription_recurrence[recurring_period_2]).", enums = "yearly,every 2 years")
    private String subscriptionRecurringPeriod2;
    @UriParam(label = "producer", description = "editSubscription: the quantity, 1 to 9,999.")
    private Integer subscriptionProductQuantity;
    @UriParam(label = "producer", description = "editSubscription: installments left, a number or 'until cancelled'.")
    private String subscriptionInstallmentsLeft;
    @UriParam(label = "producer", description = "editSubscription: the tax percentage, a decimal from 0 to 100.")
    private String subscriptionTaxPercent;

    @UriParam(label = "consumer", description = "events, ipn: the HTTP path on the runtime's server (camel-platform-http) where "
                                                + "Kartra posts. Defaults to /kartra/events and /kartra/ipn.")
    private String path;
    @UriParam(label = "consumer,security", secret = true, description = "events: the shared token that Kartra's posts must carry as "
                                                                        + "the token query parameter of the URL configured in Kartra; "
                                                                        + "posts without it are answered 401, with another 403, and "
                                                                        + "are not routed.")
    private String token;
    @UriParam(label = "consumer,security", secret = true, description = "ipn: the secret key set up with the IPN notification in "
                                                                        + "Kartra; notifications without it are answered 401, with "
                                                                        + "another 403, and are not routed.")
    private String secretKey;
    @UriParam(label = "consumer", description = "events: comma-separated Outbound API actions to route (buy_product,assign_tag); "
                                                + "others are acknowledged and dropped. Empty routes all.")
    private String events;
    @UriParam(label = "consumer,security", description = "events, ipn: comma-separated IPv4 or IPv6 addresses and CIDR "
                                                         + "ranges allowed to post (others are answered 403); empty allows "
                                                         + "any. Needs an HTTP server that reports client addresses "
                                                         + "(camel-platform-http-vertx does).")
    private String allowedAddresses;
    @UriParam(label = "consumer", defaultValue = "1048576", description = "events, ipn: the largest body accepted, in bytes; larger "
                                                                          + "posts are answered 413 and not routed.")
    private int maxBodySize = 1048576;
    @UriParam(label = "consumer,advanced", description = "events, ipn: drops repeated deliveries (answered 200, not "
                                                                 + "routed), keyed action:leadId:detailId for events and "
                                                                 + "ipn:transactionId:transactionType for IPN (header "
                                                                 + "CamelKartraDeliveryKey); a delivery whose route fails is "
                                                                 + "removed again.")
    private IdempotentRepository idempotentRepository;

    public KartraOperation getOperation() {
        return operation;
    }

    public void setOperation(KartraOperation operation) {
        this.operation = operation;
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getApiPassword() {
        return apiPassword;
    }

    public void setApiPassword(String apiPassword) {
        this.apiPassword = apiPassword;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public int getRateLimitRetries() {
        return rateLimitRetries;
    }

    public void setRateLimitRetries(int rateLimitRetries) {
        this.rateLimitRetries = rateLimitRetries;
    }

    public KartraUpsertStrategy getUpsertStrategy() {
        return upsertStrategy;
    }

    public void setUpsertStrategy(KartraUpsertStrategy upsertStrategy) {
        this.upsertStrategy = upsertStrategy;
    }

    public boolean isInventory() {
        return inventory;
    }

    public void setInventory(boolean inventory) {
        this.inventory = inventory;
    }

    public long getInventoryRefreshInterval() {
        return inventoryRefreshInterval;
    }

    public void setInventoryRefreshInterval(long inventoryRefreshInterval) {
        this.inventoryRefreshInterval = inventoryRefreshInterval;
    }

    public boolean isValidateNames() {
        return validateNames;
    }

    public void setValidateNames(boolean validateNames) {
        this.validateNames = validateNames;
    }

    public KartraUnknownCustomField getUnknownCustomField() {
        return unknownCustomField;
    }

    public void setUnknownCustomField(KartraUnknownCustomField unknownCustomField) {
        this.unknownCustomField = unknownCustomField;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getTagName() {
        return tagName;
    }

    public void setTagName(String tagName) {
        this.tagName = tagName;
    }

    public String getTagNames() {
        return tagNames;
    }

    public void setTagNames(String tagNames) {
        this.tagNames = tagNames;
    }

    public String getListName() {
        return listName;
    }

    public void setListName(String listName) {
        this.listName = listName;
    }

    public String getListNames() {
        return listNames;
    }

    public void setListNames(String listNames) {
        this.listNames = listNames;
    }

    public String getSequenceName() {
        return sequenceName;
    }

    public void setSequenceName(String sequenceName) {
        this.sequenceName = sequenceName;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public Integer getExpiration() {
        return expiration;
    }

    public void setExpiration(Integer expiration) {
        this.expiration = expiration;
    }

    public String getCustomFieldIdentifier() {
        return customFieldIdentifier;
    }

    public void setCustomFieldIdentifier(String customFieldIdentifier) {
        this.customFieldIdentifier = customFieldIdentifier;
    }

    public CustomFieldType getCustomFieldType() {
        return customFieldType;
    }

    public void setCustomFieldType(CustomFieldType customFieldType) {
        this.customFieldType = customFieldType;
    }

    public String getCustomFieldOptions() {
        return customFieldOptions;
    }

    public void setCustomFieldOptions(String customFieldOptions) {
        this.customFieldOptions = customFieldOptions;
    }

    public String getCalendarName() {
        return calendarName;
    }

    public void setCalendarName(String calendarName) {
        this.calendarName = calendarName;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }

    public String getStartingDate() {
        return startingDate;
    }

    public void setStartingDate(String startingDate) {
        this.startingDate = startingDate;
    }

    public String getStartingHour() {
        return startingHour;
    }

    public void setStartingHour(String startingHour) {
        this.startingHour = startingHour;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public void setTransactionId(String transactionId) {
        this.transactionId = transactionId;
    }

    public String getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(String refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(String subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    public String getTransactionInternalSubscriptionId() {
        return transactionInternalSubscriptionId;
    }

    public void setTransactionInternalSubscriptionId(String transactionInternalSubscriptionId) {
        this.transactionInternalSubscriptionId = transactionInternalSubscriptionId;
    }

    public SubscriptionStatusModification getSubscriptionStatusModification() {
        return subscriptionStatusModification;
    }

    public void setSubscriptionStatusModification(SubscriptionStatusModification subscriptionStatusModification) {
        this.subscriptionStatusModification = subscriptionStatusModification;
    }

    public String getSubscriptionProductId() {
        return subscriptionProductId;
    }

    public void setSubscriptionProductId(String subscriptionProductId) {
        this.subscriptionProductId = subscriptionProductId;
    }

    public String getSubscriptionPricePoint() {
        return subscriptionPricePoint;
    }

    public void setSubscriptionPricePoint(String subscriptionPricePoint) {
        this.subscriptionPricePoint = subscriptionPricePoint;
    }

    public String getSubscriptionNextPaymentDate() {
        return subscriptionNextPaymentDate;
    }

    public void setSubscriptionNextPaymentDate(String subscriptionNextPaymentDate) {
        this.subscriptionNextPaymentDate = subscriptionNextPaymentDate;
    }

    public String getSubscriptionAmount() {
        return subscriptionAmount;
    }

    public void setSubscriptionAmount(String subscriptionAmount) {
        this.subscriptionAmount = subscriptionAmount;
    }

    public String getSubscriptionRecurringPeriod1() {
        return subscriptionRecurringPeriod1;
    }

    public void setSubscriptionRecurringPeriod1(String subscriptionRecurringPeriod1) {
        this.subscriptionRecurringPeriod1 = subscriptionRecurringPeriod1;
    }

    public String getSubscriptionRecurringPeriod2() {
        return subscriptionRecurringPeriod2;
    }

    public void setSubscriptionRecurringPeriod2(String subscriptionRecurringPeriod2) {
        this.subscriptionRecurringPeriod2 = subscriptionRecurringPeriod2;
    }

    public Integer getSubscriptionProductQuantity() {
        return subscriptionProductQuantity;
    }

    public void setSubscriptionProductQuantity(Integer subscriptionProductQuantity) {
        this.subscriptionProductQuantity = subscriptionProductQuantity;
    }

    public String getSubscriptionInstallmentsLeft() {
        return subscriptionInstallmentsLeft;
    }

    public void setSubscriptionInstallmentsLeft(String subscriptionInstallmentsLeft) {
        this.subscriptionInstallmentsLeft = subscriptionInstallmentsLeft;
    }

    public String getSubscriptionTaxPercent() {
        return subscriptionTaxPercent;
    }

    public void setSubscriptionTaxPercent(String subscriptionTaxPercent) {
        this.subscriptionTaxPercent = subscriptionTaxPercent;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public String getAllowedAddresses() {
        return allowedAddresses;
    }

    public void setAllowedAddresses(String allowedAddresses) {
        this.allowedAddresses = allowedAddresses;
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    /** A copy for one endpoint, so that endpoint options never change the component's defaults. */
    public KartraConfiguration copy() {
        try {
            return (KartraConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** Operation and service URL only: credentials and lead data stay out of logs. */
    @Override
    public String toString() {
        return "KartraConfiguration[operation=" + operation + ", baseUrl=" + baseUrl + "]";
    }
}
