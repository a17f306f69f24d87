package io.camelkartra.internal;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading posts the way different HTTP servers hand them over, and the query and source headers they set. */
class WebhookRequestTest {

    private final CamelContext context = new DefaultCamelContext();
    private final Message message = new DefaultExchange(context).getIn();

    @BeforeEach
    void start() {
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void mediaTypesLoseTheirParameters() {
        assertThat(WebhookRequest.mediaType(message)).isEmpty();
        message.setHeader(Exchange.CONTENT_TYPE, " Application/JSON ; charset=UTF-8");
        assertThat(WebhookRequest.mediaType(message)).isEqualTo("application/json");
    }

    @Test
    void bodiesAreReadFromBytesTextOrStreamsWithinTheLimit() throws Exception {
        message.setBody("{}");
        assertThat(WebhookRequest.bytes(message, 2)).containsExactly('{', '}');
        message.setBody(new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(status(() -> WebhookRequest.bytes(message, 5))).isEqualTo(413);
        message.setBody(new byte[0]);
        assertThat(status(() -> WebhookRequest.bytes(message, 5))).isEqualTo(400);
        message.setBody(null);
        assertThat(status(() -> WebhookRequest.bytes(message, 5))).isEqualTo(400);
        message.setBody("{}");
        message.setHeader("Content-Length", "10");
        assertThat(status(() -> WebhookRequest.bytes(message, 5))).as("declared length").isEqualTo(413);
    }

    @Test
    void rawFormsAreDecodedAndMalformedOnesRefused() throws Exception {
        message.setBody("a=1&b=x%40y".getBytes(StandardCharsets.UTF_8));
        assertThat(WebhookRequest.form(message, 100)).containsExactly(Map.entry("a", "1"), Map.entry("b", "x@y"));
        message.setBody("a=%zz");
        assertThatThrownBy(() -> WebhookRequest.form(message, 100)).isInstanceOf(WebhookRejection.class).hasMessage("malformed form body");
        message.setBody("&&");
        assertThat(status(() -> WebhookRequest.form(message, 100))).isEqualTo(400);
    }

    @Test
    void formsTheServerParsedAreTakenAsTheyAreWithinTheLimit() throws Exception {
        Map<String, Object> parsed = new LinkedHashMap<>();
        parsed.put("a", List.of("1", "2"));
        parsed.put("b", "x y");
        message.setBody(parsed);
        assertThat(WebhookRequest.form(message, 100)).containsExactly(Map.entry("a", "2"), Map.entry("b", "x y"));
        assertThat(status(() -> WebhookRequest.form(message, 8))).as("a=2&b=x+y&").isEqualTo(413);
    }

    @Test
    void queryParametersAreReadAndRemovedFromEveryHeaderCarryingThem() {
        message.setHeader(Exchange.HTTP_RAW_QUERY, "a=1&token=s%2Bcret");
        message.setHeader(Exchange.HTTP_QUERY, "a=1&token=s%2Bcret");
        message.setHeader(Exchange.HTTP_URI, "/hook?token=s%2Bcret");
        message.setHeader(Exchange.HTTP_URL, "http://host/hook?a=1&token=s%2Bcret");
        message.setHeader("token", "s+cret");

        assertThat(RequestQuery.parameter(message, "token")).isEqualTo("s+cret");
        RequestQuery.remove(message, "token");

        assertThat(message.getHeaders()).doesNotContainKey("token")
                .containsEntry(Exchange.HTTP_RAW_QUERY, "a=1").containsEntry(Exchange.HTTP_QUERY, "a=1")
                .containsEntry(Exchange.HTTP_URI, "/hook").containsEntry(Exchange.HTTP_URL, "http://host/hook?a=1");
        assertThat(RequestQuery.parameter(message, "token")).isNull();
    }

    @Test
    void theSourceIsTheVertxPeerAddressWithoutItsPort() {
        assertThat(RequestSourceAddress.of(message)).isNull();
        message.setHeader(RequestSourceAddress.VERTX_REMOTE_ADDRESS, "203.0.113.9:52144");
        assertThat(RequestSourceAddress.of(message)).isEqualTo("203.0.113.9");
        message.setHeader(RequestSourceAddress.VERTX_REMOTE_ADDRESS, "0:0:0:0:0:0:0:1:52144");
        assertThat(RequestSourceAddress.of(message)).isEqualTo("0:0:0:0:0:0:0:1");
        message.setHeader(RequestSourceAddress.VERTX_REMOTE_ADDRESS, "[2001:db8::1]:443");
        assertThat(RequestSourceAddress.of(message)).isEqualTo("2001:db8::1");
        message.setHeader("X-Forwarded-For", "10.0.0.1");
        assertThat(RequestSourceAddress.of(message)).isEqualTo("2001:db8::1");
    }

    @Test
    void onServletServersTheSourceIsTheRequestsRemoteAddress() {
        ServletRequest request = (ServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ServletRequest.class },
                (proxy, method, args) -> "getRemoteAddr".equals(method.getName()) ? "198.51.100.7" : null);
        message.setHeader(Exchange.HTTP_SERVLET_REQUEST, request);
        message.setHeader("X-Forwarded-For", "10.0.0.1");

        assertThat(RequestSourceAddress.of(message)).isEqualTo("198.51.100.7");
    }

    private interface Read {
        void run() throws WebhookRejection;
    }

    private static int status(Read read) {
        try {
            read.run();
            return 200;
        } catch (WebhookRejection rejection) {
            return rejection.getStatus();
        }
    }
}
