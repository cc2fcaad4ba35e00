package dev.lambdalint.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The integration timeouts of the API Gateway sources of a function: SAM {@code Api} and {@code HttpApi}
 * events, {@code AWS::ApiGateway::Method} and {@code AWS::ApiGatewayV2::Integration} resources, and
 * integrations written in an API's inline OpenAPI definition ({@link OpenApiIntegrations}). Where the
 * timeout is written somewhere lambdalint cannot read (an OpenAPI file behind {@code DefinitionUri}, an
 * unresolvable intrinsic) the source has no timeouts at all, so that rules stay silent on it.
 */
final class ApiIntegrations {
    private static final String SAM_REST_API = "AWS::Serverless::Api";
    private static final String SAM_HTTP_API = "AWS::Serverless::HttpApi";
    private static final String INVOCATION_TYPE_HEADER = "x-amz-invocation-type";

    private final TemplateIndex model;

    ApiIntegrations(TemplateIndex model) {
        this.model = model;
    }

    List<IntegrationTimeout> timeouts(EventSource source) {
        if (source.kind() != EventSourceKind.API && source.kind() != EventSourceKind.HTTP_API) {
            return List.of();
        }
        Optional<Resource> declaredBy = model.resource(source.declaredBy());
        if (declaredBy.isEmpty()) {
            return List.of();
        }
        Resource r = declaredBy.get();
        if (r.is("AWS::ApiGateway::Method")) {
            Optional<Value> integration = r.property("Integration");
            if (invokesAsynchronously(integration.flatMap(i -> i.get("RequestParameters")))) {
                return List.of();
            }
            return read(source, ApiProtocol.REST, integration.flatMap(i -> i.get("TimeoutInMillis")));
        }
        if (r.is("AWS::ApiGatewayV2::Integration")) {
            if (invokesAsynchronously(r.property("RequestParameters"))) {
                return List.of();
            }
            ApiProtocol protocol = isWebSocket(r.property("ApiId")) ? ApiProtocol.WEBSOCKET : ApiProtocol.HTTP;
            return read(source, protocol, r.property("TimeoutInMillis"));
        }
        if (r.is(FunctionView.SAM_TYPE)) {
            return samEvent(source);
        }
        if (OpenApiIntegrations.declares(r) && source.settings().isPresent()) {
            // An integration written in the API's inline OpenAPI definition: its settings are the integration object.
            Value integration = source.settings().get();
            if (invokesAsynchronously(integration.get("requestParameters"))) {
                return List.of();
            }
            ApiProtocol protocol = source.kind() == EventSourceKind.API ? ApiProtocol.REST : ApiProtocol.HTTP;
            return read(source, protocol, integration.get("timeoutInMillis"));
        }
        return List.of();
    }

    /**
     * A SAM event takes its timeout from its own {@code TimeoutInMillis}; otherwise SAM writes the integration
     * into the API's OpenAPI definition without one, so the API's default applies, unless the API's
     * definition is out of reach ({@code DefinitionUri}, an included file), where the integration and its
     * timeout are written by hand.
     */
    private List<IntegrationTimeout> samEvent(EventSource source) {
        boolean rest = source.kind() == EventSourceKind.API;
        ApiProtocol protocol = rest ? ApiProtocol.REST : ApiProtocol.HTTP;
        Optional<Value> explicit = source.setting("TimeoutInMillis");
        if (explicit.isPresent()) {
            return read(source, protocol, explicit);
        }
        Optional<Value> apiRef = source.setting(rest ? "RestApiId" : "ApiId");
        if (apiRef.isEmpty()) {
            // SAM's implicit API (ServerlessRestApi / ServerlessHttpApi): the integration is SAM's own.
            return read(source, protocol, Optional.empty());
        }
        Optional<Resource> api = model.references(apiRef.get().node()).stream()
                .map(model::resource)
                .flatMap(Optional::stream)
                .findFirst();
        if (api.isEmpty() || !(api.get().is(SAM_REST_API) || api.get().is(SAM_HTTP_API))) {
            return List.of();
        }
        Optional<Value> body = api.get().property("DefinitionBody");
        if (body.isEmpty()) {
            return api.get().property("DefinitionUri").isPresent() ? List.of() : read(source, protocol, Optional.empty());
        }
        if (!body.get().isMapping()) {
            return List.of();
        }
        Optional<Value> written = definitionTimeout(body.get(), source);
        return written.isPresent() ? read(source, protocol, written) : read(source, protocol, Optional.empty());
    }

    /** {@code paths.<Path>.<method>.x-amazon-apigateway-integration.timeoutInMillis} of an inline OpenAPI body. */
    private static Optional<Value> definitionTimeout(Value body, EventSource source) {
        Optional<String> path = source.setting("Path").flatMap(Value::text);
        Optional<String> method = source.setting("Method").flatMap(Value::text).map(m -> m.toLowerCase(Locale.ROOT));
        if (path.isEmpty() || method.isEmpty()) {
            return Optional.empty();
        }
        String key = method.get().equals("any") ? "x-amazon-apigateway-any-method" : method.get();
        return body.get("paths").flatMap(p -> p.get(path.get())).flatMap(p -> p.get(key))
                .flatMap(op -> op.get("x-amazon-apigateway-integration"))
                .flatMap(i -> i.get("timeoutInMillis"));
    }

    private List<IntegrationTimeout> read(EventSource source, ApiProtocol protocol, Optional<Value> timeout) {
        List<IntegrationTimeout> out = new ArrayList<>();
        if (timeout.isEmpty()) {
            out.add(new IntegrationTimeout(source, protocol, Optional.empty()));
            return out;
        }
        for (IntegerCandidate c : model.integers(timeout)) {
            out.add(new IntegrationTimeout(source, protocol, Optional.of(c)));
        }
        if (!model.noValueBranches(timeout).isEmpty()) {
            out.add(new IntegrationTimeout(source, protocol, Optional.empty()));
        }
        return out;
    }

    /** {@code X-Amz-Invocation-Type: 'Event'}: API Gateway returns at once and Lambda runs the function asynchronously. */
    private static boolean invokesAsynchronously(Optional<Value> requestParameters) {
        if (requestParameters.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Value> e : requestParameters.get().fields()) {
            if (e.getKey().toLowerCase(Locale.ROOT).endsWith(INVOCATION_TYPE_HEADER)
                    && e.getValue().text().filter(v -> v.replace("'", "").trim().equalsIgnoreCase("Event")).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean isWebSocket(Optional<Value> apiId) {
        if (apiId.isEmpty()) {
            return false;
        }
        for (String id : model.references(apiId.get().node())) {
            Optional<Resource> api = model.resource(id);
            if (api.isPresent() && api.get().is("AWS::ApiGatewayV2::Api")) {
                return model.strings(api.get().property("ProtocolType")).stream()
                        .anyMatch(p -> p.value().equalsIgnoreCase("WEBSOCKET"));
            }
        }
        return false;
    }
}
