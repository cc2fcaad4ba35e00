package dev.lambdalint.rules.catalog.meta;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.LoadProblem;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.Resource;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The input cannot be read or is not a valid template. The loader raises it for files it cannot parse;
 * this class raises it for what only the model shows: resources without a type, SAM resources without
 * the SAM transform, function properties of the wrong type, and intrinsic functions in resource
 * properties given the wrong number of arguments (all of which CloudFormation rejects).
 */
@RuleInfo(
        id = "LL001",
        name = "template-invalid",
        severity = Severity.ERROR,
        summary = "The input cannot be read or is not a valid template",
        rationale = """
                A file that cannot be parsed, a resource without a Type, a SAM template without the \
                Transform line, a property of the wrong type (MemorySize: "abc"), an intrinsic function \
                given the wrong number of arguments (Fn::If with two), or a malformed Fn::ForEach (not \
                [identifier, collection, fragment], or nested more than five loops deep) is rejected by \
                CloudFormation before anything is deployed. A key written twice in one mapping is \
                reported too, at the second key: CloudFormation accepts it and silently keeps the last \
                value, so the first one, which a reader sees first, never applies; lambdalint lints the \
                template with the value CloudFormation keeps. The other inputs of the run are still \
                linted, and so is the rest of a template whose fault lambdalint can read past.""",
        fix = "Correct the file at the position given; the message says what was expected there.",
        example = """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      MemorySize: 512""",
        tags = {"input"})
public final class TemplateInvalid implements TemplateRule {

    private record Check(String path, Kind kind) {}

    private enum Kind { WHOLE_NUMBER, MAPPING, LIST, TEXT }

    private static final List<Check> FUNCTION_CHECKS = List.of(
            new Check("MemorySize", Kind.WHOLE_NUMBER),
            new Check("Timeout", Kind.WHOLE_NUMBER),
            new Check("ReservedConcurrentExecutions", Kind.WHOLE_NUMBER),
            new Check("EphemeralStorage", Kind.MAPPING),
            new Check("EphemeralStorage/Size", Kind.WHOLE_NUMBER),
            new Check("ProvisionedConcurrencyConfig", Kind.MAPPING),
            new Check("ProvisionedConcurrencyConfig/ProvisionedConcurrentExecutions", Kind.WHOLE_NUMBER),
            new Check("VpcConfig", Kind.MAPPING),
            new Check("VpcConfig/SubnetIds", Kind.LIST),
            new Check("VpcConfig/SecurityGroupIds", Kind.LIST),
            new Check("Environment", Kind.MAPPING),
            new Check("Environment/Variables", Kind.MAPPING),
            new Check("Events", Kind.MAPPING),
            new Check("Architectures", Kind.LIST),
            new Check("Layers", Kind.LIST),
            new Check("Runtime", Kind.TEXT));

