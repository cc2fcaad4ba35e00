package dev.lambdalint.rules.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Lambda integrations written in an API's inline OpenAPI definition: {@code Body} of
 * {@code AWS::ApiGateway::RestApi} and {@code AWS::ApiGatewayV2::Api}, {@code DefinitionBody} of SAM's
 * {@code Api} and {@code HttpApi}. Each operation under {@code paths} may carry an
 * {@code x-amazon-apigateway-integration} whose {@code uri} names the function
 * ({@code arn:...:apigateway:...:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations}).
 */
final class OpenApiIntegrations {
    private static final Set<String> METHODS = Set.of(
            "get", "put", "post", "delete", "options", "head", "patch", "trace", "x-amazon-apigateway-any-method");

    /** One integration: the operation it belongs to, the integration object and its {@code uri}. */
    record Integration(EventSourceKind kind, Value operation, Value integration, Value uri) {}

    private OpenApiIntegrations() {}

    static boolean declares(Resource r) {
        return body(r).isPresent();
    }

    static List<Integration> of(Resource api) {
        List<Integration> out = new ArrayList<>();
        Optional<Value> body = body(api);
        if (body.isEmpty()) {
            return out;
        }
        EventSourceKind kind = api.is("AWS::ApiGateway::RestApi") || api.is("AWS::Serverless::Api")
                ? EventSourceKind.API
                : EventSourceKind.HTTP_API;
        body.get().get("paths").filter(Value::isMapping).ifPresent(paths -> {
            for (Map.Entry<String, Value> path : paths.fields()) {
                if (!path.getValue().isMapping()) {
                    continue;
                }
                for (Map.Entry<String, Value> op : path.getValue().fields()) {
                    if (!METHODS.contains(op.getKey().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    op.getValue().get("x-amazon-apigateway-integration").filter(Value::isMapping).ifPresent(i ->
                            i.get("uri").ifPresent(uri -> out.add(new Integration(kind, op.getValue(), i, uri))));
                }
            }
        });
        return out;
    }

    private static Optional<Value> body(Resource r) {
        String property = switch (r.type()) {
            case "AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api" -> "Body";
            case "AWS::Serverless::Api", "AWS::Serverless::HttpApi" -> "DefinitionBody";
            default -> null;
        };
        return property == null ? Optional.empty() : r.property(property).filter(Value::isMapping);
    }
}
