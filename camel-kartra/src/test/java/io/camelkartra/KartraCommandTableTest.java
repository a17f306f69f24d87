package io.camelkartra;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.KartraCommand.Kind;
import io.camelkartra.KartraCommand.Parameter;
import io.camelkartra.KartraCommand.Use;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command table, the endpoint options and the headers say the same: each parameter of the table is an option of
 * its type, read from its own field, with a header {@code CamelKartra<Option>} of the type the reader accepts, whose
 * description points at the option instead of restating it; the option's description names the operations the table
 * gives the parameter; and the values a one-of format or an enum accepts are the option's documented values. Camel's
 * tooling sees the options and headers (the component metadata the build generates), the component reads the table:
 * this test keeps them one.
 */
class KartraCommandTableTest {

    private static final Set<KartraOperation> OURS = EnumSet.of(KartraOperation.upsertLead, KartraOperation.call,
            KartraOperation.events, KartraOperation.ipn, KartraOperation.refreshInventory);

    private static JsonNode options;
    private static JsonNode headers;

    @BeforeAll
    static void readTheMetadata() throws IOException {
        try (InputStream in = KartraCommandTableTest.class.getResourceAsStream("/META-INF/io/camelkartra/kartra.json")) {
            JsonNode metadata = new ObjectMapper().readTree(in);
            options = metadata.get("properties");
            headers = metadata.get("headers");
        }
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void eachParameterIsAProducerOptionOfItsKind(Parameter parameter) {
        JsonNode option = options.get(parameter.option());

        assertThat(option).as("endpoint option %s", parameter.option()).isNotNull();
        assertThat(option.get("label").asText()).contains("producer");
        assertThat(option.get("javaType").asText()).isEqualTo(switch (parameter.kind()) {
            case TEXT, NAMES, NAMES_WITH_BLANKS, DECIMAL -> String.class.getName();
            case INTEGER -> Integer.class.getName();
            case CHOICE -> parameter.choices().getName();
        });
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void theTableReadsEachOptionFromItsOwnField(Parameter parameter) throws ReflectiveOperationException {
        KartraConfiguration configuration = new KartraConfiguration();
        Field field = KartraConfiguration.class.getDeclaredField(parameter.option());
        field.setAccessible(true);
        Object sample = field.getType() == String.class ? "value of " + parameter.option()
                : field.getType() == Integer.class ? parameter.ordinal() + 1000 : field.getType().getEnumConstants()[1];
        field.set(configuration, sample);

        assertThat(parameter.defaultValue(configuration)).isEqualTo(sample);
        for (Parameter other : Parameter.values()) {
            if (other != parameter) {
                assertThat(other.defaultValue(configuration)).as("%s read from the field %s", other, parameter.option()).isNull();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void eachParameterHasAHeaderThatPointsAtItsOption(Parameter parameter) throws ReflectiveOperationException {
        JsonNode header = headers.get(parameter.header());

        assertThat(header).as("header %s", parameter.header()).isNotNull();
        assertThat(KartraConstants.class.getField(header.get("constantName").asText().replaceAll(".*#", "")).get(null))
                .isEqualTo(parameter.header());
        assertThat(header.get("javaType").asText()).isEqualTo(switch (parameter.kind()) {
            case TEXT, CHOICE -> "String";
            case NAMES, NAMES_WITH_BLANKS, DECIMAL -> "Object";
            case INTEGER -> "Integer";
        });
        assertThat(header.get("description").asText()).startsWith("Overrides the " + parameter.option() + " option for this message");
    }

    @Test
    void everyHeaderThatOverridesAnOptionIsATableParameter() {
        Set<String> tableHeaders = Arrays.stream(Parameter.values()).map(Parameter::header).collect(Collectors.toSet());
        List<String> overriding = new ArrayList<>();
        headers.properties().forEach(h -> {
            if (h.getValue().get("description").asText().startsWith("Overrides the ")) {
                overriding.add(h.getKey());
            }
        });

        assertThat(overriding).containsExactlyInAnyOrderElementsOf(tableHeaders);
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void theOptionNamesTheOperationsTheTableGivesIt(Parameter parameter) {
        String description = options.get(parameter.option()).get("description").asText();
        Set<String> documented = new TreeSet<>(Arrays.asList(description.substring(0, description.indexOf(':')).split(", ")));
        Set<String> users = Arrays.stream(KartraCommand.values())
                .filter(command -> command.uses().stream().anyMatch(use -> use.parameter() == parameter))
                .map(command -> command.operation().name()).collect(Collectors.toCollection(TreeSet::new));
        if (users.isEmpty()) {
            assertThat(KartraCommand.FOLLOW_UPS).anyMatch(followUp -> followUp.parameter() == parameter);
            Arrays.stream(KartraCommand.values()).filter(c -> c.target().writesFields()).forEach(c -> users.add(c.operation().name()));
            users.add(KartraOperation.upsertLead.name());
        }

        assertThat(documented).as("operations named by the description of %s", parameter.option()).isEqualTo(users);
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void theValuesTheTableAcceptsAreTheOptionsDocumentedValues(Parameter parameter) {
        List<String> accepted = parameter.kind() == Kind.CHOICE
                ? Arrays.stream(parameter.choices().getEnumConstants()).map(Object::toString).collect(Collectors.toList())
                : parameter.formats().stream().filter(f -> f.values() != null).findFirst().map(KartraFormat::values).orElse(null);
        JsonNode documented = options.get(parameter.option()).get("enum");

        if (accepted == null) {
            assertThat(documented).as("documented values of %s", parameter.option()).isNull();
        } else {
            List<String> values = new ArrayList<>();
            documented.forEach(v -> values.add(v.asText()));
            assertThat(values).isEqualTo(accepted);
        }
    }

    @Test
    void aValueThatCannotBeReadIsRefusedWithAMessageType() {
        for (KartraCommand command : KartraCommand.values()) {
            for (Use use : command.uses()) {
                if (EnumSet.of(Kind.INTEGER, Kind.DECIMAL, Kind.CHOICE).contains(use.parameter().kind())) {
                    assertThat(use.whenMalformed()).as("%s %s", command, use.parameter()).isNotNull();
                }
            }
        }
    }

    @Test
    void everyKartraOperationSendsOneCommandAndEveryCommandHasItsOperation() {
        for (KartraOperation operation : KartraOperation.values()) {
            assertThat(KartraCommand.of(operation)).as("command of %s", operation).matches(c -> OURS.contains(operation) == (c == null));
        }
        assertThat(Arrays.stream(KartraCommand.values()).map(KartraCommand::operation).collect(Collectors.toSet()))
                .hasSize(KartraCommand.values().length);
    }

    @Test
    void wireNamesAreDeclaredOnce() {
        assertThat(Arrays.stream(KartraCommand.values()).map(KartraCommand::wireName)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Parameter.values()).map(Parameter::wireName).filter(w -> w != null)).doesNotHaveDuplicates();
        assertThat(KartraCommand.values()).as("29 commands and get_lead").hasSize(30);
    }
}
