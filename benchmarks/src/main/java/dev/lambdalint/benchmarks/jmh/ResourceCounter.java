package dev.lambdalint.benchmarks.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the resources each benchmark call handled, so that JMH reports resources per second beside
 * calls per second: the figure that stays flat when cost grows linearly with the input.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ResourceCounter {
    public long resources;
}
