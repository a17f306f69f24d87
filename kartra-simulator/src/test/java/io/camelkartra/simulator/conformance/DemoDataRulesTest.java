package io.camelkartra.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.CustomField;
import io.camelkartra.simulator.state.FieldOption;
import io.camelkartra.simulator.state.LeadView;
import io.camelkartra.simulator.state.SimulatorState;
import io.camelkartra.simulator.support.KartraHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo account obeys the rules the simulator's own commands enforce: each demo custom field is created again with
 * {@code create_custom_field}, and each demo lead with {@code create_lead} and the actions that give it its tags, lists,
 * sequence steps and points, on an empty account of the same simulator; every call must succeed and the replayed leads
 * must equal the demo ones. What Kartra's API cannot create (tags, lists, sequences, calendars, pages, memberships,
 * products) is copied by name, and those names must not be blank.
 */
class DemoDataRulesTest {

    private static final String REPLAY_KEY = "ReplayUser";
    private static final String REPLAY_PASSWORD = "ReplayPassword";
    private static final List<String> CREATE_LEAD_FIELDS = List.of("first_name", "middle_name", "last_name", "last_name2",
            "phone_country_code", "phone", "ip", "address", "zip", "city", "state", "country", "company", "lead_picture",
            "website", "facebook", "twitter", "linkedin", "lead_preferred_time_zone", "sales_tax_id", "business_type");

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension(
            () -> KartraSimulator.builder().httpPort(0).allowPlainHttp(true).rateLimit(0));

    @Test
    void everyDemoObjectIsOneTheCommandsAccept() {
        KartraSimulator sim = KARTRA.simulator();
        Account demo = sim.state().account(SimulatorState.DEMO_API_KEY);
        Account replay = sim.state().addAccount(REPLAY_KEY, REPLAY_PASSWORD);
        Stream.of(demo.tags().stream().map(t -> t.name()), demo.lists().stream().map(l -> l.name()),
                demo.sequences().stream().map(s -> s.name()), demo.calendars().stream().map(c -> c.name()),
                demo.pages().stream().map(p -> p.name()), demo.memberships().stream().map(m -> m.name()),
                demo.products().stream().map(p -> p.name())).flatMap(s -> s)
                .forEach(name -> assertThat(name).as("a demo object's name").isNotBlank());
        demo.tags().forEach(tag -> replay.addTag(tag.name()));
        demo.lists().forEach(list -> replay.addList(list.name()));
        demo.sequences().forEach(sequence -> replay.addSequence(sequence.name(), sequence.steps()));
        KartraHttp http = KartraHttp.plain(sim);

        for (CustomField field : demo.customFields()) {
            StringBuilder body = new StringBuilder("actions[0][cmd]=create_custom_field&actions[0][custom_field_identifier]=")
                    .append(encode(field.identifier())).append("&actions[0][custom_field_type]=").append(field.type().wireName());
            for (int i = 0; i < field.options().size(); i++) {
                body.append("&actions[0][custom_field_options][").append(i).append("][option_name]=")
                        .append(encode(field.options().get(i).value()));
            }
            assertSucceeded(http, body.toString(), "custom field " + field.identifier());
        }
        for (LeadView lead : demo.leads().stream().filter(l -> !l.deleted()).toList()) {
            assertSucceeded(http, createLead(lead, replay), "lead " + lead.email());
            LeadView copy = replay.lead(lead.email()).orElseThrow();
            assertThat(copy.tags()).as(lead.email()).isEqualTo(lead.tags());
            assertThat(copy.lists()).as(lead.email()).isEqualTo(lead.lists());
            assertThat(copy.sequences()).as(lead.email()).isEqualTo(lead.sequences());
            assertThat(copy.customFieldValues()).as(lead.email()).isEqualTo(lead.customFieldValues());
            assertThat(copy.score()).as(lead.email()).isEqualTo(lead.score());
        }
    }

    /** The create_lead chain that gives a new lead what the demo lead has. */
    private static String createLead(LeadView lead, Account replay) {
        StringBuilder body = new StringBuilder("lead[email]=").append(encode(lead.email()));
        CREATE_LEAD_FIELDS.stream().filter(f -> !lead.fields().getOrDefault(f, "").isEmpty())
                .forEach(f -> body.append("&lead[").append(f).append("]=").append(encode(lead.fields().get(f))));
        int index = 0;
        for (Map.Entry<String, Object> value : lead.customFieldValues().entrySet()) {
            body.append("&lead[custom_fields][").append(index).append("][field_identifier]=").append(encode(value.getKey()));
            CustomField field = replay.customField(value.getKey()).orElseThrow();
            if (value.getValue() instanceof List<?> values) {
                for (int i = 0; i < values.size(); i++) {
                    body.append("&lead[custom_fields][").append(index).append("][field_value][").append(i).append("]=")
                            .append(field.optionByValueOrId(values.get(i).toString()).map(FieldOption::id).orElseThrow());
                }
            } else if (field.type().hasOptions()) {
                body.append("&lead[custom_fields][").append(index).append("][field_value]=")
                        .append(field.optionByValueOrId(value.getValue().toString()).map(FieldOption::id).orElseThrow());
            } else {
                body.append("&lead[custom_fields][").append(index).append("][field_value]=").append(encode(value.getValue().toString()));
            }
            index++;
        }
        List<String> actions = new ArrayList<>(List.of("[cmd]=create_lead"));
        lead.tags().forEach(tag -> actions.add("[cmd]=assign_tag&actions[N][tag_name]=" + encode(tag)));
        lead.lists().forEach(list -> actions.add("[cmd]=subscribe_lead_to_list&actions[N][list_name]=" + encode(list)));
        lead.sequences().forEach((sequence, step) -> actions.add("[cmd]=subscribe_lead_to_sequence_at_step&actions[N][sequence_name]="
                + encode(sequence) + "&actions[N][step]=" + step));
        if (lead.score() > 0) {
            actions.add("[cmd]=give_points_to_lead&actions[N][points]=" + lead.score());
        }
        for (int i = 0; i < actions.size(); i++) {
            body.append("&actions[").append(i).append(']').append(actions.get(i).replace("[N]", "[" + i + "]"));
        }
        return body.toString();
    }

    private static void assertSucceeded(KartraHttp http, String rest, String what) {
        JsonNode reply = http.post("app_id=" + SimulatorState.DEMO_APP_ID + "&api_key=" + REPLAY_KEY + "&api_password=" + REPLAY_PASSWORD
                + "&" + rest);
        assertThat(reply.path("status").asText()).as("%s: %s", what, reply).isEqualTo("Success");
        reply.path("actions").forEach(action -> assertThat(action.elements().next().path("status").asText())
                .as("%s: %s", what, action).isEqualTo("Success"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
