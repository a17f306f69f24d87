package io.camelkartra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.support.GeneratedFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference tables of the docs are generated: options and headers from the component metadata the Camel plugin
 * writes, the error catalogue from {@link KartraMessageType}. This test fails when a committed doc differs from what
 * the code says; run it with {@code -Dkartra.docs.update=true} to rewrite the generated parts.
 */
class KartraDocumentationTest {

    private static final Path COMPONENT_PAGE = Path.of("src/main/docs/kartra-component.adoc");
    private static final Path ERROR_CATALOGUE = Path.of("../docs/error-catalogue.md");

    @Test
    void componentPageTablesMatchTheMetadata() throws IOException {
        JsonNode metadata = metadata();
        Map<String, Function<JsonNode, String>> sections = Map.of(
                "component options", m -> optionsTable(m.get("componentProperties"), false),
                "endpoint options", m -> optionsTable(m.get("properties"), true),
                "component headers", m -> headersTable(m.get("headers")),
                "error types", m -> errorTypesAdoc(),
                "operations", m -> operationsAdoc());
        String page = Files.readString(COMPONENT_PAGE);
        String generated = page;
        for (Map.Entry<String, Function<JsonNode, String>> section : sections.entrySet()) {
            generated = replaceSection(generated, section.getKey(), section.getValue().apply(metadata));
        }
        check(COMPONENT_PAGE, generated);
    }

    @Test
    void errorCatalogueMatchesTheEnum() throws IOException {
        check(ERROR_CATALOGUE, errorCatalogueMarkdown());
    }

    private static void check(Path file, String generated) throws IOException {
        GeneratedFiles.assertUpToDate(file, generated, "kartra.docs.update",
                "./mvnw -pl camel-kartra -am test -Dtest=KartraDocumentationTest -Dsurefire.failIfNoSpecifiedTests=false");
    }

