package io.camelkartra.internal;

import java.io.Closeable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP transport: one Apache HttpClient 5 async client with a pooled, keep-alive connection manager, shared by
 * every endpoint with the same {@link KartraTransportSettings}. Sending never blocks the caller; the reply, or the
 * failure, completes the returned future on the client's I/O threads.
 * <p>
 * The client never retries on its own and follows no redirects: a POST to Kartra is not safe to replay blindly, and
 * retry decisions belong to the route's redelivery policy.
 */
public final class KartraHttpClient implements Closeable {

    /** The largest reply read into memory. */
    static final int MAX_REPLY_BYTES = 16 * 1024 * 1024;

    private static final ContentType FORM = ContentType.create("application/x-www-form-urlencoded");

    private final CloseableHttpAsyncClient client;
    private final ScheduledExecutorService scheduler;

    public KartraHttpClient(KartraTransportSettings settings, SSLContext sslContext, ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
        PoolingAsyncClientConnectionManager connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildAsync())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setValidateAfterInactivity(Timeout.ofSeconds(2))
                        .build())
                .build();
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(connections)
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(Math.max(1, Runtime.getRuntime().availableProcessors())).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching();
        if (settings.proxyHost() != null) {
            int port = settings.proxyPort() == null ? 8080 : settings.proxyPort();
            builder.setProxy(new HttpHost(settings.proxyHost(), port));
            if (settings.proxyAuthUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                char[] password = settings.proxyAuthPassword() == null ? new char[0] : settings.proxyAuthPassword().toCharArray();
                credentials.setCredentials(new AuthScope(settings.proxyHost(), port),
                        new UsernamePasswordCredentials(settings.proxyAuthUsername(), password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        this.client = builder.build();
        this.client.start();
    }

    /**
     * Where requests go and how long they may take, worked out once for every request of an endpoint: parsing the URL
     * and building the request configuration per request cost more than the rest of a request's preparation.
     */
    public record Target(HttpHost host, String path, Duration requestTimeout, RequestConfig config) {

        public static Target of(URI uri, Duration requestTimeout) {
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new Target(new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()), path, requestTimeout,
                    RequestConfig.custom().setResponseTimeout(Timeout.of(requestTimeout)).build());
        }
    }

    /**
     * Posts a form body. The future completes with the response whatever its status, or exceptionally with a
     * {@link KartraTransportFailure} that tells whether the request may have reached Kartra.
     */
    public CompletableFuture<KartraHttpResponse> post(Target target, String formBody) {
        Duration requestTimeout = target.requestTimeout();
        CompletableFuture<KartraHttpResponse> result = new CompletableFuture<>();
        AtomicReference<Future<KartraHttpResponse>> inFlight = new AtomicReference<>();
        SimpleHttpRequest request = new SimpleHttpRequest(Method.POST, target.host(), target.path());
        request.setBody(formBody.getBytes(StandardCharsets.US_ASCII), FORM);
        request.setConfig(target.config());
        SendTrackingRequestProducer producer = new SendTrackingRequestProducer(SimpleRequestProducer.create(request));
        ScheduledFuture<?> deadline;
        try {
            // the response timeout only bounds silences between packets; this bounds the whole exchange. It is armed
            // before sending, so that a scheduler refusing it leaves the request unsent rather than sent and unwatched
            deadline = scheduler.schedule(() -> {
                if (result.completeExceptionally(timedOut(requestTimeout, producer.bodyStarted()))) {
                    cancel(inFlight.get());
                }
            }, requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new KartraTransportFailure("not sent: no deadline could be set (" + describe(e) + ")", e, false));
            return result;
        }
        result.whenComplete((reply, failure) -> deadline.cancel(false));
        inFlight.set(client.execute(producer,
                new BoundedResponseConsumer(MAX_REPLY_BYTES), null, new FutureCallback<>() {
                    @Override
                    public void completed(KartraHttpResponse reply) {
                        result.complete(reply);
                    }

                    @Override
                    public void failed(Exception e) {
                        result.completeExceptionally(new KartraTransportFailure(describe(e), e, mayHaveReachedKartra(e)));
                    }

                    @Override
                    public void cancelled() {
                        result.completeExceptionally(timedOut(requestTimeout, producer.bodyStarted()));
                    }
                }));
        if (result.isDone()) {
            // a deadline that struck before the request was registered could not cancel it
            cancel(inFlight.get());
        }
        return result;
    }

    /** A timeout; when the body never started to go out, the request was still queued and never reached Kartra. */
    private static KartraTransportFailure timedOut(Duration requestTimeout, boolean bodyStarted) {
        return new KartraTransportFailure("no reply within the request timeout of " + requestTimeout.toMillis() + " ms"
                                          + (bodyStarted ? "" : "; not sent, it waited for a connection"),
                new TimeoutException(), bodyStarted);
    }

    private static void cancel(Future<?> inFlight) {
        if (inFlight != null) {
            inFlight.cancel(true);
        }
    }

    /** Whether the request may have reached Kartra: false only when no connection was ever made. */
    private static boolean mayHaveReachedKartra(Exception e) {
        return !(e instanceof ConnectException || e instanceof ConnectTimeoutException || e instanceof UnknownHostException
                 || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
