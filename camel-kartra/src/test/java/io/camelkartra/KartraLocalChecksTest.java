package io.camelkartra;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.camelkartra.model.CustomFieldType;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local checks are the command table's, whatever way a request takes: the same parameter, wrong the same way,
 * is refused with the same exception and Kartra's type through a dedicated endpoint (options and headers), through
 * {@code kartra:call} (a chain built with the builder's method for the command, or from an action where the builder's
 * types cannot express the mistake) and through
 * {@link KartraRequestProcessor}. Nothing is sent: the component points at a closed port, so a request that got past
 * the checks would fail as a transport failure instead.
 */
class KartraLocalChecksTest {

    private static final String JANE = "jane@example.com";

    private static CamelContext context;

    @BeforeAll
    static void start() {
        context = new DefaultCamelContext();
        KartraComponent kartra = new KartraComponent();
        kartra.getConfiguration().setAppId("app");
        kartra.getConfiguration().setApiKey("key");
        kartra.getConfiguration().setApiPassword("password");
        kartra.getConfiguration().setBaseUrl("http://127.0.0.1:1/api");
        kartra.getConfiguration().setAllowPlainHttp(true);
        kartra.getConfiguration().setInventory(false);
        kartra.setRateLimit(0);
        context.addComponent("kartra", kartra);
        context.start();
    }

    @AfterAll
    static void stop() throws Exception {
        context.close();
    }

