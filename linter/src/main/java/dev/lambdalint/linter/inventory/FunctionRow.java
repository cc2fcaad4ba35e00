package dev.lambdalint.linter.inventory;

import java.util.List;
import java.util.Optional;

/** One function of the inventory. */
public record FunctionRow(
        String file,
        Optional<String> stack,
        String logicalId,
        Optional<String> constructPath,
        boolean cdkInternal,
        Setting runtime,
        Setting architecture,
        Setting memoryMb,
        Setting vcpus,
        Setting ephemeralStorageMb,
        Setting timeoutSeconds,
        Setting reservedConcurrency,
        Setting provisionedConcurrency,
        Setting subnets,
        Setting securityGroups,
        List<String> eventSources,
        int findings) {

    /**
     * The name a person knows the function by: its construct path below the stack for CDK output,
     * else its logical id.
     */
    public String name() {
        if (constructPath.isEmpty()) {
            return logicalId;
        }
        String path = constructPath.get();
        if (path.endsWith("/Resource")) {
            path = path.substring(0, path.length() - "/Resource".length());
        }
        String stackPrefix = stack.map(s -> s + "/").orElse("");
        if (!stackPrefix.isEmpty() && path.startsWith(stackPrefix)) {
            path = path.substring(stackPrefix.length());
        }
        return path;
    }

    /** The group the table puts it in: the stack, or the file for a plain template. */
    public String group() {
        return stack.orElse(file);
    }
}
