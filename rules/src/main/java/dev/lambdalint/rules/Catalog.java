package dev.lambdalint.rules;

import dev.lambdalint.rules.catalog.concurrency.EventSourceUnbounded;
import dev.lambdalint.rules.catalog.concurrency.ProvisionedOverReserved;
import dev.lambdalint.rules.catalog.concurrency.ProvisionedWithoutVersion;
import dev.lambdalint.rules.catalog.concurrency.ReservedConcurrencyMissing;
import dev.lambdalint.rules.catalog.concurrency.ReservedConcurrencyOverAccount;
import dev.lambdalint.rules.catalog.concurrency.ReservedConcurrencyZero;
import dev.lambdalint.rules.catalog.concurrency.SqsMaxConcurrencyOverReserved;
import dev.lambdalint.rules.catalog.evidence.ColdStartHeavy;
import dev.lambdalint.rules.catalog.evidence.DurationNearTimeout;
import dev.lambdalint.rules.catalog.evidence.MemoryDrift;
import dev.lambdalint.rules.catalog.evidence.MemoryHeadroomLow;
import dev.lambdalint.rules.catalog.evidence.MemoryOversized;
import dev.lambdalint.rules.catalog.evidence.ObservedOutOfMemory;
import dev.lambdalint.rules.catalog.evidence.ObservedThrottles;
import dev.lambdalint.rules.catalog.evidence.ObservedTimeout;
import dev.lambdalint.rules.catalog.memory.MemoryBelowPolicy;
import dev.lambdalint.rules.catalog.memory.MemoryDefault;
import dev.lambdalint.rules.catalog.memory.MemoryIdleVcpus;
import dev.lambdalint.rules.catalog.memory.MemoryOutOfRange;
import dev.lambdalint.rules.catalog.meta.PropertyInvalid;
import dev.lambdalint.rules.catalog.meta.SuppressionUnused;
import dev.lambdalint.rules.catalog.meta.SuppressionWithoutReason;
import dev.lambdalint.rules.catalog.meta.TemplateInvalid;
import dev.lambdalint.rules.catalog.packaging.PackageLarge;
import dev.lambdalint.rules.catalog.packaging.PackageTooLarge;
import dev.lambdalint.rules.catalog.packaging.TooManyLayers;
import dev.lambdalint.rules.catalog.reliability.AsyncWithoutFailureDestination;
import dev.lambdalint.rules.catalog.reliability.EnvironmentPlaintextSecret;
import dev.lambdalint.rules.catalog.reliability.EnvironmentTooLarge;
import dev.lambdalint.rules.catalog.reliability.FunctionUrlPermissionIncomplete;
import dev.lambdalint.rules.catalog.reliability.FunctionUrlPublic;
import dev.lambdalint.rules.catalog.reliability.LogRetentionUnset;
import dev.lambdalint.rules.catalog.reliability.RecursiveLoopAllowed;
import dev.lambdalint.rules.catalog.reliability.SqsPartialBatchResponseMissing;
import dev.lambdalint.rules.catalog.reliability.SqsSourceWithoutDlq;
import dev.lambdalint.rules.catalog.reliability.StreamPoisonRecord;
import dev.lambdalint.rules.catalog.reliability.TracingDisabled;
import dev.lambdalint.rules.catalog.runtime.ArchitecturesInvalid;
import dev.lambdalint.rules.catalog.runtime.Arm64Recommended;
import dev.lambdalint.rules.catalog.runtime.RuntimeBlocked;
import dev.lambdalint.rules.catalog.runtime.RuntimeDeprecated;
import dev.lambdalint.rules.catalog.runtime.RuntimeDeprecationSoon;
import dev.lambdalint.rules.catalog.runtime.RuntimePreview;
import dev.lambdalint.rules.catalog.runtime.RuntimeUnknown;
import dev.lambdalint.rules.catalog.runtime.SnapStartIncompatible;
import dev.lambdalint.rules.catalog.runtime.SnapStartRecommended;
import dev.lambdalint.rules.catalog.runtime.SnapStartUnpublished;
import dev.lambdalint.rules.catalog.storage.EphemeralStorageAbovePolicy;
import dev.lambdalint.rules.catalog.storage.EphemeralStorageOutOfRange;
import dev.lambdalint.rules.catalog.timeouts.ApiTimeoutExceedsIntegration;
import dev.lambdalint.rules.catalog.timeouts.SqsVisibilityBelowRecommended;
import dev.lambdalint.rules.catalog.timeouts.SqsVisibilityBelowTimeout;
import dev.lambdalint.rules.catalog.timeouts.TimeoutDefault;
import dev.lambdalint.rules.catalog.timeouts.TimeoutOutOfRange;
import dev.lambdalint.rules.catalog.vpc.FunctionOutsideVpc;
import dev.lambdalint.rules.catalog.vpc.VpcConfigIncomplete;
import dev.lambdalint.rules.catalog.vpc.VpcRoleMissingEniPermissions;
import dev.lambdalint.rules.catalog.vpc.VpcSingleSubnet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule, in id order. One explicit list: no classpath scanning. */
public final class Catalog {
    private Catalog() {}

