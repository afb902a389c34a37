/**
 * App: wiring and entry points, no stage logic.
 *
 * <p>{@code GatewayApplication} starts Spring Boot + Camel; routes are the YAML files in
 * {@code ${gateway.home}/routes}. {@code CamelWiring} registers the {@code gateway:} component
 * ({@code app.camel}): {@code gateway:<step>} calls the Processor bean {@code <step>Stage}, so the
 * pipeline is written in routes/, not in Java. {@code Benchmark} is the benchmark command.
 */
package eu.credentialgateway.app;
