/**
 * The typed data of the component: what a request carries ({@code KartraRequest}, {@code Lead}, {@code CustomField}),
 * what a response holds ({@code KartraResponse}, {@code TransactionDetails}, ...), the account inventory, and the IPN
 * notifications; the Outbound API events are in {@code event}. Depends on no other package of the component, so that
 * user code and the wire can both use it.
 */
package io.camelkartra.model;