    private static JsonNode metadata() throws IOException {
        try (InputStream in = KartraDocumentationTest.class.getResourceAsStream("/META-INF/io/camelkartra/kartra.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String replaceSection(String page, String name, String content) {
        Pattern section = Pattern.compile("(// " + Pattern.quote(name) + ": START\n)(.*?)(// " + Pattern.quote(name) + ": END)",
                Pattern.DOTALL);
        Matcher matcher = section.matcher(page);
        assertThat(matcher.find()).as("markers of section '%s' in %s", name, COMPONENT_PAGE).isTrue();
        return matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1) + content + matcher.group(3)));
    }

    private static String optionsTable(JsonNode options, boolean endpoint) {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        options.properties().forEach(entry -> {
            JsonNode option = entry.getValue();
            String name = entry.getKey();
            if (endpoint && "path".equals(option.path("kind").asText())) {
                name = name + " (path)";
            }
            out.append("| *").append(name).append("* (").append(option.path("group").asText()).append(") | ")
                    .append(cell(option.path("description").asText()));
            if (option.has("enum")) {
                out.append(" Values: ").append(String.join(", ", enumValues(option))).append('.');
            }
            if (option.path("secret").asBoolean()) {
                out.append(" _Secret._");
            }
            out.append(" | ").append(cell(option.path("defaultValue").asText(""))).append(" | ")
                    .append(cell(simpleType(option.path("javaType").asText()))).append('\n');
        });
        return out.append("|===\n").toString();
    }

    private static List<String> enumValues(JsonNode option) {
        List<String> values = new ArrayList<>();
        option.get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String headersTable(JsonNode headers) {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        headers.properties().forEach(entry -> {
            JsonNode header = entry.getValue();
            out.append("| *").append(entry.getKey()).append("* (").append(header.path("group").asText()).append(") +\n`")
                    .append(header.path("constantName").asText().replace("io.camelkartra.", "")).append("` | ")
                    .append(cell(header.path("description").asText())).append(" | | ")
                    .append(cell(simpleType(header.path("javaType").asText()))).append('\n');
        });
        return out.append("|===\n").toString();
    }

    /** The operations table, from the command table. */
    private static String operationsAdoc() {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"3,3,5,3,1\",options=\"header\"]\n|===\n")
                .append("| Operation | Kartra `cmd` | Parameters (*required*) | Body after the call | Replay-safe\n");
        String followUps = KartraCommand.FOLLOW_UPS.stream().map(f -> "`" + f.parameter().option() + "`")
                .collect(Collectors.joining(", "));
        for (KartraCommand command : KartraCommand.values()) {
            List<String> parameters = new ArrayList<>();
            switch (command.target()) {
                case TOP_LEVEL, LEAD -> parameters.add("the lead");
                case LEAD_FIELDS -> parameters.add("the lead and its fields; follow-ups " + followUps);
                case NEW_LEAD -> parameters.add("the lead with its *email* and fields; follow-ups " + followUps);
                case ACCOUNT -> {
                }
            }
            for (KartraCommand.Use use : command.uses()) {
                String option = use.required() ? "*" + use.parameter().option() + "*" : "`" + use.parameter().option() + "`";
                parameters.add(use.onlyWhen() == null ? option : option + " (for some `" + use.onlyWhen().option() + "` values)");
            }
            String rules = command.rules().stream().map(KartraCommand.Rule::doc).collect(Collectors.joining("; "));
            out.append("| `").append(command.operation()).append("` | `").append(command.wireName()).append('`')
                    .append(command.target() == KartraCommand.Target.TOP_LEVEL ? " (top level)" : "").append(" | ")
                    .append(parameters.isEmpty() ? "none" : String.join(", ", parameters)).append(rules.isEmpty() ? "" : "; " + rules)
                    .append(" | `")
                    .append(body(command.result())).append("` | ").append(command.replaySafe() ? "yes" : "no").append('\n');
        }
        return out.append("|===\n").toString();
    }

    private static String body(KartraCommand.Result result) {
        return switch (result.body()) {
            case RESPONSE -> "KartraResponse";
            case OBJECT -> result.type().getSimpleName();
            default -> "List<" + result.type().getSimpleName() + ">";
        };
    }

    private static String errorTypesAdoc() {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"1,4,2,3,1\",options=\"header\"]\n|===\n| Type | Kartra's message | Exception | Commands | Retryable\n");
        for (KartraMessageType type : KartraMessageType.values()) {
            if (type.isError()) {
                out.append("| ").append(type.getCode()).append(" | ").append(cell(type.getMessage())).append(" | `")
                        .append(exceptionClass(type).getSimpleName()).append("` | ")
                        .append(type.getCommands().isEmpty() ? "any" : String.join(", ", type.getCommands())).append(" | ")
                        .append(type.isRetryable() ? "yes" : "no").append('\n');
            }
        }
        return out.append("|===\n").toString();
    }

    private static String errorCatalogueMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from io.camelkartra.KartraMessageType by KartraDocumentationTest; do not edit by hand. -->\n")
                .append("# Kartra message types\n\n")
                .append("Every message type Kartra documents, as the component's catalogue (`KartraMessageType`) holds it. ")
                .append("Kartra answers every call with HTTP 200 and `{\"status\", \"message\", \"type\"}`; an error type becomes ")
                .append("the exception named here, a subclass of `io.camelkartra.KartraException`, whose `getType()` is the ")
                .append("number (`${exception.type}` in the simple language). Branch on the number, not the text: the texts ")
                .append("changed between Kartra's two generations of documentation, the numbers did not.\n\n")
                .append("Retryable means the failure may go away on a later identical call; transport failures and HTTP 429, ")
                .append("which have no type, are described in [the user guide](user-guide.md#errors-and-retries).\n\n")
                .append("With the account inventory on (the default), the types that name a missing tag, list or sequence (")
                .append(Arrays.stream(KartraMessageType.values()).filter(t -> KartraInventoryCheck.isUnknownNameType(t.getCode()))
                        .map(t -> String.valueOf(t.getCode())).distinct().sorted().collect(Collectors.joining(", ")))
                .append(") and ").append(KartraMessageType.WRONG_CUSTOM_FIELD_FORMAT.getCode())
                .append(" for an unknown custom field or option label are also raised by the component itself before ")
                .append("anything is sent. See [the account inventory](user-guide.md#account-inventory).\n\n")
                .append("## Errors\n\n| Type | Kartra's message | Exception | Commands | Retryable |\n|---|---|---|---|---|\n");
        for (KartraMessageType type : KartraMessageType.values()) {
            if (type.isError()) {
                out.append("| ").append(type.getCode()).append(" | ").append(type.getMessage()).append(" | `")
                        .append(exceptionClass(type).getSimpleName()).append("` | ")
                        .append(type.getCommands().isEmpty() ? "any" : "`" + String.join("`, `", type.getCommands()) + "`")
                        .append(" | ").append(type.isRetryable() ? "yes" : "no").append(" |\n");
            }
        }
        out.append("\n## Success messages\n\n| Type | Kartra's message | Commands |\n|---|---|---|\n");
        for (KartraMessageType type : KartraMessageType.values()) {
            if (!type.isError()) {
                out.append("| ").append(type.getCode()).append(" | ").append(type.getMessage()).append(" | `")
                        .append(String.join("`, `", type.getCommands())).append("` |\n");
            }
        }
        return out.toString();
    }

    private static Class<? extends KartraException> exceptionClass(KartraMessageType type) {
        return KartraFailures.beforeSending(type, "", null).getClass();
    }

    private static String simpleType(String javaType) {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
