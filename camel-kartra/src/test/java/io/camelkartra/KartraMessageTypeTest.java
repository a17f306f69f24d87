package io.camelkartra;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue holds every message type of kartra-api.md section 3, and each category has its exception class. */
class KartraMessageTypeTest {

    private static final Set<Integer> GENERIC = Set.of(201, 202, 203, 233, 204, 254, 206, 223, 236, 224, 238, 239, 240, 242, 262);

    @Test
    void everyDocumentedErrorTypeIsCatalogued() {
        List<KartraMessageType> errors = Arrays.stream(KartraMessageType.values()).filter(KartraMessageType::isError).toList();

        assertThat(errors).hasSize(74);
        assertThat(errors.stream().map(KartraMessageType::getCode).collect(Collectors.toSet())).hasSize(74);
        assertThat(errors.stream().filter(t -> t.getCommands().isEmpty()).map(KartraMessageType::getCode).collect(Collectors.toSet()))
                .isEqualTo(Set.of(201, 202, 203, 233, 204, 254, 206, 223, 236, 224, 238, 239, 240, 242, 262, 243, 245));
        assertThat(GENERIC).allSatisfy(code -> assertThat(KartraMessageType.ofErrorCode(code)).isPresent());
    }

    @Test
    void seedPageTextsAreKept() {
        assertThat(KartraMessageType.ofErrorCode(201).orElseThrow().getMessage()).isEqualTo("Connection not secure");
        assertThat(KartraMessageType.ofErrorCode(206).orElseThrow().getMessage()).isEqualTo("email or lead id is required. Nothing done");
        assertThat(KartraMessageType.ofErrorCode(239).orElseThrow().getMessage())
                .isEqualTo("App Id is not valid. The app does not exists or is inactive");
        assertThat(KartraMessageType.ofErrorCode(262).orElseThrow().getMessage()).isEqualTo("App does not have permission to execute this CMD");
    }

    @Test
    void successTypesAreNotLookedUpAsErrors() {
        assertThat(KartraMessageType.ofErrorCode(103)).isEmpty();
        assertThat(KartraMessageType.TAG_ADDED.getCode()).isEqualTo(103);
        assertThat(KartraMessageType.TAG_ADDED.isError()).isFalse();
    }

    @Test
    void eachCategoryHasItsExceptionClass() {
        for (KartraMessageType type : KartraMessageType.values()) {
            if (!type.isError()) {
                continue;
            }
            KartraException e = KartraFailures.beforeSending(type, "test", null);
            Class<? extends KartraException> expected = switch (type.getCategory()) {
                case AUTHENTICATION -> KartraAuthenticationException.class;
                case APP -> KartraAppException.class;
                case MALFORMED_REQUEST -> KartraMalformedRequestException.class;
                case LEAD_NOT_FOUND -> KartraLeadNotFoundException.class;
                case LEAD_EXISTS -> KartraLeadExistsException.class;
                case NOT_FOUND -> KartraNotFoundException.class;
                case VALIDATION -> KartraValidationException.class;
                case REJECTED -> KartraRejectedException.class;
                default -> throw new AssertionError(type + " has category " + type.getCategory());
            };
            assertThat(e).as(type.name()).isExactlyInstanceOf(expected);
            assertThat(e.getType()).isEqualTo(type.getCode());
        }
    }

    @Test
    void onlyGatewayFailuresAreRetryable() {
        assertThat(Arrays.stream(KartraMessageType.values()).filter(KartraMessageType::isRetryable).map(KartraMessageType::getCode))
                .containsExactlyInAnyOrder(266, 267);
    }
}
