package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelkartra.simulator.state.AppMode;
import org.junit.jupiter.api.Test;

/** Every call-level error (§3.2 generic types) and the check order of §3.3; nothing runs on any of them. */
class CallLevelErrorsTest extends ConformanceTest {

    private static final String ASSIGN_VIP = "lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag"
            + "&actions[0][tag_name]=Webinar+Attendee";

    @Test
    void appIdMissingOrEmptyIs238() {
        assertFlatError(http().post("api_key=DemoUser&api_password=DemoPassword&" + ASSIGN_VIP), 238,
                "App Id cannot be empty. Please get an App Id first");
        assertFlatError(http().post("app_id=&api_key=DemoUser&api_password=DemoPassword&" + ASSIGN_VIP), 238,
                "App Id cannot be empty. Please get an App Id first");
    }

    @Test
    void unknownOrInactiveAppIs239() {
        assertFlatError(http().post("app_id=Nope&api_key=DemoUser&api_password=DemoPassword&" + ASSIGN_VIP), 239,
                "App Id is not valid. The app does not exists or is inactive");
        sim().state().updateApp("SimulatorApp", a -> a.withActive(false));
        assertFlatError(call(ASSIGN_VIP), 239, "App Id is not valid. The app does not exists or is inactive");
    }

    @Test
    void appOwnerInactiveIs240() {
        sim().state().updateApp("SimulatorApp", a -> a.withOwnerActive(false));
        assertFlatError(call(ASSIGN_VIP), 240, "App Account inactive");
    }

    @Test
    void sourceIpOutsideTheAllowListIs242() {
        sim().state().updateApp("SimulatorApp", a -> a.withAllowedIps("10.0.0.0/8", "192.0.2.7"));
        assertFlatError(call(ASSIGN_VIP), 242, "This API call was sent from an unauthorized IP");
        sim().state().updateApp("SimulatorApp", a -> a.withAllowedIps("127.0.0.0/8"));
        assertThat(call(ASSIGN_VIP).path("status").asText()).isEqualTo("Success");
    }

    @Test
    void apiKeyErrorsAre202And203AndPasswordIs233() {
        assertFlatError(http().post("app_id=SimulatorApp&api_password=DemoPassword&" + ASSIGN_VIP), 202,
                "API key cannot be empty. Please get an API key first");
        assertFlatError(http().post("app_id=SimulatorApp&api_key=Other&api_password=DemoPassword&" + ASSIGN_VIP), 203,
                "API key not valid. Please get an API key first");
        assertFlatError(http().post("app_id=SimulatorApp&api_key=DemoUser&api_password=wrong&" + ASSIGN_VIP), 233,
                "API password not valid. Please get an API password first");
        assertFlatError(http().post("app_id=SimulatorApp&api_key=DemoUser&" + ASSIGN_VIP), 233,
                "API password not valid. Please get an API password first");
    }

    @Test
    void inactiveAccountIs204() {
        demo().active(false);
        assertFlatError(call(ASSIGN_VIP), 204, "API Account inactive");
    }

    @Test
    void scalarLeadIs223ScalarGetLeadIs236ScalarOrMissingActionsIs224() {
        assertFlatError(call("lead=abc&actions[0][cmd]=retrieve_account_tags"), 223, "'lead' not an array");
        assertFlatError(call("get_lead=abc"), 236, "'get_lead' not an array");
        assertFlatError(call("actions=xyz"), 224, "'actions' not an array");
        assertFlatError(call("lead[email]=john.smith%40example.com"), 224, "'actions' not an array");
    }

    @Test
    void actionWithoutCmdIs254() {
        assertFlatError(call("actions[0][tag_name]=VIP"), 254, "'cmd' is required");
        assertFlatError(call("actions[0]=assign_tag"), 254, "'cmd' is required");
        assertFlatError(call(ASSIGN_VIP + "&actions[1][cmd]="), 254, "'cmd' is required");
    }

    @Test
    void commandTheAppMayNotRunOrUnknownCommandIs262() {
        assertFlatError(call("actions[0][cmd]=remove_tag"), 262, "App does not have permission to execute this CMD");
        sim().state().updateApp("SimulatorApp", a -> a.withAllowedCommands("assign_tag"));
        assertFlatError(call("actions[0][cmd]=retrieve_account_tags"), 262, "App does not have permission to execute this CMD");
        assertFlatError(call("get_lead[email]=john.smith%40example.com"), 262, "App does not have permission to execute this CMD");
        assertThat(call(ASSIGN_VIP).path("status").asText()).isEqualTo("Success");
    }

