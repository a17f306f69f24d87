/**
 * The wire: how a request is written (PHP's {@code http_build_query}, byte for byte), how it travels (the pooled,
 * non-blocking HTTP transport, which knows a request that was never sent from one that may have reached Kartra), and
 * how what Kartra posts to the consumers is checked and read.
 * <p>
 * Depends on {@code io.camelkartra.model} only, never on the Camel-facing root package: nothing here creates a
 * {@code KartraException} or knows a Kartra command by name. Not API: the classes that are public are so only for the
 * root package, and no other module may use them ({@code PackageDependenciesTest} checks both).
 */
package io.camelkartra.internal;
