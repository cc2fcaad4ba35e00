package dev.lambdalint.linter.load.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.load.LoadedTemplate;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises functions the CDK library adds on its own: custom-resource providers, log retention,
 * BucketDeployment, bucket notifications, AwsCustomResource, the Provider framework. Users cannot
 * change them (aws-cdk #23204, #20426; checkov #7310), so findings on them are hidden by default.
 *
 * <p>They are singletons whose construct id is a purpose followed by a 32-digit hex UUID
 * ({@code LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a}), custom resource providers named
 * {@code Custom::...}, or the Provider framework's {@code framework-*} functions. Without a construct
 * path (a bare template), the logical id carries the same marks. A team's own {@code SingletonFunction}
 * without a purpose is named {@code SingletonLambda<uuid>}: that one is the team's code.
 *
 * <p>Some modules put their handlers in a nested stack of their own whose construct id is the module's
 * name ({@code @aws-cdk/aws-eks.ClusterResourceProvider}, {@code @aws-cdk/aws-eks.KubectlProvider},
 * {@code @aws-cdk/aws-dynamodb.ReplicaProvider}): the path shows it as a segment {@code @aws-cdk--...}
 * (the CDK replaces the slash), and the nested template's file name as {@code awscdkaws<module><Name>}
 * followed by a hash, which is all that is left when the template is linted alone. No team names a
 * construct {@code @aws-cdk/...}. The ECS instance drain hook is a plain function under a fixed id
 * ({@code DrainECSHook}) instead.
 */
public final class CdkInternalFunctions {
    private static final Pattern UUID_SUFFIX = Pattern.compile(".*[0-9a-fA-F]{32}$");
    private static final Pattern UUID_INSIDE = Pattern.compile(".*[0-9a-fA-F]{32}.*");
    private static final List<String> FRAMEWORK = List.of("framework-onEvent", "framework-isComplete", "framework-onTimeout");
    private static final String USER_SINGLETON = "SingletonLambda";
    /** A construct id of the form {@code @aws-cdk/<module>.<Name>}, as it appears in a construct path. */
    private static final String MODULE_NAMED = "@aws-cdk--";
    /** The same nested stack's template file: stack logical-id prefix, module and name, 8-digit hash. */
    private static final Pattern MODULE_NESTED_TEMPLATE = Pattern.compile(
            "(?:.*/)?[^/]*awscdk(?:aws)?[a-z0-9]+[A-Z][A-Za-z0-9]*[0-9A-F]{8}\\.nested\\.template\\.json");
    private static final String NESTED_TEMPLATE_SUFFIX = ".nested.template.json";
    /** aws-ecs's instance drain hook ({@code Cluster.addCapacity}): a plain Function under a fixed id. */
    private static final String ECS_DRAIN_HOOK = "DrainECSHook";
    private static final Pattern ECS_DRAIN_HOOK_LOGICAL_ID = Pattern.compile(".*DrainECSHookFunction[0-9A-F]{8}");
    /** The Provider framework's functions by logical id: the construct ids run together, then an 8-digit hash. */
    private static final Pattern FRAMEWORK_LOGICAL_ID = Pattern.compile(".+framework(onEvent|isComplete|onTimeout)[0-9A-F]{8}");

    private CdkInternalFunctions() {}

    /**
     * Those of {@code functionIds} (functions of {@code template}) that the CDK added on its own. Whether
     * the template is a CDK one is decided once, by scanning its resources, however many functions it has.
     */
    public static Set<String> of(LoadedTemplate template, Collection<String> functionIds) {
        Set<String> out = new LinkedHashSet<>();
        if (isModuleNestedStack(template)) {
            out.addAll(functionIds);
            return out;
        }
        Boolean cdk = null;
        for (String id : functionIds) {
            Optional<String> path = template.constructPath(id);
            if (path.isPresent()) {
                if (pathIsInternal(path.get())) {
                    out.add(id);
                }
                continue;
            }
            if (!logicalIdIsInternal(id)) {
                continue;
            }
            if (cdk == null) {
                cdk = isCdkTemplate(template);
            }
            if (cdk) {
                out.add(id);
            }
        }
        return out;
    }

    /** Whether the function at {@code constructPath} is one the CDK added on its own (also used by the CDK constructs). */
    public static boolean pathIsInternal(String constructPath) {
        String[] segments = constructPath.split("/");
        // The first segment is the stack (or stage); internal constructs sit below it.
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            boolean singleton = UUID_SUFFIX.matcher(s).matches() && !s.startsWith(USER_SINGLETON);
            if (s.startsWith("Custom::") || s.startsWith(MODULE_NAMED) || FRAMEWORK.contains(s) || singleton
                    || (s.equals(ECS_DRAIN_HOOK) && i + 1 < segments.length)) {
                return true;
            }
        }
        return false;
    }

    static boolean logicalIdIsInternal(String logicalId) {
        return (UUID_INSIDE.matcher(logicalId).matches() && !logicalId.startsWith(USER_SINGLETON))
                || (logicalId.startsWith("Custom") && logicalId.contains("CustomResourceProvider"))
                || FRAMEWORK_LOGICAL_ID.matcher(logicalId).matches()
                || ECS_DRAIN_HOOK_LOGICAL_ID.matcher(logicalId).matches();
    }

    /**
     * A nested stack that an aws-cdk-lib module adds on its own: every function in it is the CDK's.
     * Told by the stack's name in an assembly, or by the template's file name when it is linted alone.
     */
    static boolean isModuleNestedStack(LoadedTemplate template) {
        if (template.stack().map(s -> s.contains("/" + MODULE_NAMED)).orElse(false)) {
            return true;
        }
        return MODULE_NESTED_TEMPLATE.matcher(template.file().replace('\\', '/')).matches();
    }

    /** A template the CDK synthesized: from a cloud assembly, or carrying the CDK's own marks. */
    static boolean isCdkTemplate(LoadedTemplate template) {
        if (template.stack().isPresent() || template.file().endsWith(NESTED_TEMPLATE_SUFFIX)) {
            return true;
        }
        JsonNode root = template.template().root();
        if (root.path("Resources").has("CDKMetadata") || root.path("Parameters").has("BootstrapVersion")) {
            return true;
        }
        for (Iterator<JsonNode> it = root.path("Resources").elements(); it.hasNext(); ) {
            if (it.next().path("Metadata").has("aws:cdk:path")) {
                return true;
            }
        }
        return false;
    }
}
