/**
 * The Kartra simulator as a test library, in the manner of MockWebServer: {@link io.camelkartra.simulator.KartraSimulator}
 * (start it, point a client at it with {@code camelProperties()}, seed and read its {@code state()}, script the next
 * calls with {@code enqueue(Reply...)}, check them with {@code calls()}), the JUnit 5
 * {@link io.camelkartra.simulator.KartraSimulatorExtension}, and the runnable {@link io.camelkartra.simulator.SimulatorMain}.
 *
 * <p>Words: a <em>call</em> is one HTTP request to {@code /api}; an <em>action</em> is one command inside it
 * ({@code get_lead} included); a <em>reply</em> is what the call gets back, Kartra's own or a queued {@link
 * io.camelkartra.simulator.Reply}; a <em>fault</em> is a reply that is not Kartra's (a 429, a 5xx, a reset…), queued or
 * drawn from the {@link io.camelkartra.simulator.FaultPlan}. The HTTP server, the admin API and the reply queue are
 * package-private here.
 */
package io.camelkartra.simulator;
