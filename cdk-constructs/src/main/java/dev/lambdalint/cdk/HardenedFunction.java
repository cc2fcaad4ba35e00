package dev.lambdalint.cdk;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.rules.policy.MemoryPolicy;
import dev.lambdalint.rules.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SelectedSubnets;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionProps;
import software.amazon.awscdk.services.lambda.IDestination;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.ILayerVersion;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.RuntimeFamily;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * A Lambda {@link Function} whose defaults are the recommended configuration, taken from the same
 * {@link Policy} the linter judges with: memory at the policy minimum for the runtime, an explicit
 * timeout, /tmp at the free 512 MB, arm64, active tracing, a log group with retention, SnapStart with a
 * published version and alias on Java 11+ zip functions, and a dead-letter queue (or a failure
 * destination) for asynchronous invocations.
 *
 * <p>Reserved concurrency is required: {@link Builder#build()} refuses without it, unless
 * {@link Builder#withoutReservedConcurrency(String)} states why, which is recorded as a lambdalint
 * suppression of LL301 on the function. Values outside Lambda's limits fail at construction with the
 * linter's rule id and message.
 *
 * <pre>{@code
 * HardenedFunction orders = HardenedFunction.Builder.create(this, "Orders")
 *         .runtime(Runtime.JAVA_21)
 *         .handler("example.Handler::handleRequest")
 *         .code(Code.fromAsset("handlers/java"))
 *         .reservedConcurrency(20)
 *         .build();
 * orders.addSqsSource(queue);
 * }</pre>
 */
public final class HardenedFunction extends Function {
    /** The timeout when none is given: well above Lambda's 3 s default, below API Gateway's 29 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.seconds(10);
    public static final RetentionDays DEFAULT_LOG_RETENTION = RetentionDays.ONE_MONTH;
    public static final String DEFAULT_ALIAS_NAME = "live";
    /** The least memory a hardened function gets by default, even when the policy allows less. */
    static final int MEMORY_FLOOR_MB = MemoryPolicy.DEFAULT.minimumMb();

    private static final int SNAPSTART_MAX_EPHEMERAL_MB = 512;
    private static final int SQS_MIN_MAXIMUM_CONCURRENCY = 2;
    private static final int SQS_MAX_MAXIMUM_CONCURRENCY = 1000;
    private static final String VPC_ACCESS_POLICY = "service-role/AWSLambdaVPCAccessExecutionRole";
    private static final String CDK_SNAPSTART_WARNING = "@aws-cdk/aws-lambda:snapStartRequirePublish";

    private final Settings settings;
    private final LogGroup hardenedLogGroup;
    private final Alias alias;
    private int sqsMaximumConcurrency;

    /** What {@link Builder#build()} decided before the function existed. */
    private record Settings(String path, Policy policy, Optional<Integer> reservedConcurrency,
                            Optional<String> unreservedReason, long timeoutSeconds, boolean snapStart,
                            String aliasName, Optional<IDestination> onFailure, Optional<IRole> vpcRole,
                            Optional<String> snapStartSkippedBecause, boolean ownDeadLetterQueue) {}

    private HardenedFunction(Construct scope, String id, FunctionProps props, Settings settings, LogGroup logGroup) {
        super(scope, id, props);
        this.settings = settings;
        this.hardenedLogGroup = logGroup;
        settings.unreservedReason().ifPresent(reason -> LambdaLint.suppress(this, "LL301", reason));
        if (settings.snapStart()) {
            // The alias (and the version it points at) is what callers invoke: SnapStart only
            // applies to published versions, never to $LATEST.
            this.alias = Alias.Builder.create(this, "Alias")
                    .aliasName(settings.aliasName())
                    .version(getCurrentVersion())
                    .build();
            Annotations.of(this).acknowledgeWarning(CDK_SNAPSTART_WARNING,
                    "HardenedFunction publishes a version and invokes it through alias " + settings.aliasName());
        } else {
            this.alias = null;
        }
        settings.snapStartSkippedBecause().ifPresent(reason -> LambdaLint.suppress(this, "LL603", reason));
        if (settings.ownDeadLetterQueue() && getDeadLetterQueue() != null) {
            // Refuse plain-HTTP access to the queue that holds failed events (cdk-nag AwsSolutions-SQS4),
            // so that the hardened default does not trade one finding for another.
            getDeadLetterQueue().addToResourcePolicy(PolicyStatement.Builder.create()
                    .effect(Effect.DENY)
                    .principals(List.of(new AnyPrincipal()))
                    .actions(List.of("sqs:*"))
                    .resources(List.of(getDeadLetterQueue().getQueueArn()))
                    .conditions(Map.of("Bool", Map.of("aws:SecureTransport", "false")))
                    .build());
        }
        settings.onFailure().ifPresent(destination -> getInvocationTarget().configureAsyncInvoke(
                EventInvokeConfigOptions.builder().onFailure(destination).build()));
        settings.vpcRole().ifPresent(role ->
                role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName(VPC_ACCESS_POLICY)));
    }

    /** What callers should invoke: the SnapStart alias when there is one, otherwise the function. */
    public IFunction getInvocationTarget() {
        return alias != null ? alias : this;
    }

    /** The alias of the published version, for SnapStart functions. */
    public Optional<Alias> getAlias() {
        return Optional.ofNullable(alias);
    }

    /** The log group the function writes to, with its retention. */
    public LogGroup getHardenedLogGroup() {
        return hardenedLogGroup;
    }

    /** The reserved concurrency, empty when the builder opted out (with a reason). */
    public Optional<Integer> getReservedConcurrency() {
        return settings.reservedConcurrency();
    }

    /** The policy whose defaults this function took. */
    public Policy getPolicy() {
        return settings.policy();
    }

    /** Feeds the function from {@code queue} with the defaults of {@link SqsSourceOptions}. */
    public SqsEventSource addSqsSource(IQueue queue) {
        return addSqsSource(queue, SqsSourceOptions.builder().build());
    }

    /**
     * Feeds the function (through its alias, for SnapStart) from {@code queue}. The queue's visibility
     * timeout is raised to at least six times the function timeout plus the batching window (the
     * documented recommendation; below the function timeout, CreateEventSourceMapping fails), and
     * the source's {@code MaximumConcurrency} is kept within the function's reserved concurrency,
     * summed over all its queues.
     *
     * @throws HardeningException when the queue or the reserve cannot satisfy that
     */
    public SqsEventSource addSqsSource(IQueue queue, SqsSourceOptions options) {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(options, "options");
        long window = options.maxBatchingWindow().map(d -> wholeSeconds(d, "maxBatchingWindow")).orElse(0L);
        long required = 6 * settings.timeoutSeconds() + window;
        QueueVisibility.ensureAtLeast(queue, required, options.importedQueueVisibilityTimeout(), settings.path());

        int maximum = maximumConcurrencyFor(queue, options);
        SqsEventSource source = SqsEventSource.Builder.create(queue)
                .batchSize(options.batchSize().orElse(null))
                .maxBatchingWindow(options.maxBatchingWindow().orElse(null))
                .reportBatchItemFailures(options.reportBatchItemFailures())
                .maxConcurrency(maximum)
                .build();
        getInvocationTarget().addEventSource(source);
        sqsMaximumConcurrency += maximum;
        return source;
    }

    private int maximumConcurrencyFor(IQueue queue, SqsSourceOptions options) {
        String queuePath = queue.getNode().getPath();
        Optional<Integer> reserved = settings.reservedConcurrency();
        int remaining = reserved.map(r -> r - sqsMaximumConcurrency).orElse(SQS_MAX_MAXIMUM_CONCURRENCY);
        int maximum;
        if (options.maxConcurrency().isPresent()) {
            maximum = options.maxConcurrency().get();
        } else if (reserved.isPresent()) {
            maximum = Math.min(remaining, SQS_MAX_MAXIMUM_CONCURRENCY);
        } else {
            throw new HardeningException("LL306", String.format(
                    "LL306 event-source-unbounded: Function %s has no reserved concurrency, so the SQS source %s needs maxConcurrency to bound it",
                    settings.path(), queuePath));
        }
        if (maximum < SQS_MIN_MAXIMUM_CONCURRENCY || maximum > SQS_MAX_MAXIMUM_CONCURRENCY) {
            String why = options.maxConcurrency().isPresent()
                    ? "maxConcurrency " + maximum
                    : "the " + remaining + " reserved concurrency left for it";
            throw new HardeningException("LL307", String.format(
                    "LL307 sqs-max-concurrency-over-reserved: Function %s cannot take SQS source %s: %s is outside the %d to %d that SQS MaximumConcurrency accepts",
                    settings.path(), queuePath, why, SQS_MIN_MAXIMUM_CONCURRENCY, SQS_MAX_MAXIMUM_CONCURRENCY));
        }
        if (reserved.isPresent() && maximum > remaining) {
            throw new HardeningException("LL307", String.format(
                    "LL307 sqs-max-concurrency-over-reserved: Function %s has %d reserved concurrency and its SQS sources already take %d: "
                            + "maxConcurrency %d for %s would let pollers invoke more than it may run, and messages would bounce back to the queue",
                    settings.path(), reserved.get(), sqsMaximumConcurrency, maximum, queuePath));
        }
        return maximum;
    }

    static long wholeSeconds(Duration d, String what) {
        if (Token.isUnresolved(d.toMilliseconds())) {
            throw new IllegalArgumentException(what + " must be known at synth time, not a token");
        }
        long millis = d.toMilliseconds().longValue();
        if (millis % 1000 != 0) {
            throw new IllegalArgumentException(what + " must be whole seconds, not " + millis + " ms");
        }
        return millis / 1000;
    }

    /** Builds a {@link HardenedFunction} in the style of the CDK's own builders. */
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private Runtime runtime;
        private String handler;
        private Code code;
        private Policy policy;
        private Number memorySize;
        private Duration timeout;
        private Size ephemeralStorageSize;
        private Architecture architecture = Architecture.ARM_64;
        private Tracing tracing = Tracing.ACTIVE;
        private RetentionDays logRetention = DEFAULT_LOG_RETENTION;
        private Number reservedConcurrency;
        private String unreservedReason;
        private String withoutSnapStartReason;
        private IVpc vpc;
        private SubnetSelection vpcSubnets;
        private List<ISecurityGroup> securityGroups;
        private IRole role;
        private IQueue deadLetterQueue;
        private IDestination onFailure;
        private String aliasName = DEFAULT_ALIAS_NAME;
        private String description;
        private String functionName;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<ILayerVersion> layers = new ArrayList<>();

        private Builder(Construct scope, String id) {
            this.scope = Objects.requireNonNull(scope, "scope");
            this.id = Objects.requireNonNull(id, "id");
        }

        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        public Builder runtime(Runtime value) {
            this.runtime = value;
            return this;
        }

        public Builder handler(String value) {
            this.handler = value;
            return this;
        }

        public Builder code(Code value) {
            this.code = value;
            return this;
        }

        /** The policy to take defaults from; by default the nearest {@code .lambdalint.yaml}'s (see {@link LambdaLint#config()}). */
        public Builder policy(Policy value) {
            this.policy = value;
            return this;
        }

        /** Takes the defaults from this lambdalint config's policy. */
        public Builder config(Config value) {
            this.policy = value.policy();
            return this;
        }

        /** Memory in MB; by default the policy minimum for the runtime. */
        public Builder memorySize(Number value) {
            this.memorySize = value;
            return this;
        }

        /** By default {@link #DEFAULT_TIMEOUT}. */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** /tmp size; by default the free 512 MB. */
        public Builder ephemeralStorageSize(Size value) {
            this.ephemeralStorageSize = value;
            return this;
        }

        /** By default arm64 (20 % cheaper per GB-second); x86_64 for native code built only for it. */
        public Builder architecture(Architecture value) {
            this.architecture = Objects.requireNonNull(value);
            return this;
        }

        public Builder tracing(Tracing value) {
            this.tracing = Objects.requireNonNull(value);
            return this;
        }

        public Builder logRetention(RetentionDays value) {
            this.logRetention = Objects.requireNonNull(value);
            return this;
        }

        /** The most copies of the function that may run at once; required unless {@link #withoutReservedConcurrency}. */
        public Builder reservedConcurrency(Number value) {
            this.reservedConcurrency = value;
            return this;
        }

        /**
         * Builds without reserved concurrency. The reason is written on the function as a lambdalint
         * suppression of LL301, where reviewers and the linter see it.
         */
        public Builder withoutReservedConcurrency(String reason) {
            this.unreservedReason = reason;
            return this;
        }

        /**
         * Builds a Java function without SnapStart (and so without the alias and version it needs), for
         * code that cannot be snapshotted: unique state made at init, connections that must not be
         * restored, features SnapStart does not support. The reason is written on the function as a
         * lambdalint suppression of LL603. Other runtimes have no SnapStart to opt out of; this is
         * ignored for them.
         */
        public Builder withoutSnapStart(String reason) {
            this.withoutSnapStartReason = reason;
            return this;
        }

        public Builder vpc(IVpc value) {
            this.vpc = value;
            return this;
        }

        public Builder vpcSubnets(SubnetSelection value) {
            this.vpcSubnets = value;
            return this;
        }

        /** Security groups in the VPC; without them the CDK creates one for the function. */
        public Builder securityGroups(List<? extends ISecurityGroup> value) {
            this.securityGroups = List.copyOf(value);
            return this;
        }

        public Builder role(IRole value) {
            this.role = value;
            return this;
        }

        /** The queue failed asynchronous events go to; by default one is created. */
        public Builder deadLetterQueue(IQueue value) {
            this.deadLetterQueue = value;
            return this;
        }

        /** Sends failed asynchronous events to this destination instead of a dead-letter queue. */
        public Builder onFailure(IDestination value) {
            this.onFailure = value;
            return this;
        }

        public Builder aliasName(String value) {
            this.aliasName = Objects.requireNonNull(value);
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder functionName(String value) {
            this.functionName = value;
            return this;
        }

        public Builder environment(Map<String, String> value) {
            this.environment.putAll(value);
            return this;
        }

        public Builder layers(List<? extends ILayerVersion> value) {
            this.layers.addAll(value);
            return this;
        }

        /**
         * @throws HardeningException when a value is outside Lambda's limits, reserved concurrency is
         *     missing without a reason, or the VPC placement has one Availability Zone
         * @throws IllegalArgumentException when runtime, handler or code is missing
         */
        public HardenedFunction build() {
            String path = scope.getNode().getPath().isEmpty() ? id : scope.getNode().getPath() + "/" + id;
            require(runtime, "runtime", path);
            require(handler, "handler", path);
            require(code, "code", path);
            Policy effective = policy != null ? policy : LambdaLint.config().policy();
            // Runtime.FROM_IMAGE: a container image, which has neither a runtime id nor SnapStart.
            boolean image = "FROM_IMAGE".equals(runtime.getName());

            long memory = memorySize != null ? known(memorySize) : defaultMemory(effective, runtime.getName());
            long storage = ephemeralStorageSize != null ? known(ephemeralStorageSize.toMebibytes()) : 512;
            long seconds = wholeSeconds(timeout != null ? timeout : DEFAULT_TIMEOUT, "timeout");
            LimitCheck.check(path, effective, image ? Optional.empty() : Optional.of(runtime.getName()),
                    unlessToken(memory), unlessToken(storage), OptionalLong.of(seconds));

            Optional<Integer> reserved = reservedConcurrency(path);
            checkVpc(path);

            boolean java11Plus = !image && runtime.getFamily() == RuntimeFamily.JAVA
                    && Boolean.TRUE.equals(runtime.getSupportsSnapStart());
            if (withoutSnapStartReason != null && withoutSnapStartReason.isBlank()) {
                throw new HardeningException("LL603", "LL603 snapstart-recommended: HardenedFunction " + path
                        + " opts out of SnapStart without a reason; withoutSnapStart(\"reason\") records it for reviewers");
            }
            boolean snapStartFits = storage == UNKNOWN || storage <= SNAPSTART_MAX_EPHEMERAL_MB;
            boolean snapStart = java11Plus && snapStartFits && withoutSnapStartReason == null;
            // Above 512 MB of /tmp SnapStart is refused and LL603 does not advise it: nothing to suppress then.
            Optional<String> snapStartSkipped = java11Plus && withoutSnapStartReason != null
                    ? Optional.of(withoutSnapStartReason.trim()) : Optional.empty();

            LogGroup logGroup = LogGroup.Builder.create(scope, id + "LogGroup")
                    .retention(logRetention)
                    .build();
            FunctionProps.Builder props = FunctionProps.builder()
                    .runtime(runtime)
                    .handler(handler)
                    .code(code)
                    .memorySize(memorySize != null ? memorySize : Integer.valueOf((int) memory))
                    .timeout(timeout != null ? timeout : DEFAULT_TIMEOUT)
                    .ephemeralStorageSize(ephemeralStorageSize != null ? ephemeralStorageSize : Size.mebibytes(512))
                    .architecture(architecture)
                    .tracing(tracing)
                    .logGroup(logGroup)
                    .description(description)
                    .functionName(functionName)
                    .role(role);
            reserved.ifPresent(props::reservedConcurrentExecutions);
            if (!environment.isEmpty()) {
                props.environment(environment);
            }
            if (!layers.isEmpty()) {
                props.layers(List.copyOf(layers));
            }
            if (snapStart) {
                props.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
            }
            if (vpc != null) {
                props.vpc(vpc).vpcSubnets(vpcSubnets);
                if (securityGroups != null && !securityGroups.isEmpty()) {
                    props.securityGroups(securityGroups);
                }
            }
            if (deadLetterQueue != null) {
                props.deadLetterQueue(deadLetterQueue);
            } else if (onFailure == null) {
                props.deadLetterQueueEnabled(true);
            }
            Settings settings = new Settings(path, effective, reserved, Optional.ofNullable(unreservedReason).map(String::trim),
                    seconds, snapStart, aliasName, Optional.ofNullable(onFailure),
                    vpc != null ? Optional.ofNullable(role) : Optional.empty(), snapStartSkipped,
                    deadLetterQueue == null && onFailure == null);
            return new HardenedFunction(scope, id, props.build(), settings, logGroup);
        }

        private static final long UNKNOWN = Long.MIN_VALUE;

        private static long known(Number n) {
            return Token.isUnresolved(n) ? UNKNOWN : n.longValue();
        }

        private static OptionalLong unlessToken(long value) {
            return value == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(value);
        }

        private static void require(Object value, String what, String path) {
            if (value == null) {
                throw new IllegalArgumentException("HardenedFunction " + path + " needs " + what + "(...)");
            }
        }

        private Optional<Integer> reservedConcurrency(String path) {
            boolean hasReason = unreservedReason != null && !unreservedReason.isBlank();
            if (reservedConcurrency != null && unreservedReason != null) {
                throw new IllegalArgumentException("HardenedFunction " + path
                        + " has both reservedConcurrency and withoutReservedConcurrency: choose one");
            }
            if (reservedConcurrency == null) {
                if (!hasReason) {
                    throw new HardeningException("LL301", String.format(
                            "LL301 reserved-concurrency-missing: HardenedFunction %s needs reservedConcurrency(n), the most copies that may run at once, "
                                    + "so that one burst cannot throttle every other function in the account; "
                                    + "or withoutReservedConcurrency(\"reason\") to opt out on the record",
                            path));
                }
                return Optional.empty();
            }
            if (Token.isUnresolved(reservedConcurrency)) {
                throw new IllegalArgumentException("HardenedFunction " + path + ": reservedConcurrency must be known at synth time, not a token");
            }
            int value = reservedConcurrency.intValue();
            if (value < 0 || value != reservedConcurrency.doubleValue()) {
                throw new IllegalArgumentException("HardenedFunction " + path + ": reservedConcurrency must be a whole number of 0 or more, not " + reservedConcurrency);
            }
            return Optional.of(value);
        }

        /** Two or more Availability Zones, so that one zone's outage does not stop the function. */
        private void checkVpc(String path) {
            if (vpc == null) {
                if (vpcSubnets != null || securityGroups != null) {
                    throw new IllegalArgumentException("HardenedFunction " + path + " has vpcSubnets or securityGroups but no vpc(...)");
                }
                return;
            }
            SelectedSubnets selected = vpcSubnets != null ? vpc.selectSubnets(vpcSubnets) : vpc.selectSubnets();
            Set<String> zones = new LinkedHashSet<>(selected.getAvailabilityZones());
            if (selected.getSubnetIds().size() < 2 || zones.size() < 2) {
                throw new HardeningException("LL402", String.format(
                        "LL402 vpc-single-subnet: HardenedFunction %s would be attached to %d subnet(s) in %d Availability Zone(s): "
                                + "select subnets in at least two zones, so that an outage in one does not stop the function",
                        path, selected.getSubnetIds().size(), zones.size()));
            }
        }
    }

    /** The policy minimum for the runtime, never less than {@link #MEMORY_FLOOR_MB}. */
    static int defaultMemory(Policy policy, String runtime) {
        return Math.max(policy.memory().minimumFor(Optional.of(runtime)), MEMORY_FLOOR_MB);
    }
}