    /**
     * The arguments of the common intrinsics, as CloudFormation checks them before it creates anything.
     * A list's length is checked, not what its items are: an item may itself be an intrinsic.
     */
    private static final Map<String, String> ARGUMENTS = Map.of(
            "Fn::If", "a list of 3: a condition name, the value when it is true, the value when it is false",
            "Fn::Select", "a list of 2: an index and a list",
            "Fn::Join", "a list of 2: a delimiter and a list of values",
            "Fn::FindInMap", "a list of 3: a map name, a top-level key and a second-level key",
            "Fn::Equals", "a list of 2 values to compare",
            "Fn::Sub", "a string, or a list of 2: a string and a mapping of variables",
            "Fn::GetAtt", "a list of 2: a logical id and an attribute name (or the text Resource.Attribute)",
            "Ref", "the name of a resource or parameter");

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (LoadProblem problem : template.template().loadProblems()) {
            out.report(this, resourceOf(problem.pointer()), problem.pointer(), problem.message());
        }
        checkIntrinsics(template, out);
        Optional<Resource> firstSam = Optional.empty();
        for (Resource r : template.resources()) {
            if (!r.declaration().isMapping()) {
                out.report(this, r.logicalId(), r.pointer(), String.format(
                        "Resource %s must be a mapping with Type and Properties", r.logicalId()));
            } else if (r.type().isEmpty()) {
                out.report(this, r.logicalId(), r.pointer(), String.format(
                        "Resource %s has no Type", r.logicalId()));
            } else if (r.type().startsWith("AWS::Serverless::") && firstSam.isEmpty()) {
                firstSam = Optional.of(r);
            }
            r.declaration().get("Properties")
                    .filter(p -> !p.isMapping() && !p.isIntrinsic())
                    .ifPresent(p -> out.report(this, r.logicalId(), p.pointer(), String.format(
                            "Properties of %s must be a mapping, not %s", r.logicalId(), describe(p))));
        }
        if (firstSam.isPresent() && !template.template().declaresSamTransform()) {
            Resource r = firstSam.get();
            out.report(this, r.logicalId(), r.declaration().get("Type").map(Value::pointer).orElse(r.pointer()),
                    String.format(
                            "%s is a SAM resource, but the template has no 'Transform: AWS::Serverless-2016-10-31': CloudFormation rejects it",
                            r.logicalId()));
        }
        for (FunctionView fn : template.functions()) {
            for (Check check : FUNCTION_CHECKS) {
                Optional<Value> value = at(fn, check.path());
                for (Value candidate : template.candidates(value)) {
                    String problem = problem(check.kind(), candidate);
                    if (problem != null) {
                        out.report(this, fn, candidate.pointer(), String.format(
                                "Function %s: %s must be %s, not %s",
                                fn.logicalId(), check.path().replace('/', '.'), problem, describe(candidate)));
                    }
                }
            }
        }
    }

    /** Every intrinsic under each resource's Properties; iterative, since nesting is bounded only by the loader's limit. */
    private void checkIntrinsics(TemplateModel template, Findings out) {
        boolean defaultsAllowed = declaresTransform(template.template().root(), "AWS::LanguageExtensions");
        for (Resource r : template.resources()) {
            Optional<Value> properties = r.declaration().get("Properties");
            if (properties.isEmpty()) {
                continue;
            }
            Deque<Value> pending = new ArrayDeque<>();
            pending.push(properties.get());
            while (!pending.isEmpty()) {
                Value v = pending.pop();
                String function = Intrinsics.functionName(v.node());
                if (function != null && ARGUMENTS.containsKey(function)) {
                    JsonNode argument = v.node().get(function);
                    if (!argumentsFit(function, argument, defaultsAllowed)) {
                        out.report(this, r.logicalId(), Pointers.child(v.pointer(), function), String.format(
                                "%s takes %s%s, not %s", function, ARGUMENTS.get(function),
                                function.equals("Fn::FindInMap") && defaultsAllowed ? " (or 4, the last {DefaultValue: ...})" : "",
                                shape(function, argument)));
                    }
                }
                // Into intrinsics too (an If's branches hold intrinsics), which Value.fields() does not open.
                if (v.node().isObject()) {
                    v.node().fields().forEachRemaining(e ->
                            pending.push(new Value(e.getValue(), Pointers.child(v.pointer(), e.getKey()))));
                } else {
                    pending.addAll(v.items());
                }
            }
        }
    }

    /** The logical id a pointer under {@code /Resources} names; empty for the other sections. */
    private static String resourceOf(String pointer) {
        List<String> segments = Pointers.segments(pointer);
        return segments.size() >= 2 && segments.get(0).equals("Resources") ? segments.get(1) : "";
    }

    private static boolean argumentsFit(String function, JsonNode argument, boolean defaultsAllowed) {
        if ("Fn::Transform".equals(Intrinsics.functionName(argument))) {
            // A macro writes the arguments before CloudFormation looks at them.
            return true;
        }
        int n = argument.isArray() ? argument.size() : -1;
        return switch (function) {
            case "Fn::If" -> n == 3;
            case "Fn::Select", "Fn::Join", "Fn::Equals" -> n == 2;
            case "Fn::FindInMap" -> n == 3 || (n == 4 && defaultsAllowed);
            case "Fn::Sub" -> argument.isTextual() || (n == 2 && argument.get(1).isObject());
            case "Fn::GetAtt" -> n == 2 || (argument.isTextual() && dotted(argument.asText()));
            case "Ref" -> argument.isTextual() && !argument.asText().isEmpty();
            default -> true;
        };
    }

    private static boolean dotted(String text) {
        int dot = text.indexOf('.');
        return dot > 0 && dot < text.length() - 1;
    }

    private static String shape(String function, JsonNode argument) {
        if (function.equals("Fn::Sub") && argument.isArray() && argument.size() == 2) {
            return "a list of 2 whose second item is not a mapping";
        }
        if (argument.isArray()) {
            return "a list of " + argument.size();
        }
        if (argument.isObject()) {
            return "a mapping";
        }
        if (argument.isNull()) {
            return "nothing";
        }
        return argument.isTextual() ? "the text \"" + abbreviate(argument.asText()) + "\"" : argument.asText();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static boolean declaresTransform(JsonNode root, String name) {
        JsonNode transform = root.path("Transform");
        if (transform.isTextual()) {
            return transform.asText().equals(name);
        }
        for (JsonNode t : transform) {
            if (t.isTextual() && t.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Value> at(FunctionView fn, String path) {
        String[] parts = path.split("/");
        Optional<Value> v = fn.property(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            v = v.flatMap(x -> x.get(part));
        }
        return v;
    }

    /** What the value should have been, or null when it is fine. */
    private static String problem(Kind kind, Value v) {
        Function<Value, Boolean> ok = switch (kind) {
            case WHOLE_NUMBER -> x -> x.integer().isPresent();
            case MAPPING -> Value::isMapping;
            // A list parameter's Default is a comma-separated string; a string written in the property
            // itself (Architectures: arm64) is not a list, and CloudFormation rejects it.
            case LIST -> x -> x.isList() || (x.node().isTextual() && fromParameter(x));
            // Every parameter value is a string to CloudFormation, even when YAML reads 3.12 as a number.
            case TEXT -> x -> x.node().isTextual() || (x.node().isValueNode() && fromParameter(x));
        };
        if (ok.apply(v)) {
            return null;
        }
        return switch (kind) {
            case WHOLE_NUMBER -> "a whole number";
            case MAPPING -> "a mapping";
            case LIST -> "a list";
            case TEXT -> "a string";
        };
    }

    /** True when the candidate is a parameter's Default or one of its AllowedValues. */
    private static boolean fromParameter(Value v) {
        return v.pointer().startsWith("/Parameters/");
    }

    private static String describe(Value v) {
        if (v.node().isNull()) {
            return "empty";
        }
        if (v.isList()) {
            return "a list";
        }
        if (v.isMapping()) {
            return "a mapping";
        }
        String text = v.node().asText();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return v.node().isTextual() ? "\"" + text + "\"" : text;
    }
}