    static Stream<Arguments> wrongRequests() {
        return Stream.of(
                refused(KartraMessageType.TAG_EMPTY, "kartra:assignTag", Map.of(), lead().assignTag("")),
                refused(KartraMessageType.UNASSIGN_TAG_EMPTY, "kartra:unassignTag", Map.of(), lead().unassignTag(" ")),
                refused(KartraMessageType.LIST_EMPTY, "kartra:subscribeLeadToList", Map.of(), lead().subscribeLeadToList("")),
                refused(KartraMessageType.UNSUBSCRIBE_LIST_EMPTY, "kartra:unsubscribeLeadFromList", Map.of(),
                        lead().unsubscribeLeadFromList("")),
                refused(KartraMessageType.SEQUENCE_EMPTY, "kartra:subscribeLeadToSequenceAtStep?step=1", Map.of(),
                        lead().subscribeLeadToSequenceAtStep("", "1")),
                refused(KartraMessageType.STEP_EMPTY, "kartra:subscribeLeadToSequenceAtStep?sequenceName=Onboarding", Map.of(),
                        lead().subscribeLeadToSequenceAtStep("Onboarding", "")),
                refused(KartraMessageType.STEP_NOT_ALPHANUMERIC, "kartra:subscribeLeadToSequenceAtStep?sequenceName=Onboarding",
                        Map.of(KartraConstants.STEP, "step 1"), lead().subscribeLeadToSequenceAtStep("Onboarding", "step 1")),
                refused(KartraMessageType.POINTS_EMPTY, "kartra:givePointsToLead", Map.of(),
                        lead().action(action(KartraOperation.givePointsToLead))),
                refused(KartraMessageType.POINTS_NOT_A_NUMBER, "kartra:givePointsToLead", Map.of(KartraConstants.POINTS, "ten"),
                        lead().action(action(KartraOperation.givePointsToLead).with("points", "ten"))),
                refused(KartraMessageType.REMOVE_POINTS_NOT_A_NUMBER, "kartra:removePointsFromLead", Map.of(KartraConstants.POINTS, "1.5"),
                        lead().action(action(KartraOperation.removePointsFromLead).with("points", 1.5d))),
                refused(KartraMessageType.CUSTOM_FIELD_NAME_INVALID, "kartra:createCustomField?customFieldType=input_field",
                        Map.of(KartraConstants.CUSTOM_FIELD_IDENTIFIER, "shirt size"),
                        KartraRequest.forAccount().createCustomField("shirt size", CustomFieldType.INPUT_FIELD)),
                refused(KartraMessageType.CUSTOM_FIELD_TYPE_NOT_VALID, "kartra:createCustomField?customFieldIdentifier=size",
                        Map.of(KartraConstants.CUSTOM_FIELD_TYPE, "dropdown"), account(action(KartraOperation.createCustomField)
                                .with("custom_field_identifier", "size").with("custom_field_type", "dropdown"))),
                refused(KartraMessageType.TOO_FEW_OPTIONS, "kartra:createCustomField?customFieldIdentifier=size&customFieldType=drop_down"
                                                           + "&customFieldOptions=S", Map.of(),
                        KartraRequest.forAccount().createCustomField("size", CustomFieldType.DROP_DOWN, List.of("S"))),
                refused(KartraMessageType.CALENDAR_EMPTY, "kartra:calendarSubscribe?className=Q", Map.of(), lead().calendarSubscribe("", "Q")),
                refused(KartraMessageType.INVALID_DATE_FORMAT, "kartra:calendarSubscribe?calendarName=C&className=Q&startingDate=2030-01-16",
                        Map.of(), lead().calendarSubscribe("C", "Q", "2030-01-16", null)),
                refused(KartraMessageType.TRANSACTION_DOES_NOT_EXIST, "kartra:getTransactionDetails", Map.of(),
                        KartraRequest.forAccount().getTransactionDetails("")),
                refused(KartraMessageType.INVALID_AMOUNT, "kartra:refundTransaction?transactionId=7&refundAmount=-5", Map.of(),
                        KartraRequest.forAccount().refundTransaction("7", new BigDecimal("-5"))),
                refused(KartraMessageType.TRANSACTION_DOES_NOT_EXIST, "kartra:cancelTransaction", Map.of(),
                        KartraRequest.forAccount().cancelTransaction(null, " ")),
                refused(KartraMessageType.WRONG_STATUS, "kartra:modifySubscriptionStatus?subscriptionId=9",
                        Map.of(KartraConstants.SUBSCRIPTION_STATUS_MODIFICATION, "stop"), account(action(KartraOperation.modifySubscriptionStatus)
                                .with("subscription_id", "9").with("subscription_status_modification", "stop"))),
                refused(KartraMessageType.NO_EDITABLE_PARAMETERS, "kartra:editSubscription?subscriptionId=9", Map.of(),
                        KartraRequest.forAccount().editSubscription("9", null, null, null, null, null, null, null, null, null)),
                refused(KartraMessageType.WRONG_PRODUCT_OR_PRICE_POINT, "kartra:editSubscription?subscriptionId=9&subscriptionProductId=5",
                        Map.of(), account(editSubscription().with("subscription_product_id", "5"))),
                refused(KartraMessageType.PRICE_OUT_OF_RANGE, "kartra:editSubscription?subscriptionId=9&subscriptionAmount=0.50", Map.of(),
                        account(editSubscription().with("subscription_amount", new BigDecimal("0.50")))),
                refused(KartraMessageType.INVALID_NUMBER, "kartra:editSubscription?subscriptionId=9",
                        Map.of(KartraConstants.SUBSCRIPTION_PRODUCT_QUANTITY, "many"), account(editSubscription()
                                .with("subscription_product_quantity", "many"))),
                refused(KartraMessageType.QUANTITY_OUT_OF_RANGE, "kartra:editSubscription?subscriptionId=9&subscriptionProductQuantity=0",
                        Map.of(), account(editSubscription().with("subscription_product_quantity", 0))),
                refused(KartraMessageType.INVALID_RECURRING_PERIOD, "kartra:editSubscription?subscriptionId=9",
                        Map.of(KartraConstants.SUBSCRIPTION_RECURRING_PERIOD_1, "daily"), account(editSubscription()
                                .with("subscription_recurrence", Map.of("recurring_period_1", "daily")))),
                refused(KartraMessageType.INCORRECT_INSTALLMENTS, "kartra:editSubscription?subscriptionId=9&subscriptionInstallmentsLeft=many",
                        Map.of(), account(editSubscription().with("subscription_installments_left", "many"))),
                refused(KartraMessageType.TAX_OUT_OF_RANGE, "kartra:editSubscription?subscriptionId=9&subscriptionTaxPercent=150", Map.of(),
                        account(editSubscription().with("subscription_tax_percent", "150"))),
                refused(KartraMessageType.INVALID_DATE_FORMAT, "kartra:editSubscription?subscriptionId=9",
                        Map.of(KartraConstants.SUBSCRIPTION_NEXT_PAYMENT_DATE, "tomorrow"), account(editSubscription()
                                .with("subscription_next_payment_date", "tomorrow"))),
                Arguments.of(KartraMessageType.LEAD_IDENTITY_REQUIRED, "kartra:assignTag?tagName=VIP", Map.of(), null,
                        KartraRequest.forAccount().assignTag("VIP")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongRequests")
    void theSameCheckRefusesTheSameMistakeOnEveryPath(KartraMessageType type, String uri, Map<String, Object> headers, Object body,
            KartraRequest.Builder chain) throws Exception {
        Exchange endpoint = context.createProducerTemplate().request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
        KartraRequest request = chain.build();
        Exchange call = context.createProducerTemplate().request("kartra:call", e -> e.getMessage().setBody(request));
        Exchange processed = new DefaultExchange(context);
        processed.getMessage().setBody(request);

        assertThat(endpoint.getException()).as("through %s", uri).isInstanceOf(KartraException.class);
        KartraException viaEndpoint = (KartraException) endpoint.getException();
        assertThat(viaEndpoint.getType()).as("type through %s: %s", uri, viaEndpoint.getMessage()).isEqualTo(type.getCode());
        assertThat(call.getException()).as("through kartra:call").isInstanceOf(viaEndpoint.getClass());
        KartraException viaCall = (KartraException) call.getException();
        assertThat(viaCall.getType()).as("type through kartra:call: %s", viaCall.getMessage()).isEqualTo(type.getCode());
        if (type != KartraMessageType.LEAD_IDENTITY_REQUIRED) {
            // a chain's failing action is named; the lead is no action's
            assertThat(viaCall.getCommand()).isEqualTo(request.getCommands().get(request.getCommands().size() - 1));
            assertThat(viaCall.getActionIndex()).isEqualTo(request.getActions().size() - 1);
        }
        assertThatThrownBy(() -> new KartraRequestProcessor("app", "key", "password").process(processed))
                .isInstanceOf(viaEndpoint.getClass()).extracting(e -> ((KartraException) e).getType()).isEqualTo(type.getCode());
    }

    static Stream<Arguments> idsWhereKartraTakesNames() {
        return Stream.of(
                Arguments.of(action(KartraOperation.assignTag).with("tag_id", "7"), "tag_id", KartraMessageType.TAG_EMPTY),
                Arguments.of(action(KartraOperation.unassignTag).with("tag_name", "VIP").with("tag_id", 7),
                        "tag_id", KartraMessageType.UNASSIGN_TAG_EMPTY),
                Arguments.of(action(KartraOperation.subscribeLeadToList).with("list_id", "3"), "list_id", KartraMessageType.LIST_EMPTY),
                Arguments.of(action(KartraOperation.unsubscribeLeadFromList).with("list_name", "Newsletter").with("list_id", "3"),
                        "list_id", KartraMessageType.UNSUBSCRIBE_LIST_EMPTY));
    }

    /** Live Kartra ignores tag_id and list_id: an action that carries one, with or without the name, is refused. */
    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("idsWhereKartraTakesNames")
    void idsWhereKartraTakesOnlyNamesAreRefusedBeforeSending(KartraAction action, String id, KartraMessageType type) {
        KartraRequest request = lead().assignTag("Buyer").action(action).build();
        Exchange call = context.createProducerTemplate().request("kartra:call", e -> e.getMessage().setBody(request));
        Exchange processed = new DefaultExchange(context);
        processed.getMessage().setBody(request);

        assertThat(call.getException()).isInstanceOf(KartraValidationException.class);
        KartraException failure = (KartraException) call.getException();
        assertThat(failure.getType()).isEqualTo(type.getCode());
        assertThat(failure.getActionIndex()).isEqualTo(1);
        assertThat(failure.getCommand()).isEqualTo(action.getCommand());
        assertThat(failure.getKartraMessage()).contains(id + " is ignored by Kartra").contains("by name only");
        assertThatThrownBy(() -> new KartraRequestProcessor("app", "key", "password").process(processed))
                .isInstanceOf(KartraValidationException.class).hasMessageContaining(id);
    }

    @ParameterizedTest
    @MethodSource("leadCommands")
    void aLeadCommandAfterAnotherActionIsRefusedWhileBuilding(KartraOperation operation) {
        KartraRequest.Builder chain = lead().assignTag("VIP");

        assertThatThrownBy(() -> chain.action(action(operation)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(operation.getCommand() + " must be the first action of a chain")
                .hasMessageContaining("234");
    }

    static Stream<KartraOperation> leadCommands() {
        return KartraCommand.FIRST_IN_CHAIN.stream().map(KartraCommand::operation);
    }

    private static Arguments refused(KartraMessageType type, String uri, Map<String, Object> headers, KartraRequest.Builder chain) {
        return Arguments.of(type, uri, headers, chain.build().getLead() == null ? null : JANE, chain);
    }

    private static KartraRequest.Builder lead() {
        return KartraRequest.forLeadEmail(JANE);
    }

    private static KartraRequest.Builder account(KartraAction action) {
        return KartraRequest.forAccount().action(action);
    }

    private static KartraAction action(KartraOperation operation) {
        return KartraAction.of(operation.getCommand());
    }

    private static KartraAction editSubscription() {
        return action(KartraOperation.editSubscription).with("subscription_id", "9");
    }
}
