package dev.lambdalint.rules.runtime;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One runtime's published end of life. Any date may be unknown: AWS announces them over time.
 *
 * @param deprecated the day AWS stops patching the runtime
 * @param blockCreate the day new functions on it can no longer be created
 * @param blockUpdate the day functions on it can no longer be updated
 * @param successor the runtime AWS points to instead
 */
public record RuntimeLifecycle(
        String id,
        Optional<LocalDate> deprecated,
        Optional<LocalDate> blockCreate,
        Optional<LocalDate> blockUpdate,
        Optional<String> successor) {}
