package dev.lambdalint.rules.model;

import dev.lambdalint.rules.schema.PropertyNames;
import java.util.List;
import java.util.Optional;

/**
 * One function, plain ({@code AWS::Lambda::Function}) or SAM ({@code AWS::Serverless::Function}, with
 * Globals already merged), seen through the properties the rules judge. Property values are raw (they
 * may be intrinsics); {@link TemplateModel#candidates} turns them into the values they can take.
 */
public final class FunctionView {
    public static final String PLAIN_TYPE = "AWS::Lambda::Function";
    public static final String SAM_TYPE = "AWS::Serverless::Function";

    private final Resource resource;
    private final List<EventSource> eventSources;
    private final List<ProvisionedConcurrency> provisionedConcurrency;

    FunctionView(Resource resource, List<EventSource> eventSources, List<ProvisionedConcurrency> provisioned) {
        this.resource = resource;
        this.eventSources = List.copyOf(eventSources);
        this.provisionedConcurrency = List.copyOf(provisioned);
    }

    public String logicalId() {
        return resource.logicalId();
    }

    /** Pointer to the resource: where findings about a missing property point. */
    public String pointer() {
        return resource.pointer();
    }

    public Resource resource() {
        return resource;
    }

    public boolean isSam() {
        return resource.is(SAM_TYPE);
    }

    /** The property as written (after Globals), when present. */
    public Optional<Value> property(String name) {
        return resource.property(name);
    }

    /**
     * True when the property is known to be absent. False when it is present, and also when the
     * properties cannot be read statically (an intrinsic in place of the whole {@code Properties}), and
     * when it is written under a misspelt name ({@code MemmorySize}): LL004 reports the misspelling, and
     * every rule that would call the property "not set" stays silent, since the fix is the name.
     */
    public boolean lacks(String name) {
        Optional<Value> props = resource.declaration().get("Properties");
        if (props.isEmpty()) {
            return true;
        }
        if (!props.get().isMapping()) {
            return false;
        }
        return props.get().get(name).isEmpty() && !misspelt(List.of(), props.get(), name);
    }

    /**
     * True when {@code mapping}, written at {@code path} inside the function's properties
     * ({@code ["VpcConfig"]}), lacks {@code name} only because it is written there under a misspelt key
     * ({@code SecurityGroupIdz}): LL004 reports the misspelling, and a rule that would call {@code name}
     * "not set" stays silent, as {@link #lacks} does for the function's own properties.
     */
    public boolean misspelt(List<String> path, Value mapping, String name) {
        return PropertyNames.misspeltIn(resource.type(), path, mapping.node(), name);
    }

    public Optional<Value> memorySize() {
        return property("MemorySize");
    }

    public Optional<Value> timeout() {
        return property("Timeout");
    }

    public Optional<Value> runtime() {
        return property("Runtime");
    }

    public Optional<Value> reservedConcurrency() {
        return property("ReservedConcurrentExecutions");
    }

    public Optional<Value> vpcConfig() {
        return property("VpcConfig");
    }

    public Optional<Value> role() {
        return property("Role");
    }

    /**
     * {@code EphemeralStorage.Size} as written. When {@code EphemeralStorage} itself may be an intrinsic
     * ({@code !If [IsProd, {Size: 4096}, ...]}), use {@code template.integers(fn.property("EphemeralStorage"), "Size")}.
     */
    public Optional<Value> ephemeralStorageSize() {
        return property("EphemeralStorage").flatMap(e -> e.get("Size"));
    }

    /** Where the function's code is named: SAM {@code CodeUri}, else {@code Code}. */
    public Optional<Value> code() {
        return isSam() ? property("CodeUri") : property("Code");
    }

    /** {@code Zip} (the default) or {@code Image}. */
    public Optional<Value> packageType() {
        return property("PackageType");
    }

    /** The {@code Layers} list, with SAM Globals entries first. */
    public Optional<Value> layers() {
        return property("Layers");
    }

    /** {@code Architectures}: one of {@code x86_64} (the default) or {@code arm64}. */
    public Optional<Value> architectures() {
        return property("Architectures");
    }

    /** {@code SnapStart}, a mapping with {@code ApplyOn} ({@code PublishedVersions} or {@code None}). */
    public Optional<Value> snapStart() {
        return property("SnapStart");
    }

    /** {@code FileSystemConfigs}: the EFS access points the function mounts. */
    public Optional<Value> fileSystemConfigs() {
        return property("FileSystemConfigs");
    }

    /**
     * Lambda Managed Instances functions ({@code CapacityProviderConfig}) run on EC2 capacity the team
     * provides, with other memory and timeout limits than standard functions.
     */
    public boolean isManagedInstance() {
        return property("CapacityProviderConfig").isPresent();
    }

    /** {@code FunctionName} as written; without it CloudFormation generates the name. */
    public Optional<Value> functionName() {
        return property("FunctionName");
    }

    /** {@code Environment} as written (it may be an intrinsic; its {@code Variables} hold the variables). */
    public Optional<Value> environment() {
        return property("Environment");
    }

    /** {@code LoggingConfig.LogGroup}: the name of a custom log group instead of {@code /aws/lambda/<name>}. */
    public Optional<Value> loggingLogGroup() {
        return property("LoggingConfig").flatMap(c -> c.get("LogGroup"));
    }

    public List<EventSource> eventSources() {
        return eventSources;
    }

    public List<ProvisionedConcurrency> provisionedConcurrency() {
        return provisionedConcurrency;
    }

    @Override
    public String toString() {
        return logicalId();
    }
}
