package dev.lambdalint.rules.catalog.timeouts;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.ApiProtocol;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegrationTimeout;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.LambdaLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "LL505",
        name = "api-timeout-exceeds-integration",
        severity = Severity.WARNING,
        summary = "A function behind API Gateway may run longer than the API waits for it",
        rationale = """
                API Gateway waits for a Lambda integration for its integration timeout: 29 seconds by default \
                for REST and WebSocket APIs, 30 seconds for HTTP APIs, or the TimeoutInMillis set on the \
                integration (SAM Api and HttpApi events, AWS::ApiGateway::Method, \
                AWS::ApiGatewayV2::Integration, or timeoutInMillis of an x-amazon-apigateway-integration in an \
                inline OpenAPI Body or DefinitionBody). A REST integration with response streaming \
                (ResponseTransferMode: STREAM) may wait up to 15 minutes when TimeoutInMillis says so. A \
                function whose Timeout is longer keeps running, and billing, after the caller got a 504; its \
                work may even complete after the client retried. Integrations that invoke the function \
                asynchronously (X-Amz-Invocation-Type: 'Event') are not judged, nor integrations written in an \
                OpenAPI file outside the template. The finding points at the \
                function's Timeout, or at the integration's TimeoutInMillis when the function keeps the \
                3 second default.""",
        fix = "Lower the function Timeout to the integration timeout or below, or raise TimeoutInMillis where the API allows it (REST APIs above 29 s need a quota increase, or response streaming, ResponseTransferMode: STREAM, for up to 15 minutes); move long work to an asynchronous flow.",
        example = """
                Globals:
                  Function:
                    Timeout: 25   # behind a REST API: 29 s""",
        tags = {"timeouts", "api-gateway", "event-sources"})
public final class ApiTimeoutExceedsIntegration implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LambdaLimits limits = context.policy().limits();
        for (FunctionView fn : template.functions()) {
            List<IntegrationTimeout> integrations = new ArrayList<>();
            for (EventSource source : fn.eventSources()) {
                integrations.addAll(template.integrationTimeouts(source));
            }
            if (integrations.isEmpty()) {
                continue;
            }
            Set<String> reported = new HashSet<>();
            for (FunctionTimeouts.Timeout timeout : FunctionTimeouts.of(template, fn, limits)) {
                long millis = timeout.seconds() * 1000;
                if (timeout.isDefault()) {
                    // The default 3 s only exceeds a TimeoutInMillis written below it: point there.
                    for (IntegrationTimeout integration : integrations) {
                        if (integration.explicit().isPresent() && integration.explicit().get().value() < millis
                                && reported.add(integration.explicit().get().pointer())) {
                            out.report(this, fn, integration.explicit().get().pointer(), message(
                                    fn, timeout, integration, limits));
                        }
                    }
                    continue;
                }
                Optional<IntegrationTimeout> shortest = integrations.stream()
                        .filter(i -> millisOf(i, limits) < millis)
                        .min(Comparator.comparingLong(i -> millisOf(i, limits)));
                String pointer = timeout.at().orElseThrow().pointer();
                if (shortest.isPresent() && reported.add(pointer)) {
                    out.report(this, fn, pointer, message(fn, timeout, shortest.get(), limits));
                }
            }
        }
    }

    private static String message(FunctionView fn, FunctionTimeouts.Timeout timeout, IntegrationTimeout integration,
                                  LambdaLimits limits) {
        long millis = millisOf(integration, limits);
        String limit = integration.explicit().isPresent()
                ? "TimeoutInMillis " + millis
                : "the default " + millis + " ms";
        return String.format(
                "Function %s has %s, longer than its %s integration %s waits (%s): callers get a 504 while the function keeps running",
                fn.logicalId(), timeout.describe(), integration.protocol().label(), name(integration.source()), limit);
    }

    private static String name(EventSource source) {
        List<String> segments = Pointers.segments(source.declaration().pointer());
        int paths = segments.lastIndexOf("paths");
        if (paths >= 0 && paths == segments.size() - 3) {
            // An operation of an inline OpenAPI definition: name the API, the method and the path.
            String method = segments.get(paths + 2).replace("x-amazon-apigateway-any-method", "ANY");
            return source.declaredBy() + " " + method.toUpperCase(java.util.Locale.ROOT) + " " + segments.get(paths + 1);
        }
        return segments.get(segments.size() - 1);
    }

    private static long millisOf(IntegrationTimeout integration, LambdaLimits limits) {
        if (integration.explicit().isPresent()) {
            return integration.explicit().get().value();
        }
        return defaultMillis(integration.protocol(), limits);
    }

    private static long defaultMillis(ApiProtocol protocol, LambdaLimits limits) {
        return switch (protocol) {
            case REST -> limits.restApiTimeoutDefaultMillis();
            case HTTP -> limits.httpApiTimeoutDefaultMillis();
            case WEBSOCKET -> limits.webSocketTimeoutDefaultMillis();
        };
    }
}
