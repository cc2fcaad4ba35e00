package dev.lambdalint.cdk;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.rules.catalog.concurrency.EventSourceUnbounded;
import dev.lambdalint.rules.catalog.concurrency.ReservedConcurrencyMissing;
import dev.lambdalint.rules.catalog.concurrency.ReservedConcurrencyZero;
import dev.lambdalint.rules.catalog.concurrency.SqsMaxConcurrencyOverReserved;
import dev.lambdalint.rules.catalog.runtime.SnapStartIncompatible;
import dev.lambdalint.rules.catalog.runtime.SnapStartRecommended;
import dev.lambdalint.rules.catalog.vpc.VpcSingleSubnet;
import dev.lambdalint.rules.policy.LambdaLimits;
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
import software.amazon.awscdk.interfaces.logs.ILogGroupRef;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SelectedSubnets;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.CfnEventInvokeConfig;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.EventInvokeConfig;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionProps;
import software.amazon.awscdk.services.lambda.IDestination;
import software.amazon.awscdk.services.lambda.IEventSource;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.ILayerVersion;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.RuntimeFamily;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sns.ITopic;
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
 *         .reservedConcurrentExecutions(20)
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

    /**
     * The range SQS accepts for an event source's ScalingConfig.MaximumConcurrency (Lambda API reference,
     * ScalingConfig). Not a policy threshold: no team can move it, and no rule compares against it.
     */
    private static final int SQS_MIN_MAXIMUM_CONCURRENCY = 2;
    private static final int SQS_MAX_MAXIMUM_CONCURRENCY = 1000;
    private static final String VPC_ACCESS_POLICY = "service-role/AWSLambdaVPCAccessExecutionRole";
    private static final String CDK_SNAPSTART_WARNING = "@aws-cdk/aws-lambda:snapStartRequirePublish";

    private final Settings settings;
    private final ILogGroup hardenedLogGroup;
    private final Alias alias;
    private int sqsMaximumConcurrency;
    private EventInvokeConfig asyncConfig;

    /** What {@link Builder#build()} decided before the function existed. */
    private record Settings(String path, Policy policy, Optional<Integer> reservedConcurrency,
                            Optional<String> unreservedReason, Optional<String> disabledReason, long timeoutSeconds,
                            boolean snapStart, String aliasName, Optional<EventInvokeConfigOptions> async,
                            Optional<IRole> vpcRole, Optional<String> snapStartSkippedBecause, boolean ownDeadLetterQueue,
                            List<IEventSource> events) {}

    private HardenedFunction(Construct scope, String id, FunctionProps props, Settings settings, ILogGroup logGroup) {
        super(scope, id, props);
        this.settings = settings;
        this.hardenedLogGroup = logGroup;
        settings.unreservedReason().ifPresent(reason -> SuppressionMetadata.suppress(this, RuleText.id(ReservedConcurrencyMissing.class), reason));
        settings.disabledReason().ifPresent(reason -> SuppressionMetadata.suppress(this, RuleText.id(ReservedConcurrencyZero.class), reason));
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
        settings.snapStartSkippedBecause().ifPresent(reason -> SuppressionMetadata.suppress(this, RuleText.id(SnapStartRecommended.class), reason));
        if (settings.ownDeadLetterQueue() && getDeadLetterQueue() != null) {
            // So that the hardened default does not trade one finding for another (cdk-nag AwsSolutions-SQS4).
            SqsDeadLetter.denyInsecureTransport(getDeadLetterQueue());
        }
        settings.async().ifPresent(this::configureAsyncInvoke);
        // After the alias exists, so that the sources feed what callers invoke.
        settings.events().forEach(this::addEventSource);
        settings.vpcRole().ifPresent(role ->
                role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName(VPC_ACCESS_POLICY)));
    }

    /**
     * What callers should invoke: the SnapStart alias when there is one, otherwise the function. Pass this,
     * not the function, to integrations ({@code new LambdaIntegration(fn.getInvocationTarget())}), rule
     * targets and destinations: the unqualified function runs {@code $LATEST}, where SnapStart never applies
     * and the alias's failure destination is not configured. {@link #restIntegration()} and
     * {@link #ruleTarget()} do that for the two most common cases.
     */
    public IFunction getInvocationTarget() {
        return alias != null ? alias : this;
    }

    /** An API Gateway REST integration that invokes {@link #getInvocationTarget()}. */
    public LambdaIntegration restIntegration() {
        return new LambdaIntegration(getInvocationTarget());
    }

    /** An EventBridge rule target that invokes {@link #getInvocationTarget()}. */
    public LambdaFunction ruleTarget() {
        return new LambdaFunction(getInvocationTarget());
    }

    /** Attaches {@code source} to {@link #getInvocationTarget()}: the alias of a SnapStart function. */
    @Override
    public void addEventSource(IEventSource source) {
        if (alias != null) {
            alias.addEventSource(source);
        } else {
            super.addEventSource(source);
        }
    }

    /** Grants invocation of {@link #getInvocationTarget()}, the alias of a SnapStart function. */
    @Override
    public Grant grantInvoke(IGrantable grantee) {
        return alias != null ? alias.grantInvoke(grantee) : super.grantInvoke(grantee);
    }

    /**
     * Configures asynchronous invocation of {@link #getInvocationTarget()}. May be called again after
     * the builder's {@code onFailure}/{@code onSuccess}, {@code retryAttempts} or {@code maxEventAge}:
     * a later call changes the retry attempts and the event age; a destination is set once.
     *
     * @throws IllegalArgumentException when a destination is given a second time
     */
    @Override
    public void configureAsyncInvoke(EventInvokeConfigOptions options) {
        if (asyncConfig == null) {
            if (alias != null) {
                alias.configureAsyncInvoke(options);
                asyncConfig = (EventInvokeConfig) alias.getNode().findChild("EventInvokeConfig");
            } else {
                super.configureAsyncInvoke(options);
                asyncConfig = (EventInvokeConfig) getNode().findChild("EventInvokeConfig");
            }
            return;
        }
        if (options.getOnFailure() != null || options.getOnSuccess() != null) {
            throw new IllegalArgumentException("HardenedFunction " + settings.path()
                    + " already has its asynchronous invocation configured; give onFailure/onSuccess once, to the builder");
        }
        CfnEventInvokeConfig cfn = (CfnEventInvokeConfig) asyncConfig.getNode().getDefaultChild();
        if (options.getRetryAttempts() != null) {
            cfn.setMaximumRetryAttempts(options.getRetryAttempts());
        }
        if (options.getMaxEventAge() != null) {
            cfn.setMaximumEventAgeInSeconds(options.getMaxEventAge().toSeconds());
        }
    }

    /** The alias of the published version, for SnapStart functions. */
    public Optional<Alias> getAlias() {
        return Optional.ofNullable(alias);
    }

    /** The log group the function writes to: the team's own ({@code logGroup(...)}) or one with retention. */
    public ILogGroup getHardenedLogGroup() {
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
        long window = options.maxBatchingWindow().map(d -> Durations.wholeSeconds(d, "maxBatchingWindow")).orElse(0L);
        LambdaLimits limits = settings.policy().limits();
        long required = limits.sqsVisibilityTimeoutFactor() * settings.timeoutSeconds() + window;
        QueueVisibility.ensureAtLeast(queue, required, options.importedQueueVisibilityTimeout(), settings.path(), limits);
        SqsDeadLetter.ensure(this, queue, options);

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
            throw RuleText.refusal(EventSourceUnbounded.class,
                    "Function %s has no reserved concurrency, so the SQS source %s needs maxConcurrency to bound it",
                    settings.path(), queuePath);
        }
        if (maximum < SQS_MIN_MAXIMUM_CONCURRENCY || maximum > SQS_MAX_MAXIMUM_CONCURRENCY) {
            String why = options.maxConcurrency().isPresent()
                    ? "maxConcurrency " + maximum
                    : "the " + remaining + " reserved concurrency left for it";
            throw RuleText.refusal(SqsMaxConcurrencyOverReserved.class,
                    "Function %s cannot take SQS source %s: %s is outside the %d to %d that SQS MaximumConcurrency accepts",
                    settings.path(), queuePath, why, SQS_MIN_MAXIMUM_CONCURRENCY, SQS_MAX_MAXIMUM_CONCURRENCY);
        }
        if (reserved.isPresent() && maximum > remaining) {
            throw RuleText.refusal(SqsMaxConcurrencyOverReserved.class,
                    "Function %s has %d reserved concurrency and its SQS sources already take %d: "
                            + "maxConcurrency %d for %s would let pollers invoke more than it may run, and messages would bounce back to the queue",
                    settings.path(), reserved.get(), sqsMaximumConcurrency, maximum, queuePath);
        }
        return maximum;
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
        private String disabledReason;
        private String withoutSnapStartReason;
        private IVpc vpc;
        private SubnetSelection vpcSubnets;
        private List<ISecurityGroup> securityGroups;
        private IRole role;
        private IQueue deadLetterQueue;
        private ITopic deadLetterTopic;
        private Boolean deadLetterQueueEnabled;
        private IDestination onFailure;
        private IDestination onSuccess;
        private Number retryAttempts;
        private Duration maxEventAge;
        private SnapStartConf snapStartConf;
        private ILogGroupRef logGroup;
        private final List<IEventSource> events = new ArrayList<>();
        /** Settings the hardening does not touch, handed to the CDK's Function as they are. */
        private final FunctionProps.Builder passThrough = FunctionProps.builder();
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

        /**
         * The most copies of the function that may run at once (the CDK's name); required unless
         * {@link #withoutReservedConcurrency}. Zero switches the function off and is refused unless
         * {@link #disabled(String)} says so.
         */
        public Builder reservedConcurrentExecutions(Number value) {
            this.reservedConcurrency = value;
            return this;
        }

        /** @deprecated the CDK names it {@link #reservedConcurrentExecutions(Number)}. */
        @Deprecated
        public Builder reservedConcurrency(Number value) {
            return reservedConcurrentExecutions(value);
        }

        /**
         * Switches the function off on purpose: reserved concurrency 0, so every invocation is throttled.
         * The reason is written on the function as a lambdalint suppression of the zero-reserve rule.
         */
        public Builder disabled(String reason) {
            this.disabledReason = reason;
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

        /** Sends failed asynchronous events to this destination (of the invocation target) instead of a dead-letter queue. */
        public Builder onFailure(IDestination value) {
            this.onFailure = value;
            return this;
        }

        /** Where successful asynchronous invocations of the invocation target are recorded. */
        public Builder onSuccess(IDestination value) {
            this.onSuccess = value;
            return this;
        }

        /** Retries of a failed asynchronous invocation, 0 to 2 (Lambda's default 2). */
        public Builder retryAttempts(Number value) {
            this.retryAttempts = value;
            return this;
        }

        /** How long an asynchronous event may wait, 60 s to 6 h (Lambda's default 6 h). */
        public Builder maxEventAge(Duration value) {
            this.maxEventAge = value;
            return this;
        }

        /** Failed asynchronous events go to this topic instead of a dead-letter queue. */
        public Builder deadLetterTopic(ITopic value) {
            this.deadLetterTopic = value;
            return this;
        }

        /** {@code false}: no dead-letter queue (the linter's LL701 then asks for another failure path). */
        public Builder deadLetterQueueEnabled(Boolean value) {
            this.deadLetterQueueEnabled = value;
            return this;
        }

        /**
         * SnapStart, also on runtimes where the hardening does not turn it on by itself (Python 3.12+,
         * .NET 8+); the function is then invoked through its alias, as on Java.
         */
        public Builder snapStart(SnapStartConf value) {
            this.snapStartConf = value;
            return this;
        }

        /** The team's own log group; by default one is created with {@link #logRetention}. */
        public Builder logGroup(ILogGroupRef value) {
            this.logGroup = value;
            return this;
        }

        /** As the CDK's {@code FunctionProps.adotInstrumentation}; the hardening leaves it as given. */
        public Builder adotInstrumentation(software.amazon.awscdk.services.lambda.AdotInstrumentationConfig value) {
            passThrough.adotInstrumentation(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.allowAllIpv6Outbound}; the hardening leaves it as given. */
        public Builder allowAllIpv6Outbound(java.lang.Boolean value) {
            passThrough.allowAllIpv6Outbound(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.allowAllOutbound}; the hardening leaves it as given. */
        public Builder allowAllOutbound(java.lang.Boolean value) {
            passThrough.allowAllOutbound(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.allowPublicSubnet}; the hardening leaves it as given. */
        public Builder allowPublicSubnet(java.lang.Boolean value) {
            passThrough.allowPublicSubnet(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.applicationLogLevel}; the hardening leaves it as given. */
        @Deprecated
        @SuppressWarnings("deprecation")
        public Builder applicationLogLevel(java.lang.String value) {
            passThrough.applicationLogLevel(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.applicationLogLevelV2}; the hardening leaves it as given. */
        public Builder applicationLogLevelV2(software.amazon.awscdk.services.lambda.ApplicationLogLevel value) {
            passThrough.applicationLogLevelV2(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.codeSigningConfig}; the hardening leaves it as given. */
        public Builder codeSigningConfig(software.amazon.awscdk.interfaces.lambda.ICodeSigningConfigRef value) {
            passThrough.codeSigningConfig(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.currentVersionOptions}; the hardening leaves it as given. */
        public Builder currentVersionOptions(software.amazon.awscdk.services.lambda.VersionOptions value) {
            passThrough.currentVersionOptions(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.durableConfig}; the hardening leaves it as given. */
        public Builder durableConfig(software.amazon.awscdk.services.lambda.DurableConfig value) {
            passThrough.durableConfig(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.environmentEncryption}; the hardening leaves it as given. */
        public Builder environmentEncryption(software.amazon.awscdk.interfaces.kms.IKeyRef value) {
            passThrough.environmentEncryption(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.filesystem}; the hardening leaves it as given. */
        public Builder filesystem(software.amazon.awscdk.services.lambda.FileSystem value) {
            passThrough.filesystem(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.initialPolicy}; the hardening leaves it as given. */
        public Builder initialPolicy(java.util.List<? extends software.amazon.awscdk.services.iam.PolicyStatement> value) {
            passThrough.initialPolicy(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.insightsVersion}; the hardening leaves it as given. */
        public Builder insightsVersion(software.amazon.awscdk.services.lambda.LambdaInsightsVersion value) {
            passThrough.insightsVersion(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.ipv6AllowedForDualStack}; the hardening leaves it as given. */
        public Builder ipv6AllowedForDualStack(java.lang.Boolean value) {
            passThrough.ipv6AllowedForDualStack(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.logFormat}; the hardening leaves it as given. */
        @Deprecated
        @SuppressWarnings("deprecation")
        public Builder logFormat(java.lang.String value) {
            passThrough.logFormat(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.logRemovalPolicy}; the hardening leaves it as given. */
        @Deprecated
        @SuppressWarnings("deprecation")
        public Builder logRemovalPolicy(software.amazon.awscdk.RemovalPolicy value) {
            passThrough.logRemovalPolicy(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.logRetentionRetryOptions}; the hardening leaves it as given. */
        @Deprecated
        @SuppressWarnings("deprecation")
        public Builder logRetentionRetryOptions(software.amazon.awscdk.services.lambda.LogRetentionRetryOptions value) {
            passThrough.logRetentionRetryOptions(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.logRetentionRole}; the hardening leaves it as given. */
        @Deprecated
        @SuppressWarnings("deprecation")
        public Builder logRetentionRole(software.amazon.awscdk.services.iam.IRole value) {
            passThrough.logRetentionRole(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.loggingFormat}; the hardening leaves it as given. */
        public Builder loggingFormat(software.amazon.awscdk.services.lambda.LoggingFormat value) {
            passThrough.loggingFormat(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.paramsAndSecrets}; the hardening leaves it as given. */
        public Builder paramsAndSecrets(software.amazon.awscdk.services.lambda.ParamsAndSecretsLayerVersion value) {
            passThrough.paramsAndSecrets(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.profiling}; the hardening leaves it as given. */
        public Builder profiling(java.lang.Boolean value) {
            passThrough.profiling(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.profilingGroup}; the hardening leaves it as given. */
        public Builder profilingGroup(software.amazon.awscdk.services.codeguruprofiler.IProfilingGroup value) {
            passThrough.profilingGroup(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.recursiveLoop}; the hardening leaves it as given. */
        public Builder recursiveLoop(software.amazon.awscdk.services.lambda.RecursiveLoop value) {
            passThrough.recursiveLoop(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.runtimeManagementMode}; the hardening leaves it as given. */
        public Builder runtimeManagementMode(software.amazon.awscdk.services.lambda.RuntimeManagementMode value) {
            passThrough.runtimeManagementMode(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.systemLogLevel}; the hardening leaves it as given. */
        @Deprecated
        @SuppressWarnings("deprecation")
        public Builder systemLogLevel(java.lang.String value) {
            passThrough.systemLogLevel(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.systemLogLevelV2}; the hardening leaves it as given. */
        public Builder systemLogLevelV2(software.amazon.awscdk.services.lambda.SystemLogLevel value) {
            passThrough.systemLogLevelV2(value);
            return this;
        }

        /** As the CDK's {@code FunctionProps.tenancyConfig}; the hardening leaves it as given. */
        public Builder tenancyConfig(software.amazon.awscdk.services.lambda.TenancyConfig value) {
            passThrough.tenancyConfig(value);
            return this;
        }

        /** Event sources, attached to the invocation target. */
        public Builder events(List<? extends IEventSource> value) {
            this.events.addAll(value);
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
            Policy effective = policy != null ? policy : NearestConfig.get().policy();
            // Runtime.FROM_IMAGE: a container image, which has neither a runtime id nor SnapStart.
            boolean image = "FROM_IMAGE".equals(runtime.getName());

            long memory = memorySize != null ? known(memorySize) : defaultMemory(effective, image ? Optional.empty() : Optional.of(runtime.getName()));
            LambdaLimits limits = effective.limits();
            // The /tmp every function gets for free; more is billed.
            int freeStorage = limits.ephemeralStorageMinMb();
            long storage = ephemeralStorageSize != null ? known(ephemeralStorageSize.toMebibytes()) : freeStorage;
            long seconds = Durations.wholeSeconds(timeout != null ? timeout : DEFAULT_TIMEOUT, "timeout");
            LimitCheck.check(path, effective, image ? Optional.empty() : Optional.of(runtime.getName()),
                    unlessToken(memory), unlessToken(storage), OptionalLong.of(seconds));

            Optional<Integer> reserved = reservedConcurrency(path);
            checkVpc(path);

            boolean java11Plus = !image && runtime.getFamily() == RuntimeFamily.JAVA
                    && Boolean.TRUE.equals(runtime.getSupportsSnapStart());
            if (withoutSnapStartReason != null && withoutSnapStartReason.isBlank()) {
                throw RuleText.refusal(SnapStartRecommended.class, "HardenedFunction %s opts out of SnapStart without a reason; "
                        + "withoutSnapStart(\"reason\") records it for reviewers", path);
            }
            int snapStartMaxStorage = limits.snapStartEphemeralStorageMaxMb();
            boolean snapStartFits = storage == UNKNOWN || storage <= snapStartMaxStorage;
            boolean asked = snapStartConf != null;
            boolean snapStart = (java11Plus || asked) && snapStartFits && withoutSnapStartReason == null;
            // Above the SnapStart /tmp limit SnapStart is refused and LL603 does not advise it: nothing to suppress then.
            Optional<String> snapStartSkipped = java11Plus && withoutSnapStartReason != null
                    ? Optional.of(withoutSnapStartReason.trim()) : Optional.empty();
            if (asked && !snapStartFits) {
                throw RuleText.refusal(SnapStartIncompatible.class, "HardenedFunction %s asks for SnapStart with %d MB of ephemeral storage; "
                        + "SnapStart allows at most %d MB", path, storage, snapStartMaxStorage);
            }
            if (deadLetterQueue != null && deadLetterTopic != null) {
                throw new IllegalArgumentException("HardenedFunction " + path + " has both deadLetterQueue and deadLetterTopic: choose one");
            }

            ILogGroup logGroupUsed = logGroup instanceof ILogGroup own ? own
                    : logGroup != null ? LogGroup.fromLogGroupArn(scope, id + "TeamLogGroup", logGroup.getLogGroupRef().getLogGroupArn())
                    : LogGroup.Builder.create(scope, id + "LogGroup").retention(logRetention).build();
            FunctionProps.Builder props = passThrough
                    .runtime(runtime)
                    .handler(handler)
                    .code(code)
                    .memorySize(memorySize != null ? memorySize : Integer.valueOf((int) memory))
                    .timeout(timeout != null ? timeout : DEFAULT_TIMEOUT)
                    .ephemeralStorageSize(ephemeralStorageSize != null ? ephemeralStorageSize : Size.mebibytes(freeStorage))
                    .architecture(architecture)
                    .tracing(tracing)
                    .logGroup(logGroup != null ? logGroup : logGroupUsed)
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
                props.snapStart(asked ? snapStartConf : SnapStartConf.ON_PUBLISHED_VERSIONS);
            }
            if (vpc != null) {
                props.vpc(vpc).vpcSubnets(vpcSubnets);
                if (securityGroups != null && !securityGroups.isEmpty()) {
                    props.securityGroups(securityGroups);
                }
            }
            boolean ownDeadLetterQueue = false;
            if (deadLetterQueue != null) {
                props.deadLetterQueue(deadLetterQueue);
            } else if (deadLetterTopic != null) {
                props.deadLetterTopic(deadLetterTopic);
            } else if (onFailure == null && !Boolean.FALSE.equals(deadLetterQueueEnabled)) {
                props.deadLetterQueueEnabled(true);
                ownDeadLetterQueue = true;
            }
            Optional<EventInvokeConfigOptions> async = onFailure == null && onSuccess == null && retryAttempts == null
                    && maxEventAge == null ? Optional.empty() : Optional.of(EventInvokeConfigOptions.builder()
                    .onFailure(onFailure).onSuccess(onSuccess).retryAttempts(retryAttempts).maxEventAge(maxEventAge).build());
            Settings settings = new Settings(path, effective, reserved, Optional.ofNullable(unreservedReason).map(String::trim),
                    Optional.ofNullable(disabledReason).map(String::trim), seconds, snapStart, aliasName, async,
                    vpc != null ? Optional.ofNullable(role) : Optional.empty(), snapStartSkipped,
                    ownDeadLetterQueue, List.copyOf(events));
            return new HardenedFunction(scope, id, props.build(), settings, logGroupUsed);
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
            if (disabledReason != null) {
                if (disabledReason.isBlank()) {
                    throw RuleText.refusal(ReservedConcurrencyZero.class,
                            "HardenedFunction %s is disabled without a reason; disabled(\"reason\") records why it is switched off", path);
                }
                if (reservedConcurrency != null || unreservedReason != null) {
                    throw new IllegalArgumentException("HardenedFunction " + path
                            + " is disabled (reserved concurrency 0) and also given another reserve: choose one");
                }
                return Optional.of(0);
            }
            if (reservedConcurrency != null && unreservedReason != null) {
                throw new IllegalArgumentException("HardenedFunction " + path
                        + " has both reservedConcurrentExecutions and withoutReservedConcurrency: choose one");
            }
            if (reservedConcurrency == null) {
                if (!hasReason) {
                    throw RuleText.refusal(ReservedConcurrencyMissing.class,
                            "HardenedFunction %s needs reservedConcurrentExecutions(n), the most copies that may run at once, "
                                    + "so that one burst cannot throttle every other function in the account; "
                                    + "or withoutReservedConcurrency(\"reason\") to opt out on the record",
                            path);
                }
                return Optional.empty();
            }
            if (Token.isUnresolved(reservedConcurrency)) {
                throw new IllegalArgumentException("HardenedFunction " + path + ": reservedConcurrency must be known at synth time, not a token");
            }
            int value = reservedConcurrency.intValue();
            if (value < 0 || value != reservedConcurrency.doubleValue()) {
                throw new IllegalArgumentException("HardenedFunction " + path + ": reservedConcurrentExecutions must be a whole number of 1 or more, not " + reservedConcurrency);
            }
            if (value == 0) {
                throw RuleText.refusal(ReservedConcurrencyZero.class,
                        "HardenedFunction %s has reservedConcurrentExecutions 0, so every invocation would be throttled; "
                                + "disabled(\"reason\") switches a function off on purpose", path);
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
                throw RuleText.refusal(VpcSingleSubnet.class,
                        "HardenedFunction %s would be attached to %d subnet(s) in %d Availability Zone(s): "
                                + "select subnets in at least two zones, so that an outage in one does not stop the function",
                        path, selected.getSubnetIds().size(), zones.size());
            }
        }
    }

    /** The policy minimum for the runtime, never less than {@link #MEMORY_FLOOR_MB}. */
    static int defaultMemory(Policy policy, Optional<String> runtime) {
        return Math.max(policy.memory().minimumFor(runtime), MEMORY_FLOOR_MB);
    }
}
