package dev.lambdalint.rules.model;

import java.util.Optional;

/**
 * One timeout an API Gateway integration in front of a function can have.
 *
 * @param source the API event or resource that integrates the function
 * @param protocol REST, HTTP or WebSocket: it decides the default when no timeout is set
 * @param explicit the {@code TimeoutInMillis} written in the template (one candidate of it); empty when the
 *     integration keeps the API's default
 */
public record IntegrationTimeout(EventSource source, ApiProtocol protocol, Optional<IntegerCandidate> explicit) {}
