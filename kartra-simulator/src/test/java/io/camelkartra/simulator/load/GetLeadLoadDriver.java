package io.camelkartra.simulator.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures {@code get_lead} throughput against a running simulator (start it with
 * {@code --rate-limit 0}): N senders over keep-alive HTTP/1.1 connections, a warm-up, then a timed
 * run. Not a test; run by hand, see the module README.
 *
 * <pre>java -cp … io.camelkartra.simulator.load.GetLeadLoadDriver http://127.0.0.1:18080/api 16 5 20</pre>
 * (URL, senders, warm-up seconds, measured seconds)
 */
public final class GetLeadLoadDriver {

    private static final String BODY = "app_id=SimulatorApp&api_key=DemoUser&api_password=DemoPassword"
            + "&get_lead%5Bemail%5D=john.smith%40example.com";

    private GetLeadLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:18080/api";
        int senders = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 20;

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200 && response.body().contains("lead_details")) {
                            ok.increment();
                        } else {
                            failed.increment();
                        }
                    } catch (Exception e) {
                        failed.increment();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(warmUp * 1000L);
        long startOk = ok.sum();
        long startFailed = failed.sum();
        long start = System.nanoTime();
        Thread.sleep(measured * 1000L);
        long calls = ok.sum() - startOk;
        long errors = failed.sum() - startFailed;
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf("senders=%d measured=%.1fs get_lead ok=%d failed=%d -> %.0f calls/s%n",
                senders, seconds, calls, errors, calls / seconds);
    }
}