    @Test
    void leadScopedCallWithoutIdentityIs206() {
        assertFlatError(call("actions[0][cmd]=assign_tag&actions[0][tag_name]=VIP+Customer"), 206,
                "email or lead id is required. Nothing done");
        assertFlatError(call("lead[first_name]=x&actions[0][cmd]=create_lead"), 206, "email or lead id is required. Nothing done");
        assertFlatError(call("lead[id]=1001&actions[0][cmd]=create_lead"), 206, "email or lead id is required. Nothing done");
    }

    @Test
    void unknownLeadIs243AndDeletedLeadIs245() {
        assertFlatError(call("lead[email]=nobody%40example.com&actions[0][cmd]=search_lead"), 243, "No lead found");
        assertFlatError(call("lead[id]=999999&actions[0][cmd]=search_lead"), 243, "No lead found");
        assertFlatError(call("lead[id]=abc&actions[0][cmd]=search_lead"), 243, "No lead found");
        assertFlatError(call("lead[email]=deleted.lead%40example.com&actions[0][cmd]=search_lead"), 245, "Lead is deleted");
    }

    @Test
    void createLeadFirstWithATakenEmailIs244OrDeleted245() {
        assertFlatError(call("lead[email]=JOHN.SMITH%40example.com&actions[0][cmd]=create_lead"
                + "&actions[1][cmd]=assign_tag&actions[1][tag_name]=Lead+Magnet"), 244, "Lead already exists");
        assertFlatError(call("lead[email]=deleted.lead%40example.com&actions[0][cmd]=create_lead"), 245, "Lead is deleted");
        assertThat(john().tags()).doesNotContain("Lead Magnet");
    }

    @Test
    void plainHttpIs201UnlessAllowed() {
        sim().settings().allowPlainHttp(false);
        assertFlatError(call(ASSIGN_VIP), 201, "Connection not secure");
        assertFlatError(http().post(""), 201, "Connection not secure");
        assertThat(john().tags()).doesNotContain("Webinar Attendee");
    }

    @Test
    void checksRunInTheDocumentedOrder() {
        // App errors before key errors, key errors before structure, structure before cmd, cmd before lead.
        assertFlatError(http().post("app_id=Nope&api_key=Other&lead=abc"), 239,
                "App Id is not valid. The app does not exists or is inactive");
        assertFlatError(http().post("app_id=SimulatorApp&api_key=Other&lead=abc"), 203,
                "API key not valid. Please get an API key first");
        assertFlatError(call("lead=abc&actions[0][cmd]=unknown"), 223, "'lead' not an array");
        assertFlatError(call("actions[0][cmd]=unknown&actions[1][x]=y"), 254, "'cmd' is required");
        assertFlatError(call("lead[email]=nobody%40example.com&actions[0][cmd]=unknown"), 262,
                "App does not have permission to execute this CMD");
        sim().state().updateApp("SimulatorApp", a -> a.withAllowedIps("10.0.0.1"));
        assertFlatError(http().post("app_id=SimulatorApp&api_key=Other"), 242, "This API call was sent from an unauthorized IP");
    }

    @Test
    void noActionRunsWhenTheCallFails() {
        assertFlatError(call("lead[email]=john.smith%40example.com&actions[0][cmd]=assign_tag"
                + "&actions[0][tag_name]=Lead+Magnet&actions[1][cmd]=nonsense"), 262,
                "App does not have permission to execute this CMD");
        assertThat(john().tags()).containsExactly("VIP Customer");
        assertThat(sim().calls().countErrors("assign_tag", 262)).isEqualTo(1);
    }

    @Test
    void typeCanBeSentAsABareNumber() {
        sim().settings().typeAsNumber(true);
        assertThat(call("actions=xyz").toString())
                .isEqualTo("{\"status\":\"Error\",\"message\":\"'actions' not an array\",\"type\":224}");
    }

    @Test
    void testModeAppsStillRunEverything() {
        sim().state().updateApp("SimulatorApp", a -> a.withMode(AppMode.TEST));
        assertThat(call(ASSIGN_VIP).path("status").asText()).isEqualTo("Success");
    }
}
