/**
 * PHP's {@code parse_str}, as Kartra reads a form body, written from PHP's sources and checked against PHP itself.
 * Public only because the simulator's server and its commands both read forms; not API, may change.
 */
package io.camelkartra.simulator.form;
