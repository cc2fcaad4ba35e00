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
 */
public final class CdkInternalFunctions {
    private static final Pattern UUID_SUFFIX = Pattern.compile(".*[0-9a-fA-F]{32}$");
    private static final Pattern UUID_INSIDE = Pattern.compile(".*[0-9a-fA-F]{32}.*");
    private static final List<String> FRAMEWORK = List.of("framework-onEvent", "framework-isComplete", "framework-onTimeout");
    private static final String USER_SINGLETON = "SingletonLambda";
    /** The Provider framework's functions by logical id: the construct ids run together, then an 8-digit hash. */
    private static final Pattern FRAMEWORK_LOGICAL_ID = Pattern.compile(".+framework(onEvent|isComplete|onTimeout)[0-9A-F]{8}");

    private CdkInternalFunctions() {}

    public static boolean isInternal(LoadedTemplate template, String logicalId) {
        return of(template, List.of(logicalId)).contains(logicalId);
    }

    /**
     * Those of {@code functionIds} (functions of {@code template}) that the CDK added on its own. Whether
     * the template is a CDK one is decided once, by scanning its resources, however many functions it has.
     */
    public static Set<String> of(LoadedTemplate template, Collection<String> functionIds) {
        Set<String> out = new LinkedHashSet<>();
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

    static boolean pathIsInternal(String constructPath) {
        String[] segments = constructPath.split("/");
        // The first segment is the stack (or stage); internal constructs sit below it.
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            boolean singleton = UUID_SUFFIX.matcher(s).matches() && !s.startsWith(USER_SINGLETON);
            if (s.startsWith("Custom::") || FRAMEWORK.contains(s) || singleton) {
                return true;
            }
        }
        return false;
    }

    static boolean logicalIdIsInternal(String logicalId) {
        return (UUID_INSIDE.matcher(logicalId).matches() && !logicalId.startsWith(USER_SINGLETON))
                || (logicalId.startsWith("Custom") && logicalId.contains("CustomResourceProvider"))
                || FRAMEWORK_LOGICAL_ID.matcher(logicalId).matches();
    }

    /** A template the CDK synthesized: from a cloud assembly, or carrying the CDK's own marks. */
    static boolean isCdkTemplate(LoadedTemplate template) {
        if (template.stack().isPresent()) {
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
