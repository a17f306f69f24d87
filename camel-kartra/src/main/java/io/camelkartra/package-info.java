/**
 * The {@code kartra:} component: the Camel-facing classes (component, endpoint, configuration, headers, producer,
 * consumers), the exceptions and the catalogue of Kartra's message types, the command table and the call path.
 * <p>
 * <b>Layers.</b> {@code model} (typed data) depends on no other package of the component; {@code internal} (the wire:
 * form encoding, response parsing, HTTP transport, webhook requests) on {@code model} only; this package on both; the
 * generated Endpoint DSL, {@code dsl}, on this one. {@code PackageDependenciesTest} checks it with the JDK's
 * {@code jdeps}.
 * <p>
 * <b>Words</b>, one per thing:
 * <dl>
 * <dt>operation</dt>
 * <dd>what an endpoint does, {@code kartra:assignTag} ({@link io.camelkartra.KartraOperation}).</dd>
 * <dt>command</dt>
 * <dd>a Kartra {@code cmd}, {@code assign_tag}, declared with its parameters in the command table
 * ({@code KartraCommand}).</dd>
 * <dt>parameter</dt>
 * <dd>a command's input: an endpoint option ({@code tagName}), the header that overrides it
 * ({@code CamelKartraTagName}), and its wire name in the form ({@code tag_name}).</dd>
 * <dt>action</dt>
 * <dd>one command with its parameters in a request's {@code actions[]} ({@code KartraAction}); its result in the
 * response is an action result ({@code KartraActionResult}).</dd>
 * <dt>request</dt>
 * <dd>what is sent: the lead and the actions ({@code KartraRequest}), written as PHP's {@code http_build_query}
 * writes it.</dd>
 * <dt>call</dt>
 * <dd>one HTTP POST of one request to Kartra, what Kartra's rate limit counts ({@code KartraCall},
 * {@code CamelKartraCallCount}); {@code kartra:call} sends one, {@code upsertLead} is a plan of up to two.</dd>
 * <dt>HTTP response</dt>
 * <dd>the status, Retry-After and bytes as the transport received them ({@code KartraHttpResponse}).</dd>
 * <dt>response</dt>
 * <dd>Kartra's JSON envelope as parsed: status, message, type, action results, data ({@code KartraResponse}).</dd>
 * <dt>outcome</dt>
 * <dd>what a call came to: the values of the reply headers, and the body or the failure ({@code KartraOutcome}).</dd>
 * <dt>failure</dt>
 * <dd>a {@code KartraException}: Kartra's error, or a local, rate-limit or transport failure.</dd>
 * </dl>
 * "Reply" is left to the user documentation, for what Kartra answers as a user sees it (the reply headers).
 * <p>
 * <b>The call path</b> runs one way: {@code KartraProducer} decides the operation once;
 * {@code KartraRequestReader} reads the request from the exchange; {@code KartraRequestCheck} checks it against the
 * command table; {@code KartraInventoryCheck} against the account's inventory; {@code KartraSender} waits for the rate
 * limiter, writes the form and posts it; {@code KartraResponseReader} reads the HTTP response into the outcome; and
 * {@code KartraOutcomeWriter} writes the headers and the body, or the exception. {@code KartraCallPath} strings the
 * checks and the sender together; {@code KartraUpsertPlan} runs its two calls over it.
 * <p>
 * <b>Observing it.</b> The sender, the call path and the inventory report each call to their account's
 * {@code KartraCallObserver}, the consumers each post to a {@code KartraDeliveryObserver}; nothing else counts. The
 * observers are the activity the {@code kartra} dev console shows ({@code KartraCallActivity},
 * {@code KartraDeliveryActivity}) and, where the runtime has a Micrometer registry, the meters ({@code KartraMeters});
 * {@code KartraCallResult} holds the labels they share. {@code KartraSpanDecorator} describes the spans of
 * camel-tracing from the reply headers.
 */
package io.camelkartra;
