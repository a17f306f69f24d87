package io.camelkartra.benchmarks.scaleout;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.camelkartra.KartraRateLimitException;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.DefaultExchange;

/**
 * One replica of an integration, in its own JVM: Camel Main configured from a properties file alone (the
 * {@code camel.component.kartra.*} lines a Camel K or Quarkus user writes), one route to {@code kartra:getLead}, and a
 * load it offers when told on standard input.
 * <p>
 * Commands, one per line: {@code load <calls/s> <seconds> <settle seconds>} offers the load asynchronously (so it does
 * not slow down when calls wait for the limiter), waits until every exchange has completed or a bound has passed, and
 * prints one {@code RESULT} line ({@link LoadResult}); {@code quit} stops. {@code READY} is printed once Camel runs and one call has been made.
 */
public final class ReplicaProcess {

    private ReplicaProcess() {
    }

    public static void main(String[] args) throws Exception {
        Properties properties = new Properties();
        try (FileReader reader = new FileReader(args[0], StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Main main = new Main();
        properties.stringPropertyNames().forEach(name -> main.addInitialProperty(name, properties.getProperty(name)));
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:getLead").to("kartra:getLead");
            }
        });
        main.start();
        CamelContext camel = main.getCamelContext();
        AsyncProducer producer = camel.getEndpoint("direct:getLead").createAsyncProducer();
        producer.start();
        String email = properties.getProperty("replica.lead-email");
        long drainMillis = Long.parseLong(properties.getProperty("replica.drain-millis", "40000"));
        // the first call loads classes and creates the HTTP client: done here, not in the first measured second
        Exchange warmUp = new DefaultExchange(camel);
        warmUp.getMessage().setBody(email);
        camel.createProducerTemplate().send("direct:getLead", warmUp);
        System.out.println("READY");
        System.out.flush();

        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
            String[] words = line.trim().split("\\s+");
            if (words[0].equals("load")) {
                LoadResult result = offer(camel, producer, email, Double.parseDouble(words[1]), Integer.parseInt(words[2]),
                        Integer.parseInt(words[3]), drainMillis);
                System.out.println(result.toLine());
                System.out.flush();
            }
        }
        producer.stop();
        main.stop();
        System.exit(0);
    }

    private static LoadResult offer(CamelContext camel, AsyncProducer producer, String email, double perSecond, int seconds,
            int settleSeconds, long drainMillis) throws InterruptedException {
        LoadResult.Counter counter = new LoadResult.Counter(settleSeconds, seconds);
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = Math.round(1_000_000 / perSecond);
        sender.scheduleAtFixedRate(() -> {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(email);
            counter.offered();
            producer.process(exchange, doneSync -> {
                Exception failure = exchange.getException();
                if (failure == null) {
                    counter.succeeded();
                } else if (failure instanceof KartraRateLimitException limited && limited.getHttpStatus() == 429) {
                    counter.answered429();
                } else if (failure instanceof KartraRateLimitException limited && !limited.isRetryable()) {
                    counter.failed(failure);
                } else if (failure instanceof KartraRateLimitException) {
                    counter.refused();
                } else {
                    counter.failed(failure);
                }
            });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        TimeUnit.SECONDS.sleep(seconds);
        sender.shutdownNow();
        sender.awaitTermination(5, TimeUnit.SECONDS);
        counter.awaitCompletion(drainMillis);
        return counter.result();
    }
}
