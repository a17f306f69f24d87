package io.camelkartra.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar kartra-simulator.jar [--http-port N] [--https-port M] [--allow-plain-http]
 * [--rate-limit R] [--seed S] [--bind ADDRESS]}: starts a simulator with the demo account and prints
 * {@code KARTRA_*} lines for a client (base URL = the HTTPS one when HTTPS is on). Without any port,
 * HTTPS listens on a free port. Stops on Ctrl-C.
 */
public final class SimulatorMain {

    static final String USAGE = "usage: java -jar kartra-simulator.jar [--http-port N] [--https-port M]"
            + " [--allow-plain-http] [--rate-limit R] [--seed S] [--bind ADDRESS]";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        KartraSimulator simulator;
        try {
            simulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "kartra-simulator-shutdown"));
        stopped.await();
    }

    /** Parses the arguments, starts the simulator and prints the {@code KARTRA_*} lines to {@code out}. */
    static KartraSimulator start(String[] args, PrintStream out) {
        KartraSimulator.Builder builder = KartraSimulator.builder();
        boolean anyPort = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--http-port" -> {
                    builder.httpPort(number(args, ++i, arg));
                    anyPort = true;
                }
                case "--https-port" -> {
                    builder.httpsPort(number(args, ++i, arg));
                    anyPort = true;
                }
                case "--allow-plain-http" -> builder.allowPlainHttp(true);
                case "--rate-limit" -> builder.rateLimit(number(args, ++i, arg));
                case "--seed" -> builder.seed(Long.parseLong(value(args, ++i, arg)));
                case "--bind" -> builder.bindAddress(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (!anyPort) {
            builder.httpsPort(0);
        }
        KartraSimulator simulator = builder.build().start();
        SimulatorCredentials credentials = simulator.demoCredentials();
        out.println("KARTRA_BASE_URL=" + (simulator.httpsPort() >= 0 ? simulator.httpsBaseUrl() : simulator.baseUrl()));
        out.println("KARTRA_APP_ID=" + credentials.appId());
        out.println("KARTRA_API_KEY=" + credentials.apiKey());
        out.println("KARTRA_API_PASSWORD=" + credentials.apiPassword());
        out.println("KARTRA_ADMIN_URL=" + simulator.adminUrl());
        if (simulator.httpsPort() >= 0) {
            out.println("KARTRA_TRUSTSTORE=" + simulator.trustStorePath());
            out.println("KARTRA_TRUSTSTORE_PASSWORD=" + simulator.trustStorePassword());
            out.println("KARTRA_CA_PEM=" + simulator.certificatePemPath());
        }
        out.flush();
        return simulator;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String[] args, int i, String option) {
        try {
            return Integer.parseInt(value(args, i, option));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number");
        }
    }
}
