/**
 * The simulated Kartra: its Apps and accounts ({@link io.camelkartra.simulator.state.SimulatorState},
 * {@link io.camelkartra.simulator.state.Account}) with their catalogue, leads ({@link
 * io.camelkartra.simulator.state.LeadView} snapshots) and payments, what happens in an account outside the API
 * ({@link io.camelkartra.simulator.state.EventSimulator}) and what Kartra sends out ({@link
 * io.camelkartra.simulator.state.OutboundDispatcher}: webhooks and IPN). The public types here are values and the
 * ways to seed and read them back.
 *
 * <p>Package-private: the mutable account data, Kartra's commands with their checks and messages, the JSON and IPN
 * writers. {@link io.camelkartra.simulator.state.CallProcessor}, {@link io.camelkartra.simulator.state.ApiRequest} and
 * {@link io.camelkartra.simulator.state.CallResult} are public only for the simulator's server in the parent package;
 * they are not API and may change.
 */
package io.camelkartra.simulator.state;