    public static final List<Rule> RULES = List.of(
            new TemplateInvalid(),
            new SuppressionWithoutReason(),
            new SuppressionUnused(),
            new PropertyInvalid(),
            new MemoryOutOfRange(),
            new MemoryDefault(),
            new MemoryBelowPolicy(),
            new MemoryIdleVcpus(),
            new EphemeralStorageOutOfRange(),
            new EphemeralStorageAbovePolicy(),
            new ReservedConcurrencyMissing(),
            new ReservedConcurrencyZero(),
            new ReservedConcurrencyOverAccount(),
            new ProvisionedOverReserved(),
            new ProvisionedWithoutVersion(),
            new EventSourceUnbounded(),
            new SqsMaxConcurrencyOverReserved(),
            new VpcConfigIncomplete(),
            new VpcSingleSubnet(),
            new VpcRoleMissingEniPermissions(),
            new FunctionOutsideVpc(),
            new TimeoutOutOfRange(),
            new TimeoutDefault(),
            new SqsVisibilityBelowTimeout(),
            new SqsVisibilityBelowRecommended(),
            new ApiTimeoutExceedsIntegration(),
            new RuntimeDeprecated(),
            new RuntimeDeprecationSoon(),
            new SnapStartRecommended(),
            new SnapStartIncompatible(),
            new PackageTooLarge(),
            new PackageLarge(),
            new TooManyLayers(),
            new Arm64Recommended(),
            new RuntimeBlocked(),
            new RuntimePreview(),
            new ArchitecturesInvalid(),
            new SnapStartUnpublished(),
            new RuntimeUnknown(),
            new AsyncWithoutFailureDestination(),
            new EnvironmentTooLarge(),
            new EnvironmentPlaintextSecret(),
            new LogRetentionUnset(),
            new TracingDisabled(),
            new StreamPoisonRecord(),
            new SqsSourceWithoutDlq(),
            new SqsPartialBatchResponseMissing(),
            new FunctionUrlPublic(),
            new FunctionUrlPermissionIncomplete(),
            new RecursiveLoopAllowed(),
            new ObservedOutOfMemory(),
            new ObservedTimeout(),
            new MemoryHeadroomLow(),
            new DurationNearTimeout(),
            new ColdStartHeavy(),
            new MemoryOversized(),
            new MemoryDrift(),
            new ObservedThrottles());

    /** The rules of one kind ({@link TemplateRule}, {@link RunRule}, {@link SuppressionRule}), in the catalogue's order. */
    public static <R extends Rule> List<R> ofKind(Class<R> kind) {
        return RULES.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The rule with this id ({@code LL101}) or name ({@code memory-out-of-range}). */
    public static Optional<Rule> find(String idOrName) {
        for (Rule rule : RULES) {
            if (rule.info().id().equalsIgnoreCase(idOrName) || rule.info().name().equals(idOrName)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The rule with this id; the engine asks once per finding, so by index rather than by scanning. */
    public static Rule require(String id) {
        Rule rule = ById.RULES.get(id);
        if (rule == null) {
            return find(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
        }
        return rule;
    }

    private static final class ById {
        static final Map<String, Rule> RULES = index();

        private static Map<String, Rule> index() {
            Map<String, Rule> out = new HashMap<>();
            for (Rule rule : Catalog.RULES) {
                out.put(rule.id(), rule);
            }
            return Map.copyOf(out);
        }
    }
}
