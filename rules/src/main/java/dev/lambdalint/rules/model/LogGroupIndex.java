package dev.lambdalint.rules.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The log groups of one template, indexed once by logical id and by name (as a {@link NameTemplate}), so
 * that finding a function's log group never scans all resources.
 */
public final class LogGroupIndex {
    static final String LOG_GROUP = "AWS::Logs::LogGroup";
    static final String CDK_LOG_RETENTION = "Custom::LogRetention";
    private static final String LAMBDA_PREFIX = "/aws/lambda/";

    private final Map<String, LogGroup> byId = new HashMap<>();
    private final Map<String, List<LogGroup>> byName = new HashMap<>();

    LogGroupIndex(Iterable<Resource> resources) {
        for (Resource r : resources) {
            if (!r.is(LOG_GROUP) && !r.is(CDK_LOG_RETENTION)) {
                continue;
            }
            Optional<Value> retention = r.property("RetentionInDays");
            boolean hasRetention = retention.isPresent() && !Intrinsics.isNoValue(retention.get().node());
            LogGroup group = new LogGroup(r, hasRetention);
            if (r.is(LOG_GROUP)) {
                byId.put(r.logicalId(), group);
            }
            r.property("LogGroupName").flatMap(n -> NameTemplate.of(n.node()))
                    .ifPresent(name -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(group));
        }
    }

    /** The {@code AWS::Logs::LogGroup} with this logical id. */
    public Optional<LogGroup> byLogicalId(String logicalId) {
        return Optional.ofNullable(byId.get(logicalId));
    }

    /** Log groups whose name is written as {@code name} (a {@link NameTemplate}). */
    public List<LogGroup> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /**
     * The log groups named after the function's default log group, {@code /aws/lambda/<function name>}: with the
     * name from {@code Ref} of the function, or from its {@code FunctionName} as written.
     */
    public List<LogGroup> defaultGroupsOf(FunctionView fn) {
        Set<LogGroup> out = new LinkedHashSet<>(named(LAMBDA_PREFIX + "${" + fn.logicalId() + "}"));
        fn.property("FunctionName").flatMap(n -> NameTemplate.of(n.node()))
                .ifPresent(name -> out.addAll(named(LAMBDA_PREFIX + name)));
        return List.copyOf(out);
    }

    /**
     * The log group that {@code LoggingConfig.LogGroup} (a log group name) designates: a {@code Ref} to a log
     * group of this template, or a name that one of them carries. Empty when it is not in this template.
     */
    public Optional<LogGroup> designatedBy(Value logGroupName) {
        if ("Ref".equals(Intrinsics.functionName(logGroupName.node()))) {
            Optional<LogGroup> byRef = byLogicalId(logGroupName.node().get("Ref").asText());
            if (byRef.isPresent()) {
                return byRef;
            }
        }
        return NameTemplate.of(logGroupName.node()).flatMap(name -> named(name).stream()
                .filter(LogGroup::hasRetention)
                .findFirst()
                .or(() -> named(name).stream().findFirst()));
    }
}
