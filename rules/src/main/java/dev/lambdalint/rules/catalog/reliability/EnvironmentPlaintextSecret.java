package dev.lambdalint.rules.catalog.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RuleInfo(
        id = "LL703",
        name = "environment-plaintext-secret",
        severity = Severity.WARNING,
        summary = "An environment variable named like a secret holds a literal value written in the template",
        rationale = """
                A password, token or key written into the template is in version control, in every copy of \
                the template CloudFormation keeps, and in the function configuration that anyone with \
                lambda:GetFunction can read. The rule looks at variables whose name ends in a secret word \
                (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, SECRET_ACCESS_KEY, CREDENTIALS, ...) and \
                reports literal values. Names of where a secret lives (SECRET_ARN, DB_SECRET_NAME, \
                TOKEN_PARAMETER, TOKEN_URL) are not secrets, nor are values that are dynamic references \
                ({{resolve:secretsmanager:...}}, {{resolve:ssm-secure:...}}), intrinsics, empty strings, \
                switches (true, false), ARNs and paths.""",
        fix = "Keep the secret in Secrets Manager or SSM Parameter Store (SecureString) and pass its name or ARN, reading it at run time (the Parameters and Secrets Lambda extension caches it), or at least use a {{resolve:secretsmanager:...}} dynamic reference.",
        example = """
                Environment:
                  Variables:
                    DB_SECRET_ARN: !Ref DatabaseSecret   # read at run time""",
        tags = {"security", "environment"})
public final class EnvironmentPlaintextSecret implements TemplateRule {
    private static final int MAX_DEPTH = 16;
    private static final Set<String> SWITCHES = Set.of(
            "true", "false", "yes", "no", "on", "off", "none", "null", "enabled", "disabled");

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            Set<String> reported = new HashSet<>();
            for (Value variables : EnvironmentVariables.of(template, fn)) {
                for (Map.Entry<String, Value> e : variables.fields()) {
                    if (!SecretNames.looksSecret(e.getKey())) {
                        continue;
                    }
                    List<Value> literals = new ArrayList<>();
                    literals(e.getValue(), literals, 0);
                    for (Value literal : literals) {
                        if (looksLikeASecretValue(literal) && reported.add(literal.pointer())) {
                            // Never repeat the value: the finding would spread the secret further.
                            out.report(this, fn, literal.pointer(), String.format(
                                    "Function %s sets environment variable %s to a literal value written in the template: the secret is readable in source control and in the function configuration",
                                    fn.logicalId(), e.getKey()));
                        }
                    }
                }
            }
        }
    }

    /** The literal values a variable can take: itself, each branch of an Fn::If, an Fn::Sub without variables. */
    private static void literals(Value value, List<Value> out, int depth) {
        JsonNode node = value.node();
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isValueNode()) {
            out.add(value);
            return;
        }
        String fn = Intrinsics.functionName(node);
        JsonNode arg = fn == null ? null : node.get(fn);
        if ("Fn::If".equals(fn) && arg.isArray() && arg.size() == 3) {
            String at = Pointers.child(value.pointer(), fn);
            literals(new Value(arg.get(1), Pointers.child(at, 1)), out, depth + 1);
            literals(new Value(arg.get(2), Pointers.child(at, 2)), out, depth + 1);
        } else if ("Fn::Sub".equals(fn) && arg.isTextual() && !arg.asText().contains("${")) {
            out.add(new Value(arg, Pointers.child(value.pointer(), fn)));
        }
        // Ref, GetAtt, ImportValue, Sub with variables, ...: the value is not written here.
    }

    private static boolean looksLikeASecretValue(Value literal) {
        if (literal.node().isNull()) {
            return false;
        }
        String v = literal.node().asText().trim();
        if (v.isEmpty() || SWITCHES.contains(v.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // Dynamic references are resolved by CloudFormation at deploy time; the template holds only the reference.
        if (v.startsWith("{{resolve:")) {
            return false;
        }
        // Where the secret lives, not the secret: an ARN, a KMS alias, a parameter or file path, a URL
        // without credentials.
        if (v.startsWith("arn:") || v.startsWith("alias/") || (v.startsWith("/") && !v.contains(" "))) {
            return false;
        }
        return !(v.contains("://") && !v.contains("@"));
    }
}
