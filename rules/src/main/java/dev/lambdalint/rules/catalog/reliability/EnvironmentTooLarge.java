package dev.lambdalint.rules.catalog.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.nio.charset.StandardCharsets;
import java.util.Map;

@RuleInfo(
        id = "LL702",
        name = "environment-too-large",
        severity = Severity.ERROR,
        summary = "Environment variables above the 4 KB that Lambda accepts for all of them together",
        rationale = """
                Lambda limits a function's environment variables to 4 KB in all, names and values together; \
                a larger set fails the deployment. Only what the template states is counted: literal values, \
                the literal text of an Fn::Sub without its ${...} variables, the literal parts and separators \
                of an Fn::Join, the shorter branch of an Fn::If. Values only a deployment knows (Ref, GetAtt, \
                imports) count as empty, so a finding means the limit is certainly exceeded.""",
        fix = "Move large values (JSON documents, certificates, long lists) to SSM Parameter Store, Secrets Manager, AppConfig or S3, and pass their names in the environment.",
        example = """
                Environment:
                  Variables:
                    RULES_PARAMETER: /orders/routing-rules   # the document lives in Parameter Store""",
        tags = {"limits", "environment"})
public final class EnvironmentTooLarge implements TemplateRule {
    private static final int MAX_DEPTH = 16;

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        int limit = context.policy().limits().environmentMaxBytes();
        for (FunctionView fn : template.functions()) {
            for (Value variables : EnvironmentVariables.of(template, fn)) {
                long bytes = 0;
                for (Map.Entry<String, Value> e : variables.fields()) {
                    bytes += utf8(e.getKey()) + literalBytes(e.getValue().node(), 0);
                }
                if (bytes > limit) {
                    out.report(this, fn, variables.pointer(), String.format(
                            "Function %s has environment variables of at least %d bytes (names and known values), above the %d bytes Lambda accepts: the deployment fails",
                            fn.logicalId(), bytes, limit));
                }
            }
        }
    }

    /** The bytes of {@code node} that are known before deployment: a lower bound of the deployed value. */
    private static long literalBytes(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return 0;
        }
        if (node.isValueNode()) {
            return node.isNull() ? 0 : utf8(node.asText());
        }
        String fn = Intrinsics.functionName(node);
        if (fn == null) {
            return 0;
        }
        JsonNode arg = node.get(fn);
        return switch (fn) {
            case "Fn::Sub" -> {
                JsonNode text = arg.isArray() && arg.size() > 0 ? arg.get(0) : arg;
                yield text.isTextual() ? subLiteralBytes(text.asText()) : 0;
            }
            case "Fn::Join" -> {
                if (!arg.isArray() || arg.size() != 2 || !arg.get(1).isArray()) {
                    yield 0;
                }
                JsonNode parts = arg.get(1);
                long sum = arg.get(0).isTextual() ? (long) utf8(arg.get(0).asText()) * Math.max(0, parts.size() - 1) : 0;
                for (JsonNode part : parts) {
                    sum += literalBytes(part, depth + 1);
                }
                yield sum;
            }
            case "Fn::If" -> arg.isArray() && arg.size() == 3
                    ? Math.min(literalBytes(arg.get(1), depth + 1), literalBytes(arg.get(2), depth + 1))
                    : 0;
            default -> 0;
        };
    }

    /** The text of an Fn::Sub template outside its {@code ${...}} variables. */
    private static long subLiteralBytes(String text) {
        long bytes = 0;
        int i = 0;
        int start;
        while ((start = text.indexOf("${", i)) >= 0) {
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                break;
            }
            bytes += utf8(text.substring(i, start));
            i = end + 1;
        }
        return bytes + utf8(text.substring(i));
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
