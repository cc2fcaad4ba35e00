package dev.lambdalint.rules.runtime;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One runtime's published life. Any date may be unknown: AWS announces them over time.
 *
 * @param deprecated the day AWS stops patching the runtime; functions on it still deploy
 * @param blockCreate the day creating functions on it starts to fail (new stacks, new functions)
 * @param blockUpdate the day updating functions on it starts to fail
 * @param successor the runtime AWS points to instead
 * @param preview a runtime in public preview: no SLA, may change or be withdrawn
 * @param offeredOnArm64 false for the runtimes Lambda never offered on arm64 (java8 on Amazon Linux 1, go1.x, ...)
 */
public record RuntimeLifecycle(
        String id,
        Optional<LocalDate> deprecated,
        Optional<LocalDate> blockCreate,
        Optional<LocalDate> blockUpdate,
        Optional<String> successor,
        boolean preview,
        boolean offeredOnArm64) {

    /** A generally available runtime offered on both architectures. */
    public RuntimeLifecycle(String id, Optional<LocalDate> deprecated, Optional<LocalDate> blockCreate,
                            Optional<LocalDate> blockUpdate, Optional<String> successor) {
        this(id, deprecated, blockCreate, blockUpdate, successor, false, true);
    }

    /** True when creating functions on this runtime fails on {@code today}. */
    public boolean createBlockedOn(LocalDate today) {
        return blockCreate.map(d -> !d.isAfter(today)).orElse(false);
    }

    /** True when updating functions on this runtime fails on {@code today}. */
    public boolean updateBlockedOn(LocalDate today) {
        return blockUpdate.map(d -> !d.isAfter(today)).orElse(false);
    }

    /** True when some deployment of a function on this runtime fails on {@code today} (LL609's case). */
    public boolean blockedOn(LocalDate today) {
        return createBlockedOn(today) || updateBlockedOn(today);
    }
}
